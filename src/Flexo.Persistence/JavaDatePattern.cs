using System.Globalization;

namespace Flexo.Persistence;

/// <summary>
/// Dates written as Openflexo writes them: <c>"&lt;pattern&gt;,&lt;formatted date&gt;"</c>, where the pattern is a Java
/// <c>SimpleDateFormat</c> pattern (<c>dd/MM/yy HH:mm,18/02/21 10:47</c>). Flexo writes one lossless pattern,
/// <see cref="Pattern"/>, in UTC; it reads the pattern letters listed in docs/persistence.md, strictly (no rolling over
/// of out-of-range fields). A date without a time zone is read in UTC; a two-digit year is read in 1950-2049.
/// </summary>
internal static class JavaDatePattern
{
    /// <summary>The pattern Flexo writes: millisecond precision, explicit UTC offset, no comma.</summary>
    public const string Pattern = "yyyy-MM-dd HH:mm:ss.SSS Z";

    private static readonly string[] s_months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] s_days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>The encoded form of a UTC date (millisecond precision): <c>yyyy-MM-dd HH:mm:ss.SSS Z,2021-02-18 10:47:00.000 +0000</c>.</summary>
    public static string Format(DateTime utc) =>
        Pattern + "," + utc.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture) + " +0000";

    /// <summary>Reads <c>"&lt;pattern&gt;,&lt;date&gt;"</c>, trying each comma in turn as the separator.</summary>
    public static bool TryDecode(string text, out DateTime value, out string reason)
    {
        value = default;
        reason = "a date is written '<pattern>,<date>', for example 'dd/MM/yy HH:mm,18/02/21 10:47'";
        for (var comma = text.IndexOf(',', StringComparison.Ordinal); comma >= 0; comma = text.IndexOf(',', comma + 1))
        {
            if (TryParse(text[..comma], text[(comma + 1)..], out value, out var why))
            {
                return true;
            }

            reason = why;
        }

        return false;
    }

    /// <summary>Parses <paramref name="text"/> with a <c>SimpleDateFormat</c> <paramref name="pattern"/>.</summary>
    public static bool TryParse(string pattern, string text, out DateTime value, out string reason)
    {
        value = default;
        if (!TryTokenize(pattern, out var tokens, out reason))
        {
            return false;
        }

        var fields = new Fields();
        var position = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Letter == '\0')
            {
                if (string.CompareOrdinal(text, position, token.Literal, 0, token.Literal.Length) != 0)
                {
                    reason = $"'{text}' does not match the date pattern '{pattern}'";
                    return false;
                }

                position += token.Literal.Length;
                continue;
            }

            var abutting = i + 1 < tokens.Count && IsNumeric(tokens[i + 1]);
            if (!ReadField(token, text, ref position, abutting, fields, out reason))
            {
                reason = $"'{text}' does not match the date pattern '{pattern}': {reason}";
                return false;
            }
        }

        if (position != text.Length)
        {
            reason = $"'{text}' has extra text after the date of pattern '{pattern}'";
            return false;
        }

        return fields.TryBuild(out value, out reason);
    }

    private static bool IsNumeric(Token token) =>
        token.Letter is 'y' or 'd' or 'H' or 'k' or 'K' or 'h' or 'm' or 's' or 'S' or 'u'
        || (token.Letter is 'M' or 'L' && token.Count <= 2);

    private static bool ReadField(Token token, string text, ref int position, bool abutting, Fields fields, out string reason)
    {
        reason = string.Empty;
        if (IsNumeric(token))
        {
            var start = position;
            var limit = abutting ? token.Count : 9;
            while (position < text.Length && position - start < limit && char.IsAsciiDigit(text[position]))
            {
                position++;
            }

            if (position == start || (position < text.Length && char.IsAsciiDigit(text[position]) && !abutting))
            {
                reason = position == start ? $"a number is expected for '{new string(token.Letter, token.Count)}'" : "the number is too long";
                return false;
            }

            var number = int.Parse(text.AsSpan(start, position - start), NumberStyles.None, CultureInfo.InvariantCulture);
            fields.Set(token, number, position - start);
            return true;
        }

        switch (token.Letter)
        {
            case 'M' or 'L':
                return ReadName(text, ref position, s_months, out fields.Month, "a month name", out reason);
            case 'E':
                return ReadName(text, ref position, s_days, out _, "a day name", out reason);
            case 'a':
                if (ReadName(text, ref position, ["am", "pm"], out var half, "AM or PM", out reason))
                {
                    fields.Pm = half == 2;
                    return true;
                }

                return false;
            case 'G':
                return ReadName(text, ref position, ["ad"], out _, "AD", out reason);
            case 'z' or 'Z' or 'X':
                return ReadZone(text, ref position, token.Letter, fields, out reason);
            default:
                reason = $"pattern letter '{token.Letter}' is not supported";
                return false;
        }
    }

    /// <summary>Reads a name (or its first three letters), case-insensitively; <paramref name="index"/> is 1-based.</summary>
    private static bool ReadName(string text, ref int position, string[] names, out int index, string what, out string reason)
    {
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var candidate in new[] { names[i], names[i].Length > 3 ? names[i][..3] : names[i] })
            {
                if (string.Compare(text, position, candidate, 0, candidate.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && position + candidate.Length <= text.Length)
                {
                    position += candidate.Length;
                    index = i + 1;
                    reason = string.Empty;
                    return true;
                }
            }
        }

        index = 0;
        reason = $"{what} is expected";
        return false;
    }

    private static bool ReadZone(string text, ref int position, char letter, Fields fields, out string reason)
    {
        reason = "a time zone such as +0100, +01:00, Z or GMT+01:00 is expected";
        var rest = text.AsSpan(position);
        if (letter == 'X' && rest.StartsWith("Z"))
        {
            position++;
            fields.OffsetMinutes = 0;
            return true;
        }

        var prefix = 0;
        foreach (var name in new[] { "GMT", "UTC", "UT" })
        {
            if (letter != 'X' && rest.StartsWith(name, StringComparison.Ordinal))
            {
                prefix = name.Length;
                break;
            }
        }

        rest = rest[prefix..];
        if (rest.Length == 0 || rest[0] is not ('+' or '-'))
        {
            if (prefix == 0)
            {
                return false;
            }

            position += prefix;
            fields.OffsetMinutes = 0;
            return true;
        }

        var sign = rest[0] == '-' ? -1 : 1;
        var digits = 0;
        while (digits + 1 < rest.Length && char.IsAsciiDigit(rest[digits + 1]))
        {
            digits++;
        }

        int hours;
        var minutes = 0;
        var used = 1 + digits;
        if (digits == 4)
        {
            hours = int.Parse(rest.Slice(1, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            minutes = int.Parse(rest.Slice(3, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else if (digits is 1 or 2)
        {
            hours = int.Parse(rest.Slice(1, digits), NumberStyles.None, CultureInfo.InvariantCulture);
            if (rest.Length >= used + 3 && rest[used] == ':' && char.IsAsciiDigit(rest[used + 1]) && char.IsAsciiDigit(rest[used + 2]))
            {
                minutes = int.Parse(rest.Slice(used + 1, 2), NumberStyles.None, CultureInfo.InvariantCulture);
                used += 3;
            }
        }
        else
        {
            return false;
        }

        if (hours > 23 || minutes > 59)
        {
            return false;
        }

        position += prefix + used;
        fields.OffsetMinutes = sign * ((hours * 60) + minutes);
        return true;
    }

    private static bool TryTokenize(string pattern, out List<Token> tokens, out string reason)
    {
        tokens = [];
        reason = string.Empty;
        var literal = new System.Text.StringBuilder();
        for (var i = 0; i < pattern.Length;)
        {
            var c = pattern[i];
            if (c == '\'')
            {
                if (i + 1 < pattern.Length && pattern[i + 1] == '\'')
                {
                    literal.Append('\'');
                    i += 2;
                    continue;
                }

                var end = i + 1;
                while (true)
                {
                    if (end >= pattern.Length)
                    {
                        reason = $"the date pattern '{pattern}' has an unterminated quote";
                        return false;
                    }

                    if (pattern[end] == '\'')
                    {
                        if (end + 1 < pattern.Length && pattern[end + 1] == '\'')
                        {
                            literal.Append('\'');
                            end += 2;
                            continue;
                        }

                        break;
                    }

                    literal.Append(pattern[end]);
                    end++;
                }

                i = end + 1;
                continue;
            }

            if (!char.IsAsciiLetter(c))
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (literal.Length > 0)
            {
                tokens.Add(new Token('\0', 0, literal.ToString()));
                literal.Clear();
            }

            var count = 1;
            while (i + count < pattern.Length && pattern[i + count] == c)
            {
                count++;
            }

            if ("GyYMLwWDdFEuaHkKhmsSzZX".IndexOf(c, StringComparison.Ordinal) < 0)
            {
                reason = $"'{c}' is not a date pattern letter";
                return false;
            }

            tokens.Add(new Token(c, count, string.Empty));
            i += count;
        }

        if (literal.Length > 0)
        {
            tokens.Add(new Token('\0', 0, literal.ToString()));
        }

        if (tokens.Count == 0)
        {
            reason = "the date pattern is empty";
            return false;
        }

        return true;
    }

    /// <summary>A pattern letter repeated <see cref="Count"/> times, or (letter '\0') literal text.</summary>
    private readonly record struct Token(char Letter, int Count, string Literal);

    /// <summary>The fields read so far; unset ones default to 1970-01-01 00:00:00.000 UTC, as in Java.</summary>
    private sealed class Fields
    {
        public int Year = 1970;
        public int Month = 1;
        public int Day = 1;
        public int? Hour24;
        public int? Hour12;
        public bool Pm;
        public int Minute;
        public int Second;
        public int Millisecond;
        public int OffsetMinutes;

        public void Set(Token token, int number, int digits)
        {
            switch (token.Letter)
            {
                case 'y':
                    Year = token.Count <= 2 && digits == 2 ? (number < 50 ? 2000 + number : 1900 + number) : number;
                    break;
                case 'M' or 'L':
                    Month = number;
                    break;
                case 'd':
                    Day = number;
                    break;
                case 'H':
                    Hour24 = number;
                    break;
                case 'k':
                    Hour24 = number == 24 ? 0 : number == 0 ? 99 : number;
                    break;
                case 'K':
                    Hour12 = number;
                    break;
                case 'h':
                    Hour12 = number == 12 ? 0 : number == 0 ? 99 : number;
                    break;
                case 'm':
                    Minute = number;
                    break;
                case 's':
                    Second = number;
                    break;
                case 'S':
                    Millisecond = number;
                    break;
            }
        }

        public bool TryBuild(out DateTime value, out string reason)
        {
            value = default;
            reason = "no such date";
            var hour = Hour24 ?? (Hour12 is { } h ? (h > 11 ? 99 : h + (Pm ? 12 : 0)) : 0);
            if (Year is < 1 or > 9999 || Month is < 1 or > 12 || Day < 1 || Day > DateTime.DaysInMonth(Year, Month)
                || hour > 23 || Minute > 59 || Second > 59 || Millisecond > 999)
            {
                return false;
            }

            var local = new DateTime(Year, Month, Day, hour, Minute, Second, Millisecond, DateTimeKind.Utc);
            var ticks = local.Ticks - (OffsetMinutes * TimeSpan.TicksPerMinute);
            if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
            {
                return false;
            }

            value = new DateTime(ticks, DateTimeKind.Utc);
            reason = string.Empty;
            return true;
        }
    }
}
