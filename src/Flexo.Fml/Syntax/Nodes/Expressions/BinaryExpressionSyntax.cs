namespace Flexo.Fml.Syntax;

/// <summary><c>left op right</c></summary>
public sealed class BinaryExpressionSyntax : ExpressionSyntax
{
    internal BinaryExpressionSyntax(ExpressionSyntax left, SyntaxToken operatorToken, ExpressionSyntax right)
        : base(SyntaxKind.BinaryExpression)
    {
        Left = left;
        OperatorToken = operatorToken;
        Right = right;
    }

    /// <summary>The left operand.</summary>
    public ExpressionSyntax Left { get; }

    /// <summary>The operator.</summary>
    public SyntaxToken OperatorToken { get; }

    /// <summary>The right operand.</summary>
    public ExpressionSyntax Right { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Left,
        1 => OperatorToken,
        2 => Right,
        _ => null,
    };
}
