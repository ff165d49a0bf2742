namespace Flexo.Adapters;

/// <summary>The FML type names of CLR types, as the checker reads them in a vocabulary.</summary>
internal static class FmlTypeNames
{
    /// <summary>The FML name of a primitive-like CLR type, or null.</summary>
    public static string? Primitive(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(void) => "void",
        var t when t == typeof(bool) => "boolean",
        var t when t == typeof(int) || t == typeof(short) || t == typeof(sbyte) || t == typeof(byte) || t == typeof(ushort) => "int",
        var t when t == typeof(long) => "long",
        var t when t == typeof(double) || t == typeof(float) || t == typeof(decimal) || t == typeof(uint) => "double",
        var t when t == typeof(char) => "char",
        var t when t == typeof(string) => "String",
        var t when t == typeof(DateTime) || t == typeof(DateOnly) || t == typeof(DateTimeOffset) => "Date",
        var t when t == typeof(object) => "Object",
        _ => null,
    };

    /// <summary>The FML name of <paramref name="type"/>: a primitive, a technology type keyword, <c>List&lt;X&gt;</c>, else <c>Object</c>.</summary>
    public static string Of(Type type, Func<Type, string?> keywordOf)
    {
        if (Primitive(type) is { } primitive)
        {
            return primitive;
        }

        if (keywordOf(type) is { } keyword)
        {
            return keyword;
        }

        return ClrValues.ElementTypeOf(type) is { } element ? $"List<{Of(element, keywordOf)}>" : "Object";
    }

    /// <summary>A phrase for messages: "an int", "a String".</summary>
    public static string Describe(Type type)
    {
        var name = Primitive(type) ?? type.Name;
        return ("aeiou".Contains(char.ToLowerInvariant(name[0]), StringComparison.Ordinal) ? "an " : "a ") + name;
    }
}
