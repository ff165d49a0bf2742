namespace Flexo.Fml.Syntax;

/// <summary><c>from expression</c></summary>
public sealed class FromClauseSyntax : SyntaxNode
{
    internal FromClauseSyntax(SyntaxToken fromKeyword, ExpressionSyntax expression)
        : base(SyntaxKind.FromClause)
    {
        FromKeyword = fromKeyword;
        Expression = expression;
    }

    /// <summary>The <c>from</c> keyword.</summary>
    public SyntaxToken FromKeyword { get; }

    /// <summary>The source expression.</summary>
    public ExpressionSyntax Expression { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => FromKeyword,
        1 => Expression,
        _ => null,
    };
}
