namespace Flexo.Fml.Syntax;

/// <summary><c>unmatched: expression</c></summary>
public sealed class UnmatchedClauseSyntax : SyntaxNode
{
    internal UnmatchedClauseSyntax(TokenTable table, int unmatchedKeyword, int colon, ExpressionSyntax expression)
        : base(table)
    {
        _unmatchedKeyword = unmatchedKeyword;
        _colon = colon;
        Expression = expression;
    }

    private readonly int _unmatchedKeyword;

    private readonly int _colon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnmatchedClause;

    /// <summary>The <c>unmatched</c> keyword.</summary>
    public SyntaxToken UnmatchedKeyword => Table.Token(_unmatchedKeyword);

    /// <summary>The <c>:</c>.</summary>
    public SyntaxToken Colon => Table.Token(_colon);

    /// <summary>The expression.</summary>
    public ExpressionSyntax Expression { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _unmatchedKeyword) >= 0)
        {
            return index;
        }

        if ((index = _colon) >= 0)
        {
            return index;
        }

        if ((index = Expression.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Expression.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _colon) >= 0)
        {
            return index;
        }

        if ((index = _unmatchedKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => UnmatchedKeyword,
        1 => Colon,
        2 => Expression,
        _ => null,
    };
}
