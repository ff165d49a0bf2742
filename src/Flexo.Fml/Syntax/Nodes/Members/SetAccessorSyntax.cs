namespace Flexo.Fml.Syntax;

/// <summary><c>set(T value) { ... }</c></summary>
public sealed class SetAccessorSyntax : SyntaxNode
{
    internal SetAccessorSyntax(TokenTable table, int setKeyword, int openParen, TypeSyntax? type, int identifier, int closeParen, BlockSyntax body)
        : base(table)
    {
        _setKeyword = setKeyword;
        _openParen = openParen;
        Type = type;
        _identifier = identifier;
        _closeParen = closeParen;
        Body = body;
    }

    private readonly int _setKeyword;

    private readonly int _openParen;

    private readonly int _identifier;

    private readonly int _closeParen;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SetAccessor;

    /// <summary>The <c>set</c> keyword.</summary>
    public SyntaxToken SetKeyword => Table.Token(_setKeyword);

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen => Table.Token(_openParen);

    /// <summary>The parameter type.</summary>
    public TypeSyntax? Type { get; }

    /// <summary>The parameter name (defaults to <c>value</c> when absent).</summary>
    public SyntaxToken? Identifier => Table.OptionalToken(_identifier);

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen => Table.Token(_closeParen);

    /// <summary>The body.</summary>
    public BlockSyntax Body { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _setKeyword) >= 0)
        {
            return index;
        }

        if ((index = _openParen) >= 0)
        {
            return index;
        }

        if ((index = Type?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _identifier) >= 0)
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

        if ((index = _identifier) >= 0)
        {
            return index;
        }

        if ((index = Type?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _openParen) >= 0)
        {
            return index;
        }

        if ((index = _setKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 6;

    internal override object? GetSlot(int index) => index switch
    {
        0 => SetKeyword,
        1 => OpenParen,
        2 => Type,
        3 => Identifier,
        4 => CloseParen,
        5 => Body,
        _ => null,
    };
}
