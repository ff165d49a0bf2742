namespace Flexo.Fml.Syntax;

/// <summary><c>T get() { ... }</c></summary>
public sealed class GetAccessorSyntax : SyntaxNode
{
    internal GetAccessorSyntax(TokenTable table, TypeSyntax? type, int getKeyword, int openParen, int closeParen, BlockSyntax body)
        : base(table)
    {
        Type = type;
        _getKeyword = getKeyword;
        _openParen = openParen;
        _closeParen = closeParen;
        Body = body;
    }

    private readonly int _getKeyword;

    private readonly int _openParen;

    private readonly int _closeParen;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.GetAccessor;

    /// <summary>The getter's declared type.</summary>
    public TypeSyntax? Type { get; }

    /// <summary>The <c>get</c> keyword.</summary>
    public SyntaxToken GetKeyword => Table.Token(_getKeyword);

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen => Table.Token(_openParen);

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen => Table.Token(_closeParen);

    /// <summary>The body.</summary>
    public BlockSyntax Body { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = Type?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _getKeyword) >= 0)
        {
            return index;
        }

        if ((index = _openParen) >= 0)
        {
            return index;
        }

        if ((index = _closeParen) >= 0)
        {
            return index;
        }

        if ((index = Body.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Body.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _closeParen) >= 0)
        {
            return index;
        }

        if ((index = _openParen) >= 0)
        {
            return index;
        }

        if ((index = _getKeyword) >= 0)
        {
            return index;
        }

        if ((index = Type?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Type,
        1 => GetKeyword,
        2 => OpenParen,
        3 => CloseParen,
        4 => Body,
        _ => null,
    };
}
