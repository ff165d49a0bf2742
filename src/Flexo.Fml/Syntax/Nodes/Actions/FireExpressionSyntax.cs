namespace Flexo.Fml.Syntax;

/// <summary><c>fire expression</c></summary>
public sealed class FireExpressionSyntax : ExpressionSyntax
{
    internal FireExpressionSyntax(SyntaxToken fireKeyword, ExpressionSyntax expression)
        : base(SyntaxKind.FireExpression)
    {
        FireKeyword = fireKeyword;
        Expression = expression;
    }

    /// <summary>The <c>fire</c> keyword.</summary>
    public SyntaxToken FireKeyword { get; }

    /// <summary>The fired event.</summary>
    public ExpressionSyntax Expression { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => FireKeyword,
        1 => Expression,
        _ => null,
    };
}
