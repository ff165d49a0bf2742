namespace Flexo.Runtime.Values;

/// <summary>Classification and widening of boxed FML numbers.</summary>
public static class Numbers
{
    /// <summary>True for the integral values: <c>sbyte</c>, <c>byte</c>, <c>short</c>, <c>ushort</c>, <c>int</c>, <c>long</c> and <c>char</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is an integral number.</returns>
    public static bool IsIntegral(object? value) => value is sbyte or byte or short or ushort or int or uint or long or char;

    /// <summary>True for integral values and <c>float</c>, <c>double</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is a number.</returns>
    public static bool IsNumeric(object? value) => IsIntegral(value) || value is float or double;

    /// <summary>True for <c>float</c> and <c>double</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is a floating number.</returns>
    public static bool IsFloating(object? value) => value is float or double;

    /// <summary>An integral value widened to <c>long</c>.</summary>
    /// <param name="value">An integral value.</param>
    /// <returns>The value.</returns>
    public static long ToLong(object? value) => value switch
    {
        long l => l,
        int i => i,
        short s => s,
        sbyte b => b,
        byte b => b,
        ushort u => u,
        uint u => u,
        char c => c,
        _ => throw new FmlRuntimeError($"{Describe(value)} is not an integral number"),
    };

    /// <summary>A numeric value widened to <c>double</c>.</summary>
    /// <param name="value">A numeric value.</param>
    /// <returns>The value.</returns>
    public static double ToDouble(object? value) => value switch
    {
        double d => d,
        float f => f,
        _ when IsIntegral(value) => ToLong(value),
        _ => throw new FmlRuntimeError($"{Describe(value)} is not a number"),
    };

    /// <summary>A short description of a value for error messages: its text and Java kind (<c>"abc" (String)</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The description.</returns>
    public static string Describe(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\" (String)",
        char c => "'" + c + "' (char)",
        _ => JavaText.ToJavaString(value) + " (" + JavaKindName(value) + ")",
    };

    /// <summary>The Java type name of a value's kind (<c>int</c>, <c>long</c>, <c>String</c>, <c>List</c>...).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The name.</returns>
    public static string JavaKindName(object? value) => value switch
    {
        null => "null",
        bool => "boolean",
        char => "char",
        sbyte or byte => "byte",
        short or ushort => "short",
        int => "int",
        long or uint => "long",
        float => "float",
        double => "double",
        string => "String",
        DateTime => "Date",
        TimeSpan => "Duration",
        FmlMapEntry => "Map.Entry",
        System.Collections.IDictionary => "Map",
        ISet<object?> or FmlMapViewCollection { IsSet: true } => "Set",
        FmlMapViewCollection => "Collection",
        System.Collections.IList => "List",
        _ => value.GetType().Name,
    };
}
