namespace Flexo.Fml.Syntax;

/// <summary>Where one token lies in the source: its kind, text bounds and trivia bounds.</summary>
internal struct TokenData
{
    public SyntaxKind Kind;
    public int FullStart;
    public int Start;
    public int End;
    public int FullEnd;

    /// <summary>The shared text of names, keywords and punctuation; null for literals (read from the source).</summary>
    public string? Text;
}

/// <summary>
/// All tokens of one file in one array: no object per token while parsing, so a large file costs the garbage
/// collector almost nothing. Source tokens come first in source order; tokens the parser makes up (missing
/// tokens, joined shift operators) are appended after them. <see cref="SyntaxToken"/> objects are light handles
/// created on access.
/// </summary>
internal sealed class TokenTable
{
    private TokenData[] _items;

    public TokenTable(string source, int capacity)
    {
        Source = source;
        _items = new TokenData[Math.Max(16, capacity)];
    }

    public string Source { get; }

    public int Count { get; private set; }

    /// <summary>The number of tokens read from the source (end of file included); made-up tokens come after.</summary>
    public int SourceCount { get; private set; }

    public void MarkSourceEnd() => SourceCount = Count;

    public ref TokenData this[int index] => ref _items[index];

    public int Add(SyntaxKind kind, int fullStart, int start, int end, int fullEnd, string? text)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        ref var item = ref _items[Count];
        item.Kind = kind;
        item.FullStart = fullStart;
        item.Start = start;
        item.End = end;
        item.FullEnd = fullEnd;
        item.Text = text;
        return Count++;
    }

    public SyntaxToken Token(int index) => new(this, index);

    public SyntaxToken? OptionalToken(int index) => index < 0 ? null : new SyntaxToken(this, index);

    public bool IsMissing(int index)
    {
        ref var item = ref _items[index];
        return item.Start == item.End && item.Kind != SyntaxKind.EndOfFileToken;
    }
}
