using System.Globalization;
using System.Text;

namespace Flexo.Runtime.Values;

/// <summary>Java's <c>String.format</c> for the common conversions: <c>%s %d %f %e %x %c %b %n %%</c> with flags, width and precision.</summary>
internal static class JavaFormat
{
    public static string Format(string id, string format, IReadOnlyList<object?> args)
    {
        var result = new StringBuilder();
        int next = 0;
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c != '%')
            {
                result.Append(c);
                continue;
            }

            int start = i++;
            int explicitIndex = -1;
            int digitsEnd = i;
            while (digitsEnd < format.Length && char.IsAsciiDigit(format[digitsEnd]))
            {
                digitsEnd++;
            }

            if (digitsEnd > i && digitsEnd < format.Length && format[digitsEnd] == '$')
            {
                explicitIndex = int.Parse(format.AsSpan(i, digitsEnd - i), CultureInfo.InvariantCulture) - 1;
                i = digitsEnd + 1;
            }

            string flags = Take(format, ref i, ch => ch is '-' or '0' or '+' or ',' or ' ' or '#');
            string width = Take(format, ref i, char.IsAsciiDigit);
            string precision = string.Empty;
            if (i < format.Length && format[i] == '.')
            {
                i++;
                precision = Take(format, ref i, char.IsAsciiDigit);
            }

            if (i >= format.Length)
            {
                throw new FmlRuntimeError($"{id}: incomplete format specifier \"{format[start..]}\" (UnknownFormatConversionException)");
            }

            char conversion = format[i];
            string text;
            switch (conversion)
            {
                case '%':
                    text = "%";
                    break;
                case 'n':
                    result.Append('\n');
                    continue;
                default:
                    int argument = explicitIndex >= 0 ? explicitIndex : next++;
                    if (argument < 0 || argument >= args.Count)
                    {
                        throw new FmlRuntimeError($"{id}: missing argument for \"%{conversion}\" (MissingFormatArgumentException)");
                    }

                    text = Convert(id, conversion, flags, precision, args[argument]);
                    break;
            }

            if (width.Length > 0)
            {
                int w = int.Parse(width, CultureInfo.InvariantCulture);
                bool zero = flags.Contains('0', StringComparison.Ordinal) && !flags.Contains('-', StringComparison.Ordinal);
                if (zero && text.StartsWith('-'))
                {
                    text = "-" + text[1..].PadLeft(w - 1, '0');
                }

                text = flags.Contains('-', StringComparison.Ordinal) ? text.PadRight(w) : text.PadLeft(w, zero ? '0' : ' ');
            }

            result.Append(text);
        }

        return result.ToString();
    }

    private static string Take(string s, ref int i, Func<char, bool> accept)
    {
        int start = i;
        while (i < s.Length && accept(s[i]))
        {
            i++;
        }

        return s[start..i];
    }

    private static string Convert(string id, char conversion, string flags, string precision, object? arg)
    {
        bool grouping = flags.Contains(',', StringComparison.Ordinal);
        bool plus = flags.Contains('+', StringComparison.Ordinal);
        string Sign(string t, bool negative) => !negative && plus ? "+" + t : t;
        switch (conversion)
        {
            case 's' or 'S':
                string s = JavaText.ToJavaString(arg);
                if (precision.Length > 0)
                {
                    s = s[..Math.Min(s.Length, int.Parse(precision, CultureInfo.InvariantCulture))];
                }

                return conversion == 'S' ? s.ToUpperInvariant() : s;
            case 'b' or 'B':
                string b = arg is null ? "false" : arg is bool v ? (v ? "true" : "false") : "true";
                return conversion == 'B' ? b.ToUpperInvariant() : b;
            case 'c':
                return arg switch
                {
                    null => "null",
                    char ch => ch.ToString(),
                    _ when Numbers.IsIntegral(arg) => char.ConvertFromUtf32((int)Numbers.ToLong(arg)),
                    _ => throw Mismatch(id, conversion, arg),
                };
            case 'd':
                if (arg is null)
                {
                    return "null";
                }

                if (!Numbers.IsIntegral(arg) || arg is char)
                {
                    throw Mismatch(id, conversion, arg);
                }

                long l = Numbers.ToLong(arg);
                return Sign(l.ToString(grouping ? "#,0" : "0", CultureInfo.InvariantCulture), l < 0);
            case 'o':
                return arg switch
                {
                    null => "null",
                    int i => System.Convert.ToString(i, 8),
                    long lo => System.Convert.ToString(lo, 8),
                    _ => throw Mismatch(id, conversion, arg),
                };
            case 'x' or 'X':
                if (arg is null)
                {
                    return "null";
                }

                string hex = arg switch
                {
                    int i => i.ToString("x", CultureInfo.InvariantCulture),
                    long lo => lo.ToString("x", CultureInfo.InvariantCulture),
                    short sh => sh.ToString("x", CultureInfo.InvariantCulture),
                    sbyte sb => sb.ToString("x", CultureInfo.InvariantCulture),
                    _ => throw Mismatch(id, conversion, arg),
                };
                return conversion == 'X' ? hex.ToUpperInvariant() : hex;
            case 'f' or 'e' or 'E':
                if (arg is null)
                {
                    return "null";
                }

                if (!Numbers.IsFloating(arg))
                {
                    throw Mismatch(id, conversion, arg);
                }

                double d = Numbers.ToDouble(arg);
                if (double.IsNaN(d) || double.IsInfinity(d))
                {
                    return JavaText.FormatDouble(d);
                }

                int p = precision.Length > 0 ? int.Parse(precision, CultureInfo.InvariantCulture) : 6;
                string t = conversion == 'f'
                    ? d.ToString((grouping ? "#,0." : "0.") + new string('0', p), CultureInfo.InvariantCulture).TrimEnd('.')
                    : d.ToString((p > 0 ? "0." + new string('0', p) : "0") + "e+00", CultureInfo.InvariantCulture);
                return Sign(conversion == 'E' ? t.ToUpperInvariant() : t, d < 0);
            default:
                throw new FmlRuntimeError($"{id}: unknown format conversion '{conversion}' (UnknownFormatConversionException)");
        }
    }

    private static FmlRuntimeError Mismatch(string id, char conversion, object? arg) =>
        new($"{id}: %{conversion} cannot format {Numbers.Describe(arg)} (IllegalFormatConversionException)");
}
