using System.Text;

namespace Flexo.Persistence;

/// <summary>
/// The text of a list value: <c>[</c> elements separated by <c>,</c> <c>]</c>; <c>null</c> for a null element; texts
/// (strings, chars, dates, durations) in double quotes with <c>\"</c> and <c>\\</c> escaped, numbers and booleans bare.
/// </summary>
internal static class ListText
{
    /// <summary>A text in double quotes, with quotes and backslashes escaped.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>Splits a list text into its elements (null for <c>null</c>), unquoting them when <paramref name="quoted"/>.</summary>
    public static bool TryParse(string text, bool quoted, out List<string?> elements, out string reason)
    {
        elements = [];
        reason = quoted
            ? "a list is written [\"a\",\"b\"], with null for a missing element"
            : "a list is written [1,2], with null for a missing element";
        var position = 0;
        SkipSpaces(text, ref position);
        if (position >= text.Length || text[position] != '[')
        {
            return false;
        }

        position++;
        SkipSpaces(text, ref position);
        if (position < text.Length && text[position] == ']')
        {
            position++;
            SkipSpaces(text, ref position);
            return position == text.Length;
        }

        while (true)
        {
            SkipSpaces(text, ref position);
            if (!TryElement(text, quoted, ref position, out var element))
            {
                return false;
            }

            elements.Add(element);
            SkipSpaces(text, ref position);
            if (position >= text.Length)
            {
                return false;
            }

            if (text[position] == ']')
            {
                position++;
                SkipSpaces(text, ref position);
                return position == text.Length;
            }

            if (text[position] != ',')
            {
                return false;
            }

            position++;
        }
    }

    private static bool TryElement(string text, bool quoted, ref int position, out string? element)
    {
        element = null;
        if (string.CompareOrdinal(text, position, "null", 0, 4) == 0)
        {
            position += 4;
            return true;
        }

        if (!quoted)
        {
            var start = position;
            while (position < text.Length && text[position] is not (',' or ']') && !char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            element = text[start..position];
            return position > start;
        }

        if (position >= text.Length || text[position] != '"')
        {
            return false;
        }

        var value = new StringBuilder();
        for (position++; position < text.Length; position++)
        {
            var c = text[position];
            if (c == '"')
            {
                position++;
                element = value.ToString();
                return true;
            }

            if (c == '\\')
            {
                if (position + 1 >= text.Length || text[position + 1] is not ('"' or '\\'))
                {
                    return false;
                }

                position++;
                c = text[position];
            }

            value.Append(c);
        }

        return false;
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t' or '\n' or '\r')
        {
            position++;
        }
    }
}
