namespace Flexo.Fml.Syntax;

/// <summary><c>( expression )</c></summary>
public sealed class ParenthesizedExpressionSyntax : ExpressionSyntax
{
    internal ParenthesizedExpressionSyntax(SyntaxToken openParen, ExpressionSyntax expression, SyntaxToken closeParen)
        : base(SyntaxKind.ParenthesizedExpression)
    {
        OpenParen = openParen;
        Expression = expression;
        CloseParen = closeParen;
    }

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen { get; }

    /// <summary>The inner expression.</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OpenParen,
        1 => Expression,
        2 => CloseParen,
        _ => null,
    };
}
