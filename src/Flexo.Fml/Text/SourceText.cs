namespace Flexo.Fml.Text;

/// <summary>
/// The immutable text of one source file, with an optional path used only for display.
/// Line starts are computed on first use; the text itself is never copied.
/// </summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    /// <summary>Creates a source text from a string; <paramref name="path"/> is used in messages.</summary>
    public SourceText(string text, string? path = null)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Path = path;
    }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The path shown in diagnostics, or null for in-memory text.</summary>
    public string? Path { get; }

    /// <summary>The number of characters.</summary>
    public int Length => Text.Length;

    /// <summary>The character at <paramref name="offset"/>.</summary>
    public char this[int offset] => Text[offset];

    /// <summary>The text covered by <paramref name="span"/>.</summary>
    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>Number of lines (a text always has at least one).</summary>
    public int LineCount => LineStarts.Length;

    /// <summary>The offset at which zero-based line <paramref name="lineIndex"/> starts.</summary>
    public int GetLineStart(int lineIndex) => LineStarts[lineIndex];

    /// <summary>Maps an offset to a one-based line and column (tabs count as one column).</summary>
    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var starts = LineStarts;
        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new LinePosition(index + 1, offset - starts[index] + 1);
    }

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
