namespace Flexo.Fml.Syntax;

/// <summary><c>log expression</c></summary>
public sealed class LogExpressionSyntax : ExpressionSyntax
{
    internal LogExpressionSyntax(SyntaxToken logKeyword, ExpressionSyntax expression)
        : base(SyntaxKind.LogExpression)
    {
        LogKeyword = logKeyword;
        Expression = expression;
    }

    /// <summary>The <c>log</c> keyword.</summary>
    public SyntaxToken LogKeyword { get; }

    /// <summary>The logged value.</summary>
    public ExpressionSyntax Expression { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => LogKeyword,
        1 => Expression,
        _ => null,
    };
}
