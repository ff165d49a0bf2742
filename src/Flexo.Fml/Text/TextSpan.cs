namespace Flexo.Fml.Text;

/// <summary>A range of characters in a source text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Builds a span from its start and end offsets.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when <paramref name="offset"/> lies inside the span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
