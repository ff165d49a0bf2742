namespace Flexo.Fml.Syntax;

/// <summary><c>unmatched: expression</c></summary>
public sealed class UnmatchedClauseSyntax : SyntaxNode
{
    internal UnmatchedClauseSyntax(SyntaxToken unmatchedKeyword, SyntaxToken colon, ExpressionSyntax expression)
        : base(SyntaxKind.UnmatchedClause)
    {
        UnmatchedKeyword = unmatchedKeyword;
        Colon = colon;
        Expression = expression;
    }

    /// <summary>The <c>unmatched</c> keyword.</summary>
    public SyntaxToken UnmatchedKeyword { get; }

    /// <summary>The <c>:</c>.</summary>
    public SyntaxToken Colon { get; }

    /// <summary>The expression.</summary>
    public ExpressionSyntax Expression { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => UnmatchedKeyword,
        1 => Colon,
        2 => Expression,
        _ => null,
    };
}
