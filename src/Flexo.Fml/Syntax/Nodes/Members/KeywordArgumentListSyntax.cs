namespace Flexo.Fml.Syntax;

/// <summary><c>(k=v, ...)</c></summary>
public sealed class KeywordArgumentListSyntax : SyntaxNode
{
    internal KeywordArgumentListSyntax(TokenTable table, int openParen, SeparatedSyntaxList<KeywordArgumentSyntax> arguments, int closeParen)
        : base(table)
    {
        _openParen = openParen;
        Arguments = arguments;
        _closeParen = closeParen;
    }

    private readonly int _openParen;

    private readonly int _closeParen;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.KeywordArgumentList;

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen => Table.Token(_openParen);

    /// <summary>The arguments.</summary>
    public SeparatedSyntaxList<KeywordArgumentSyntax> Arguments { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen => Table.Token(_closeParen);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _openParen) >= 0)
        {
            return index;
        }

        if ((index = Arguments.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _closeParen) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = _closeParen) >= 0)
        {
            return index;
        }

        if ((index = Arguments.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _openParen) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OpenParen,
        1 => Arguments.Slot,
        2 => CloseParen,
        _ => null,
    };
}
