namespace Flexo.Fml.Syntax;

/// <summary><c>target = value</c> and the compound forms (<c>+=</c>, <c>-=</c>, ...).</summary>
public sealed class AssignmentExpressionSyntax : ExpressionSyntax
{
    internal AssignmentExpressionSyntax(ExpressionSyntax left, SyntaxToken operatorToken, ExpressionSyntax right)
        : base(SyntaxKind.AssignmentExpression)
    {
        Left = left;
        OperatorToken = operatorToken;
        Right = right;
    }

    /// <summary>The assigned target.</summary>
    public ExpressionSyntax Left { get; }

    /// <summary>The assignment operator.</summary>
    public SyntaxToken OperatorToken { get; }

    /// <summary>The value.</summary>
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
