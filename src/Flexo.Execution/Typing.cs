using Flexo.Fml.Semantics;

namespace Flexo.Execution;

/// <summary>How static FML types map to the CLR types of compiled code.</summary>
internal static class Typing
{
    /// <summary>The CLR type of a variable of type <paramref name="type"/>: typed for primitives, object otherwise.</summary>
    public static Type ClrType(FmlType type) => type is PrimitiveType primitive ? primitive.Kind switch
    {
        PrimitiveKind.Boolean => typeof(bool),
        PrimitiveKind.Char => typeof(char),
        PrimitiveKind.Byte => typeof(sbyte),
        PrimitiveKind.Short => typeof(short),
        PrimitiveKind.Int => typeof(int),
        PrimitiveKind.Long => typeof(long),
        PrimitiveKind.Float => typeof(float),
        PrimitiveKind.Double => typeof(double),
        _ => typeof(object),
    } : typeof(object);

    public static bool IsIntegral(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(sbyte) || type == typeof(char);

    public static bool IsFloating(Type type) => type == typeof(double) || type == typeof(float);

    public static bool IsNumeric(Type type) => IsIntegral(type) || IsFloating(type);
}
