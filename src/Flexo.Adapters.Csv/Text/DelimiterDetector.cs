namespace Flexo.Adapters.Csv.Text;

/// <summary>Guesses the delimiter of a file from its first row.</summary>
internal static class DelimiterDetector
{
    private static readonly char[] Candidates = [',', ';', '\t'];

    /// <summary>
    /// The candidate (comma, semicolon, tab) that occurs most often outside quotes in the first row of
    /// <paramref name="text"/>; on a tie the earlier candidate; comma when none occurs.
    /// </summary>
    public static char Detect(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[Candidates.Length];
        var inQuotes = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes)
            {
                if (c is '\r' or '\n')
                {
                    break;
                }

                var index = Array.IndexOf(Candidates, c);
                if (index >= 0)
                {
                    counts[index]++;
                }
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Candidates[best];
    }
}
