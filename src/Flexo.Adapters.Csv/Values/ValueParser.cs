using System.Globalization;
using System.Text;

namespace Flexo.Adapters.Csv.Values;

/// <summary>The typed readings of cell text, in both <see cref="CsvParseMode"/>s. Never throws.</summary>
internal static class ValueParser
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd",
    ];

    private static readonly string[] LenientDateTimeFormats =
    [
        .. DateTimeFormats,
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    private static readonly string[] LenientDateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyyMMdd"];

    public static bool TryInt64(ReadOnlySpan<char> text, CsvParseMode mode, out long value)
    {
        if (mode == CsvParseMode.Invariant)
        {
            return long.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out value);
        }

        value = 0;
        var normalized = NormalizeNumber(text);
        if (normalized is null)
        {
            return false;
        }

        if (long.TryParse(normalized, NumberStyles.AllowLeadingSign, Invariant, out value))
        {
            return true;
        }

        if (decimal.TryParse(normalized, NumberStyles.Float, Invariant, out var number)
            && number == decimal.Truncate(number) && number >= long.MinValue && number <= long.MaxValue)
        {
            value = (long)number;
            return true;
        }

        return false;
    }

    public static bool TryInt32(ReadOnlySpan<char> text, CsvParseMode mode, out int value)
    {
        value = 0;
        if (!TryInt64(text, mode, out var wide) || wide < int.MinValue || wide > int.MaxValue)
        {
            return false;
        }

        value = (int)wide;
        return true;
    }

    public static bool TryDouble(ReadOnlySpan<char> text, CsvParseMode mode, out double value)
    {
        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (mode == CsvParseMode.Invariant)
        {
            return double.TryParse(text, Styles, Invariant, out value);
        }

        var normalized = NormalizeNumber(text);
        value = 0;
        return normalized is not null && double.TryParse(normalized, Styles, Invariant, out value);
    }

    public static bool TryBoolean(ReadOnlySpan<char> text, CsvParseMode mode, out bool value)
    {
        if (mode == CsvParseMode.Lenient)
        {
            text = text.Trim();
        }

        value = false;
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }

        if (text.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (mode == CsvParseMode.Invariant)
        {
            return false;
        }

        foreach (var yes in (string[])["yes", "y", "on", "t", "1"])
        {
            if (text.Equals(yes, StringComparison.OrdinalIgnoreCase))
            {
                value = true;
                return true;
            }
        }

        foreach (var no in (string[])["no", "n", "off", "f", "0"])
        {
            if (text.Equals(no, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool TryDate(ReadOnlySpan<char> text, CsvParseMode mode, out DateOnly value) => mode == CsvParseMode.Invariant
        ? DateOnly.TryParseExact(text, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out value)
        : DateOnly.TryParseExact(text.Trim(), LenientDateFormats, Invariant, DateTimeStyles.None, out value);

    /// <summary>ISO 8601 date-times; a value without offset is taken as UTC.</summary>
    public static bool TryDateTime(ReadOnlySpan<char> text, CsvParseMode mode, out DateTimeOffset value) =>
        mode == CsvParseMode.Invariant
            ? DateTimeOffset.TryParseExact(text, DateTimeFormats, Invariant, DateTimeStyles.AssumeUniversal, out value)
            : DateTimeOffset.TryParseExact(text.Trim(), LenientDateTimeFormats, Invariant, DateTimeStyles.AssumeUniversal, out value);

    /// <summary>
    /// The lenient number text in invariant form: trimmed, grouping characters removed, the decimal separator made a
    /// dot; <see langword="null"/> when it is empty.
    /// </summary>
    private static string? NormalizeNumber(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not (' ' or '\u00A0' or '\u202F' or '\'' or '_'))
            {
                builder.Append(c);
            }
        }

        var s = builder.ToString();
        if (s.Length == 0)
        {
            return null;
        }

        var lastDot = s.LastIndexOf('.');
        var lastComma = s.LastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0)
        {
            var (group, decimalSign) = lastDot > lastComma ? (",", ".") : (".", ",");
            return s.Replace(group, string.Empty, StringComparison.Ordinal).Replace(decimalSign, ".", StringComparison.Ordinal);
        }

        var sign = lastDot >= 0 ? "." : lastComma >= 0 ? "," : null;
        if (sign is null)
        {
            return s;
        }

        var occurrences = s.Split(sign).Length - 1;
        return occurrences == 1
            ? s.Replace(sign, ".", StringComparison.Ordinal)
            : s.Replace(sign, string.Empty, StringComparison.Ordinal);
    }
}
