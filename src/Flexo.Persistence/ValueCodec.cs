using System.Collections;
using System.Globalization;
using Flexo.Fml.Semantics;
using Flexo.Runtime.Values;

namespace Flexo.Persistence;

/// <summary>
/// The text encoding of primitive and Java values in <c>valueAsString</c> (docs/persistence.md, "Values"): booleans
/// <c>true</c>/<c>false</c>; integers in decimal; floating numbers as Java prints them (shortest round-trip digits);
/// a char as itself; strings raw; dates as <c>"&lt;pattern&gt;,&lt;date&gt;"</c>; durations in ISO-8601; lists of
/// those as <c>[1,2]</c> or <c>["a","b"]</c>. Encoding refuses a value it cannot write back exactly.
/// </summary>
internal static class ValueCodec
{
    /// <summary>True when values of <paramref name="type"/> have an encoding.</summary>
    public static bool IsSupported(FmlType type) => ScalarOf(type) is not null || ListElement(type) is not null;

    /// <summary>Encodes a non-null value of a property of type <paramref name="type"/>; false with a reason when it has no encoding.</summary>
    public static bool TryEncode(object value, FmlType type, out string text, out string reason)
    {
        text = string.Empty;
        if (ScalarOf(type) is not null)
        {
            return TryEncodeScalar(value, type, out text, out reason);
        }

        if (ListElement(type) is not { } element)
        {
            reason = $"values of type {type.DisplayName} have no encoding in the format";
            return false;
        }

        if (value is string || value is not IEnumerable items)
        {
            reason = $"{Numbers.Describe(value)} is not a list";
            return false;
        }

        var parts = new List<string>();
        var elementScalar = ScalarOf(element)!.Value;
        foreach (var item in items)
        {
            if (item is null)
            {
                parts.Add("null");
                continue;
            }

            if (!TryEncodeScalar(item, element, out var part, out reason))
            {
                return false;
            }

            parts.Add(IsQuoted(elementScalar) ? ListText.Quote(part) : part);
        }

        text = "[" + string.Join(",", parts) + "]";
        reason = string.Empty;
        return true;
    }

    /// <summary>Decodes a value of a property of type <paramref name="type"/>; false with a reason when the text is not one.</summary>
    public static bool TryDecode(string text, FmlType type, out object? value, out string reason)
    {
        value = null;
        if (ScalarOf(type) is { } scalar)
        {
            return TryDecodeScalar(text, scalar, out value, out reason);
        }

        if (ListElement(type) is not { } element)
        {
            reason = $"values of type {type.DisplayName} have no encoding in the format";
            return false;
        }

        var elementScalar = ScalarOf(element)!.Value;
        if (!ListText.TryParse(text, IsQuoted(elementScalar), out var parts, out reason))
        {
            return false;
        }

        var list = new List<object?>(parts.Count);
        foreach (var part in parts)
        {
            if (part is null)
            {
                list.Add(null);
                continue;
            }

            if (!TryDecodeScalar(part, elementScalar, out var item, out reason))
            {
                return false;
            }

            list.Add(item);
        }

        value = list;
        return true;
    }

    private static bool IsQuoted(Scalar scalar) => scalar is Scalar.String or Scalar.Char or Scalar.Date or Scalar.Duration;

    private static Scalar? ScalarOf(FmlType type)
    {
        if (TypeFacts.Unbox(type) is PrimitiveType primitive)
        {
            return primitive.Kind switch
            {
                PrimitiveKind.Boolean => Scalar.Boolean,
                PrimitiveKind.Char => Scalar.Char,
                PrimitiveKind.Byte => Scalar.Byte,
                PrimitiveKind.Short => Scalar.Short,
                PrimitiveKind.Int => Scalar.Int,
                PrimitiveKind.Long => Scalar.Long,
                PrimitiveKind.Float => Scalar.Float,
                PrimitiveKind.Double => Scalar.Double,
                _ => null,
            };
        }

        return TypeFacts.IsString(type) ? Scalar.String
            : TypeFacts.IsDate(type) ? Scalar.Date
            : TypeFacts.IsDuration(type) ? Scalar.Duration
            : null;
    }

    private static FmlType? ListElement(FmlType type) =>
        type is ClassType { QualifiedName: "java.util.List" or "java.util.ArrayList" or "java.util.LinkedList" or "java.util.Collection", TypeArguments: [var element] }
        && ScalarOf(element) is not null
            ? element
            : null;

    private static bool TryEncodeScalar(object value, FmlType type, out string text, out string reason)
    {
        text = string.Empty;
        object? converted;
        try
        {
            converted = ValueConversions.ToDeclaredType(value, type);
        }
        catch (FmlRuntimeError error)
        {
            reason = error.Message;
            return false;
        }

        switch (converted)
        {
            case bool b:
                text = b ? "true" : "false";
                break;
            case sbyte or short or int or long:
                text = Convert.ToString(converted, CultureInfo.InvariantCulture)!;
                break;
            case float f:
                text = JavaText.FormatFloat(f);
                break;
            case double d:
                text = JavaText.FormatDouble(d);
                break;
            case char c:
                text = c.ToString();
                break;
            case string s:
                text = s;
                break;
            case DateTime date:
                var utc = date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date;
                if (utc.Ticks % TimeSpan.TicksPerMillisecond != 0)
                {
                    reason = "dates are saved to the millisecond, and this one is more precise";
                    return false;
                }

                text = JavaDatePattern.Format(utc);
                break;
            case TimeSpan duration:
                text = IsoDuration.Format(duration);
                break;
            default:
                reason = $"{Numbers.Describe(value)} cannot be saved as {type.DisplayName}";
                return false;
        }

        if (XmlText.Problem(text) is { } problem)
        {
            reason = problem;
            return false;
        }

        reason = string.Empty;
        return true;
    }

    private static bool TryDecodeScalar(string text, Scalar scalar, out object? value, out string reason)
    {
        value = null;
        reason = string.Empty;
        switch (scalar)
        {
            case Scalar.Boolean:
                if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase))
                {
                    value = text.Length == 4;
                    return true;
                }

                reason = "a boolean is 'true' or 'false'";
                return false;
            case Scalar.Char:
                if (text.Length == 1)
                {
                    value = text[0];
                    return true;
                }

                reason = "a char is exactly one character";
                return false;
            case Scalar.String:
                value = text;
                return true;
            case Scalar.Date:
                if (JavaDatePattern.TryDecode(text, out var date, out reason))
                {
                    value = date;
                    return true;
                }

                return false;
            case Scalar.Duration:
                if (IsoDuration.TryParse(text, out var duration, out reason))
                {
                    value = duration;
                    return true;
                }

                return false;
            case Scalar.Float or Scalar.Double:
                return TryDecodeFloating(text, scalar == Scalar.Float, out value, out reason);
            default:
                return TryDecodeIntegral(text, scalar, out value, out reason);
        }
    }

    private static bool TryDecodeIntegral(string text, Scalar scalar, out object? value, out string reason)
    {
        value = null;
        var (min, max, name) = scalar switch
        {
            Scalar.Byte => ((long)sbyte.MinValue, (long)sbyte.MaxValue, "byte"),
            Scalar.Short => (short.MinValue, short.MaxValue, "short"),
            Scalar.Int => (int.MinValue, int.MaxValue, "int"),
            _ => (long.MinValue, long.MaxValue, "long"),
        };
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            reason = $"an integer that fits in {name} is expected";
            return false;
        }

        value = scalar switch
        {
            Scalar.Byte => (sbyte)number,
            Scalar.Short => (short)number,
            Scalar.Int => (int)number,
            _ => (object)number,
        };
        reason = string.Empty;
        return true;
    }

    private static bool TryDecodeFloating(string text, bool single, out object? value, out string reason)
    {
        value = null;
        reason = $"a {(single ? "float" : "double")} such as 1.5, -2.0E-3, NaN or Infinity is expected";
        var trimmed = text.Trim();
        switch (trimmed)
        {
            case "NaN":
                value = single ? (object)float.NaN : double.NaN;
                return true;
            case "Infinity" or "+Infinity":
                value = single ? (object)float.PositiveInfinity : double.PositiveInfinity;
                return true;
            case "-Infinity":
                value = single ? (object)float.NegativeInfinity : double.NegativeInfinity;
                return true;
        }

        if (trimmed.Length > 1 && trimmed[^1] is 'f' or 'F' or 'd' or 'D')
        {
            trimmed = trimmed[..^1];
        }

        if (trimmed.Length == 0 || !(char.IsAsciiDigit(trimmed[^1]) || trimmed[^1] == '.'))
        {
            return false;
        }

        const NumberStyles styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (single && float.TryParse(trimmed, styles, CultureInfo.InvariantCulture, out var f))
        {
            value = f;
            return true;
        }

        if (!single && double.TryParse(trimmed, styles, CultureInfo.InvariantCulture, out var d))
        {
            value = d;
            return true;
        }

        return false;
    }

    private enum Scalar
    {
        Boolean,
        Char,
        Byte,
        Short,
        Int,
        Long,
        Float,
        Double,
        String,
        Date,
        Duration,
    }
}
