namespace Flexo.Fml.Syntax;

/// <summary><c>for (Type name : collection) statement</c></summary>
public sealed class ForEachStatementSyntax : StatementSyntax
{
    internal ForEachStatementSyntax(TokenTable table, int forKeyword, int openParen, TypeSyntax type, int identifier, int colon, ExpressionSyntax collection, int closeParen, StatementSyntax statement)
        : base(table)
    {
        _forKeyword = forKeyword;
        _openParen = openParen;
        Type = type;
        _identifier = identifier;
        _colon = colon;
        Collection = collection;
        _closeParen = closeParen;
        Statement = statement;
    }

    private readonly int _forKeyword;

    private readonly int _openParen;

    private readonly int _identifier;

    private readonly int _colon;

    private readonly int _closeParen;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ForEachStatement;

    /// <summary>The <c>for</c> keyword.</summary>
    public SyntaxToken ForKeyword => Table.Token(_forKeyword);

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen => Table.Token(_openParen);

    /// <summary>The iterator type.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The iterator name.</summary>
    public SyntaxToken Identifier => Table.Token(_identifier);

    /// <summary>The <c>:</c>.</summary>
    public SyntaxToken Colon => Table.Token(_colon);

    /// <summary>The iterated collection (an expression or an FML action).</summary>
    public ExpressionSyntax Collection { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen => Table.Token(_closeParen);

    /// <summary>The loop body.</summary>
    public StatementSyntax Statement { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _forKeyword) >= 0)
        {
            return index;
        }

        if ((index = _openParen) >= 0)
        {
            return index;
        }

        if ((index = Type.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _identifier) >= 0)
        {
            return index;
        }

        if ((index = _colon) >= 0)
        {
            return index;
        }

        if ((index = Collection.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _closeParen) >= 0)
        {
            return index;
        }

        if ((index = Statement.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Statement.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _closeParen) >= 0)
        {
            return index;
        }

        if ((index = Collection.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _colon) >= 0)
        {
            return index;
        }

        if ((index = _identifier) >= 0)
        {
            return index;
        }

        if ((index = Type.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _openParen) >= 0)
        {
            return index;
        }

        if ((index = _forKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 8;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ForKeyword,
        1 => OpenParen,
        2 => Type,
        3 => Identifier,
        4 => Colon,
        5 => Collection,
        6 => CloseParen,
        7 => Statement,
        _ => null,
    };
}
