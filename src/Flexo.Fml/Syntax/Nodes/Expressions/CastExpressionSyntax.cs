namespace Flexo.Fml.Syntax;

/// <summary><c>(Type) expression</c></summary>
public sealed class CastExpressionSyntax : ExpressionSyntax
{
    internal CastExpressionSyntax(SyntaxToken openParen, TypeSyntax type, SyntaxToken closeParen, ExpressionSyntax expression)
        : base(SyntaxKind.CastExpression)
    {
        OpenParen = openParen;
        Type = type;
        CloseParen = closeParen;
        Expression = expression;
    }

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen { get; }

    /// <summary>The target type.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen { get; }

    /// <summary>The converted expression.</summary>
    public ExpressionSyntax Expression { get; }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OpenParen,
        1 => Type,
        2 => CloseParen,
        3 => Expression,
        _ => null,
    };
}
