using System.Text;

namespace Flexo.Adapters.Csv.Text;

/// <summary>
/// Turns raw field text into values and back. Reading follows the Sep library's rules so that loaded documents and
/// streamed queries agree: a field that starts with a quote loses that quote, and of the quotes that follow every
/// second one (the 2nd, 4th...) is dropped, which reads <c>"a""b"</c> as <c>a"b</c>. Other fields are taken as they are.
/// </summary>
internal static class FieldCodec
{
    public static string Unescape(ReadOnlySpan<char> raw)
    {
        if (raw.IsEmpty || raw[0] != '"')
        {
            return raw.ToString();
        }

        var builder = new StringBuilder(raw.Length);
        var quotes = 1;
        foreach (var c in raw[1..])
        {
            if (c == '"')
            {
                quotes++;
                if (quotes % 2 == 0)
                {
                    continue;
                }
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The raw text of <paramref name="value"/>: quoted only when it holds the delimiter, a quote or a line break.</summary>
    public static string Escape(string value, char delimiter)
    {
        if (!NeedsQuotes(value, delimiter))
        {
            return value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static bool NeedsQuotes(string value, char delimiter)
    {
        foreach (var c in value)
        {
            if (c == delimiter || c is '"' or '\r' or '\n')
            {
                return true;
            }
        }

        return false;
    }
}
