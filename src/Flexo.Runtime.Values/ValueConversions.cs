using System.Globalization;
using Flexo.Fml.Semantics;

namespace Flexo.Runtime.Values;

/// <summary>
/// Conversions of values to FML types: the conversion applied when a value is stored (<see cref="ToDeclaredType"/>)
/// and Java's explicit cast (<see cref="Cast"/>), used by <c>(T) e</c> and compound assignments.
/// </summary>
public static class ValueConversions
{
    /// <summary>
    /// Converts a value to the declared type of the place where it is stored (variable, property, parameter, return
    /// value, element, Java member argument). Widening is exact; an integral value that does not fit an integral
    /// destination is a run-time error ("value 3000000000 does not fit in int"); a floating value stored in an integral
    /// destination is truncated as a Java cast; a double stored in a float is rounded; null stored in a primitive is a
    /// run-time error; a value of the wrong kind (a string in an int, a number in a String) is a run-time error.
    /// Values of other types (concepts, collections, technology types) are returned unchanged.
    /// </summary>
    /// <param name="value">The value to store.</param>
    /// <param name="type">The declared type of the destination.</param>
    /// <returns>The value in the representation of <paramref name="type"/>.</returns>
    public static object? ToDeclaredType(object? value, FmlType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.IsError)
        {
            return value;
        }

        if (type is PrimitiveType { Kind: PrimitiveKind.Void })
        {
            throw new FmlRuntimeError("a value cannot be stored as void");
        }

        if (value is null)
        {
            if (type is PrimitiveType primitive)
            {
                throw new FmlRuntimeError($"null cannot be stored in {primitive.DisplayName}");
            }

            return null;
        }

        if (PrimitiveKindOf(type) is { } kind)
        {
            return ConvertPrimitive(value, kind, type, explicitCast: false);
        }

        if (TypeFacts.IsString(type))
        {
            return value is string ? value : throw Mismatch(value, type);
        }

        if (type is ClassType { QualifiedName: "java.lang.Number" })
        {
            return Numbers.IsNumeric(value) && value is not char ? value : throw Mismatch(value, type);
        }

        if (TypeFacts.IsDate(type))
        {
            return value is DateTime ? value : throw Mismatch(value, type);
        }

        if (TypeFacts.IsDuration(type))
        {
            return value is TimeSpan ? value : throw Mismatch(value, type);
        }

        return value;
    }

    /// <summary>
    /// Java's explicit cast of a value to a type (<c>(int) 3.7</c> is 3): integral values wrap, floating values truncate
    /// toward zero and saturate, NaN becomes 0; a double cast to float is rounded. For non-numeric types the value must
    /// already be of the type's kind (as <see cref="ToDeclaredType"/>); <c>(T) null</c> is null for reference types.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="type">The target type.</param>
    /// <returns>The converted value.</returns>
    public static object? Cast(object? value, FmlType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (value is not null && PrimitiveKindOf(type) is { } kind)
        {
            return ConvertPrimitive(value, kind, type, explicitCast: true);
        }

        return ToDeclaredType(value, type);
    }

    private static PrimitiveKind? PrimitiveKindOf(FmlType type) =>
        TypeFacts.Unbox(type) is PrimitiveType p && p.Kind != PrimitiveKind.Void ? p.Kind : null;

    private static object ConvertPrimitive(object value, PrimitiveKind kind, FmlType type, bool explicitCast)
    {
        if (kind == PrimitiveKind.Boolean)
        {
            return value is bool ? value : throw Mismatch(value, type);
        }

        // Already of the exact kind: the same box (no allocation).
        if ((kind == PrimitiveKind.Int && value is int) || (kind == PrimitiveKind.Long && value is long) || (kind == PrimitiveKind.Double && value is double))
        {
            return value;
        }

        if (!Numbers.IsNumeric(value))
        {
            throw Mismatch(value, type);
        }

        switch (kind)
        {
            case PrimitiveKind.Double:
                return Numbers.ToDouble(value);
            case PrimitiveKind.Float:
                return value is float ? value : (float)Numbers.ToDouble(value);
        }

        long integral;
        if (Numbers.IsFloating(value))
        {
            // Java's narrowing of a floating value: truncation toward zero, saturating at the bounds of long (or int
            // for the int, short, byte and char targets, which Java narrows through int), NaN to 0.
            double d = Numbers.ToDouble(value);
            integral = kind == PrimitiveKind.Long ? SaturateLong(d) : SaturateInt(d);
        }
        else
        {
            integral = Numbers.ToLong(value);
            if (!explicitCast && !Fits(integral, kind))
            {
                throw new FmlRuntimeError(
                    $"value {integral.ToString(CultureInfo.InvariantCulture)} does not fit in {type.DisplayName}");
            }
        }

        return kind switch
        {
            PrimitiveKind.Long => (object)integral,
            PrimitiveKind.Int => unchecked((int)integral),
            PrimitiveKind.Short => unchecked((short)integral),
            PrimitiveKind.Byte => unchecked((sbyte)integral),
            PrimitiveKind.Char => unchecked((char)integral),
            _ => throw Mismatch(value, type),
        };
    }

    private static bool Fits(long value, PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Int => value is >= int.MinValue and <= int.MaxValue,
        PrimitiveKind.Short => value is >= short.MinValue and <= short.MaxValue,
        PrimitiveKind.Byte => value is >= sbyte.MinValue and <= sbyte.MaxValue,
        PrimitiveKind.Char => value is >= char.MinValue and <= char.MaxValue,
        _ => true,
    };

    /// <summary>Java's <c>(long) d</c>: truncation toward zero, saturating, NaN to 0.</summary>
    /// <param name="d">The value.</param>
    /// <returns>The long.</returns>
    public static long SaturateLong(double d) =>
        double.IsNaN(d) ? 0 : d >= 9.2233720368547758E18 ? long.MaxValue : d <= -9.2233720368547758E18 ? long.MinValue : (long)d;

    /// <summary>Java's <c>(int) d</c>: truncation toward zero, saturating, NaN to 0.</summary>
    /// <param name="d">The value.</param>
    /// <returns>The int.</returns>
    public static int SaturateInt(double d) =>
        double.IsNaN(d) ? 0 : d >= int.MaxValue ? int.MaxValue : d <= int.MinValue ? int.MinValue : (int)d;

    private static FmlRuntimeError Mismatch(object value, FmlType type) =>
        new($"{Numbers.Describe(value)} cannot be stored in {type.DisplayName}");
}
