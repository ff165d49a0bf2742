namespace Flexo.Fml.Syntax;

/// <summary><c>-e</c>, <c>+e</c>, <c>!e</c>, <c>~e</c>, <c>++e</c>, <c>--e</c></summary>
public sealed class PrefixUnaryExpressionSyntax : ExpressionSyntax
{
    internal PrefixUnaryExpressionSyntax(SyntaxToken operatorToken, ExpressionSyntax operand)
        : base(SyntaxKind.PrefixUnaryExpression)
    {
        OperatorToken = operatorToken;
        Operand = operand;
    }

    /// <summary>The operator.</summary>
    public SyntaxToken OperatorToken { get; }

    /// <summary>The operand.</summary>
    public ExpressionSyntax Operand { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OperatorToken,
        1 => Operand,
        _ => null,
    };
}
