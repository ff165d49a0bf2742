namespace Flexo.Fml.Syntax;

/// <summary><c>e++</c>, <c>e--</c></summary>
public sealed class PostfixUnaryExpressionSyntax : ExpressionSyntax
{
    internal PostfixUnaryExpressionSyntax(ExpressionSyntax operand, SyntaxToken operatorToken)
        : base(SyntaxKind.PostfixUnaryExpression)
    {
        Operand = operand;
        OperatorToken = operatorToken;
    }

    /// <summary>The operand.</summary>
    public ExpressionSyntax Operand { get; }

    /// <summary>The operator.</summary>
    public SyntaxToken OperatorToken { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Operand,
        1 => OperatorToken,
        _ => null,
    };
}
