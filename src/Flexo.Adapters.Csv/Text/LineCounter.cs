namespace Flexo.Adapters.Csv.Text;

/// <summary>
/// Follows the 1-based line and column of a stream of characters fed in pieces. A line ends with CRLF, LF or CR;
/// CRLF split between two pieces counts once.
/// </summary>
internal struct LineCounter
{
    private bool _pendingCarriageReturn;

    public LineCounter()
    {
    }

    /// <summary>The line of the next character.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>The column of the next character.</summary>
    public int Column { get; private set; } = 1;

    public void Advance(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c == '\n' && _pendingCarriageReturn)
            {
                _pendingCarriageReturn = false;
                continue;
            }

            _pendingCarriageReturn = c == '\r';
            if (c is '\r' or '\n')
            {
                Line++;
                Column = 1;
            }
            else
            {
                Column++;
            }
        }
    }

    /// <summary>The line and column of <paramref name="offset"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) Locate(ReadOnlySpan<char> text, int offset, int firstLine = 1)
    {
        var counter = new LineCounter { Line = firstLine };
        counter.Advance(text[..offset]);
        return (counter.Line, counter.Column);
    }
}
