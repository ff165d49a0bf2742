using System.Collections;
using System.Globalization;
using System.Text;
using Flexo.Fml.Semantics;

namespace Flexo.Runtime.Values;

/// <summary>The Java string form of FML values (<c>toString()</c>, <c>String.valueOf</c>, concatenation).</summary>
public static class JavaText
{
    /// <summary>
    /// The Java string form of a value: <c>null</c>, integers in decimal, doubles and floats as Java prints them
    /// (<c>1.0</c>, <c>1.0E-4</c>), <c>true</c>/<c>false</c>, a char as itself, lists and sets as <c>[a, b]</c>, maps as
    /// <c>{k=v}</c>, a duration in ISO-8601, a date as Java's <c>Date.toString()</c> (UTC).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>Its text.</returns>
    public static string ToJavaString(object? value) => value switch
    {
        null => "null",
        string s => s,
        bool b => b ? "true" : "false",
        char c => c.ToString(),
        double d => FormatDouble(d),
        float f => FormatFloat(f),
        sbyte or byte or short or ushort or int or uint or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        DateTime t => FormatDate(t),
        TimeSpan span => FormatDuration(span),
        IFmlEnumValue e => e.Name,
        EnumValueSymbol e => e.Name,
        FmlMapEntry entry => ToJavaString(entry.Key) + "=" + ToJavaString(entry.Value),
        IDictionary map => FormatMap(map),
        IEnumerable sequence => "[" + string.Join(", ", sequence.Cast<object?>().Select(ToJavaString)) + "]",
        _ => value.ToString() ?? "null",
    };

    /// <summary>A double as Java's <c>Double.toString</c>: shortest round-trip digits, plain in [1e-3, 1e7), else <c>d.dddE±n</c>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>Its text.</returns>
    public static string FormatDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        return Format(value, value.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>A float as Java's <c>Float.toString</c>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>Its text.</returns>
    public static string FormatFloat(float value)
    {
        if (float.IsNaN(value))
        {
            return "NaN";
        }

        if (float.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        return Format(value, value.ToString("R", CultureInfo.InvariantCulture));
    }

    private static string Format(double value, string shortest)
    {
        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        // Decompose the shortest round-trip text into digits and a decimal exponent: value = 0.digits × 10^exponent.
        bool negative = shortest.StartsWith('-');
        string text = negative ? shortest[1..] : shortest;
        int exponentPart = 0;
        int e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponentPart = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        int point = text.IndexOf('.', StringComparison.Ordinal);
        string integerPart = point >= 0 ? text[..point] : text;
        string fraction = point >= 0 ? text[(point + 1)..] : string.Empty;
        string digits = integerPart + fraction;
        int exponent = integerPart.Length + exponentPart;
        int leading = 0;
        while (leading < digits.Length - 1 && digits[leading] == '0')
        {
            leading++;
        }

        digits = digits[leading..];
        exponent -= leading;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        var result = new StringBuilder();
        if (negative)
        {
            result.Append('-');
        }

        double magnitude = Math.Abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e7)
        {
            if (exponent <= 0)
            {
                result.Append("0.").Append('0', -exponent).Append(digits);
            }
            else if (exponent >= digits.Length)
            {
                result.Append(digits).Append('0', exponent - digits.Length).Append(".0");
            }
            else
            {
                result.Append(digits, 0, exponent).Append('.').Append(digits, exponent, digits.Length - exponent);
            }
        }
        else
        {
            result.Append(digits[0]).Append('.').Append(digits.Length > 1 ? digits[1..] : "0");
            result.Append('E').Append((exponent - 1).ToString(CultureInfo.InvariantCulture));
        }

        return result.ToString();
    }

    private static string FormatMap(IDictionary map)
    {
        var parts = new List<string>();
        foreach (DictionaryEntry entry in map)
        {
            parts.Add(ToJavaString(entry.Key) + "=" + ToJavaString(entry.Value));
        }

        return "{" + string.Join(", ", parts) + "}";
    }

    /// <summary>A date as Java's <c>Date.toString()</c> in UTC (<c>Tue Mar 04 10:15:30 UTC 2025</c>).</summary>
    /// <param name="value">The date.</param>
    /// <returns>Its text.</returns>
    public static string FormatDate(DateTime value) =>
        value.ToUniversalTime().ToString("ddd MMM dd HH:mm:ss 'UTC' yyyy", CultureInfo.InvariantCulture);

    /// <summary>A duration in ISO-8601 as Java's <c>Duration.toString()</c> (<c>PT1H30M</c>, <c>PT0S</c>, <c>PT0.5S</c>).</summary>
    /// <param name="value">The duration.</param>
    /// <returns>Its text.</returns>
    public static string FormatDuration(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "PT0S";
        }

        long ticks = value.Ticks;
        long hours = ticks / TimeSpan.TicksPerHour;
        long minutes = ticks % TimeSpan.TicksPerHour / TimeSpan.TicksPerMinute;
        long secondTicks = ticks % TimeSpan.TicksPerMinute;
        var result = new StringBuilder("PT");
        if (hours != 0)
        {
            result.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
        }

        if (minutes != 0)
        {
            result.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        if (secondTicks != 0)
        {
            decimal seconds = secondTicks / (decimal)TimeSpan.TicksPerSecond;
            result.Append(seconds.ToString("0.#########", CultureInfo.InvariantCulture)).Append('S');
        }

        return result.ToString();
    }
}
