using System.Globalization;
using System.Text;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Parsing;

/// <summary>Reads the values of literal tokens with Java's rules (escapes interpreted, as Flexo decides).</summary>
internal static class LiteralReader
{
    public static object? ReadValue(SyntaxKind kind, string text) => kind switch
    {
        SyntaxKind.NumericLiteralToken => TryReadNumber(text, negated: true, out var value, out _) ? value : null,
        SyntaxKind.StringLiteralToken => Unescape(text, 1, text.Length > 1 && text[^1] == '"' ? text.Length - 1 : text.Length, out _),
        SyntaxKind.CharacterLiteralToken => ReadChar(text),
        SyntaxKind.TrueKeyword => true,
        SyntaxKind.FalseKeyword => false,
        SyntaxKind.NullKeyword => null,
        _ => text,
    };

    private static char? ReadChar(string text)
    {
        var end = text.Length > 1 && text[^1] == '\'' ? text.Length - 1 : text.Length;
        var value = Unescape(text, 1, end, out _);
        return value.Length == 1 ? value[0] : null;
    }

    /// <summary>
    /// Reads a numeric literal; on failure <paramref name="error"/> says why. <paramref name="negated"/> says a
    /// unary minus precedes it: only then may a decimal int literal be 2147483648 (Java's rule).
    /// </summary>
    public static bool TryReadNumber(string text, bool negated, out object value, out string? error)
    {
        value = 0;
        error = null;
        var body = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (body.Length == 0)
        {
            error = "digits expected";
            return false;
        }

        var last = body[^1];
        var isHex = body.Length > 1 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X');
        if (!isHex && (body.Contains('.', StringComparison.Ordinal) || body.Contains('e', StringComparison.Ordinal)
            || body.Contains('E', StringComparison.Ordinal) || last is 'f' or 'F' or 'd' or 'D'))
        {
            var isFloat = last is 'f' or 'F';
            var digits = last is 'f' or 'F' or 'd' or 'D' ? body[..^1] : body;
            if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                error = "not a valid floating-point number";
                return false;
            }

            if (isFloat)
            {
                value = (float)d;
                return true;
            }

            value = d;
            return true;
        }

        var isLong = last is 'l' or 'L';
        var number = isLong ? body[..^1] : body;
        ulong magnitude = 0;
        bool ok;
        var radixForm = false;
        if (isHex)
        {
            radixForm = true;
            ok = number.Length > 2 && ulong.TryParse(number.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out magnitude);
            if (!ok)
            {
                error = number.Length <= 2 ? "hexadecimal digits expected after 0x" : "too large for a long";
                return false;
            }
        }
        else if (number.Length > 1 && number[0] == '0')
        {
            radixForm = true;
            magnitude = 0;
            foreach (var c in number.AsSpan(1))
            {
                if (c is < '0' or > '7')
                {
                    error = "octal literals use only the digits 0 to 7";
                    return false;
                }

                if (magnitude > (ulong.MaxValue >> 3))
                {
                    error = "too large for a long";
                    return false;
                }

                magnitude = (magnitude << 3) | (uint)(c - '0');
            }
        }
        else if (!ulong.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out magnitude))
        {
            error = "too large for a long";
            return false;
        }

        if (isLong)
        {
            if (!radixForm && magnitude > long.MaxValue + (negated ? 1UL : 0UL))
            {
                error = "too large for a long";
                return false;
            }

            value = unchecked((long)magnitude);
            return true;
        }

        if (radixForm)
        {
            // Java: hex and octal literals may use all 32 (or 64) bits; Openflexo widens to long when needed.
            value = magnitude <= uint.MaxValue ? (object)unchecked((int)(uint)magnitude) : unchecked((long)magnitude);
            return true;
        }

        if (magnitude > int.MaxValue + (negated ? 1UL : 0UL))
        {
            error = "too large for an int; add the suffix L for a long";
            return false;
        }

        value = magnitude > int.MaxValue ? (object)(long)magnitude : (int)magnitude;
        return true;
    }

    /// <summary>Interprets Java escapes between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static string Unescape(string text, int start, int end, out int firstInvalidEscape)
    {
        firstInvalidEscape = -1;
        if (text.AsSpan(start, Math.Max(0, end - start)).IndexOf('\\') < 0)
        {
            return end > start ? text[start..end] : string.Empty;
        }

        var builder = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 >= end)
            {
                builder.Append(c);
                continue;
            }

            var e = text[++i];
            switch (e)
            {
                case 'b': builder.Append('\b'); break;
                case 't': builder.Append('\t'); break;
                case 'n': builder.Append('\n'); break;
                case 'f': builder.Append('\f'); break;
                case 'r': builder.Append('\r'); break;
                case 's': builder.Append(' '); break;
                case '"': builder.Append('"'); break;
                case '\'': builder.Append('\''); break;
                case '\\': builder.Append('\\'); break;
                case 'u':
                    {
                        while (i + 1 < end && text[i + 1] == 'u')
                        {
                            i++;
                        }

                        if (i + 4 < end && int.TryParse(text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            builder.Append((char)code);
                            i += 4;
                        }
                        else
                        {
                            if (firstInvalidEscape < 0)
                            {
                                firstInvalidEscape = i - 1;
                            }

                            builder.Append('\\').Append('u');
                        }

                        break;
                    }

                case >= '0' and <= '7':
                    {
                        var max = e <= '3' ? 3 : 2;
                        var code = 0;
                        var n = 0;
                        i--;
                        while (n < max && i + 1 < end && text[i + 1] is >= '0' and <= '7')
                        {
                            code = (code * 8) + (text[++i] - '0');
                            n++;
                        }

                        builder.Append((char)code);
                        break;
                    }

                default:
                    if (firstInvalidEscape < 0)
                    {
                        firstInvalidEscape = i - 1;
                    }

                    builder.Append('\\').Append(e);
                    break;
            }
        }

        return builder.ToString();
    }
}
