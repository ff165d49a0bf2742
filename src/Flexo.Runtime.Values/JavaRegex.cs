using System.Text;
using System.Text.RegularExpressions;

namespace Flexo.Runtime.Values;

/// <summary>Java regular expressions run by .NET's <see cref="Regex"/> (docs/java-compat.md, "Regular expressions").</summary>
internal static class JavaRegex
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static Regex Create(string id, string pattern, bool wholeInput = false)
    {
        try
        {
            string translated = Translate(id, pattern);
            return new Regex(wholeInput ? "\\A(?:" + translated + ")\\z" : translated, RegexOptions.CultureInvariant, Timeout);
        }
        catch (ArgumentException e)
        {
            throw new FmlRuntimeError($"{id}: invalid regular expression \"{pattern}\" (PatternSyntaxException)", e);
        }
    }

    /// <summary>Translates Java-only syntax (<c>\R</c>) and rejects what .NET cannot run (possessive quantifiers, <c>\h</c>, <c>\p{javaX}</c>).</summary>
    public static string Translate(string id, string pattern)
    {
        var result = new StringBuilder(pattern.Length);
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                char n = pattern[i + 1];
                if (n == 'R' && !inClass)
                {
                    result.Append(@"(?:\r\n|[\n\r\u2028\u2029\u0085])");
                    i++;
                    continue;
                }

                if (n is 'h' or 'H' || (n is 'p' or 'P' && pattern.AsSpan(i + 2).StartsWith("{java", StringComparison.Ordinal)))
                {
                    throw Unsupported(id, pattern);
                }

                result.Append(c).Append(n);
                i++;
                continue;
            }

            if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }
            else if (!inClass && c == '+' && i > 0 && pattern[i - 1] is '*' or '+' or '?' or '}' && !IsEscaped(pattern, i - 1))
            {
                throw Unsupported(id, pattern);
            }

            result.Append(c);
        }

        return result.ToString();
    }

    private static bool IsEscaped(string pattern, int index)
    {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && pattern[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    private static FmlRuntimeError Unsupported(string id, string pattern) =>
        new($"{id}: the regular expression \"{pattern}\" uses Java syntax that Flexo does not support (possessive quantifier, \\h or \\p{{javaX}})");

    /// <summary>Translates a Java replacement string (<c>$1</c>, <c>${name}</c>, <c>\$</c>) to .NET's syntax.</summary>
    public static string Replacement(string id, string replacement)
    {
        var result = new StringBuilder(replacement.Length);
        for (int i = 0; i < replacement.Length; i++)
        {
            char c = replacement[i];
            if (c == '\\')
            {
                if (i + 1 >= replacement.Length)
                {
                    throw new FmlRuntimeError($"{id}: character to be escaped is missing (IllegalArgumentException)");
                }

                char n = replacement[++i];
                result.Append(n == '$' ? "$$" : n.ToString());
            }
            else if (c == '$')
            {
                if (i + 1 >= replacement.Length || !(char.IsAsciiDigit(replacement[i + 1]) || replacement[i + 1] == '{'))
                {
                    throw new FmlRuntimeError($"{id}: illegal group reference in \"{replacement}\" (IllegalArgumentException)");
                }

                result.Append('$');
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>Java's <c>String.split</c>: no captured groups in the result, no leading empty string for a zero-width match at 0, limit rules.</summary>
    public static object?[] Split(string id, string s, string pattern, int limit)
    {
        var regex = Create(id, pattern);
        var parts = new List<string>();
        int index = 0;
        foreach (Match m in regex.Matches(s))
        {
            if (limit > 0 && parts.Count == limit - 1)
            {
                break;
            }

            if (m.Length == 0 && m.Index == 0)
            {
                continue;
            }

            if (m.Length == 0 && m.Index == s.Length)
            {
                // Java never splits at the end of the input with a zero-width match.
                continue;
            }

            parts.Add(s[index..m.Index]);
            index = m.Index + m.Length;
        }

        if (parts.Count == 0 && index == 0)
        {
            return [s];
        }

        parts.Add(s[index..]);
        if (limit == 0)
        {
            int count = parts.Count;
            while (count > 0 && parts[count - 1].Length == 0)
            {
                count--;
            }

            parts.RemoveRange(count, parts.Count - count);
        }

        return parts.Cast<object?>().ToArray();
    }
}
