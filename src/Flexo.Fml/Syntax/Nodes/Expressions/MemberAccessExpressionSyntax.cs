namespace Flexo.Fml.Syntax;

/// <summary><c>expression.name</c></summary>
public sealed class MemberAccessExpressionSyntax : ExpressionSyntax
{
    internal MemberAccessExpressionSyntax(ExpressionSyntax expression, SyntaxToken dot, SimpleNameSyntax name)
        : base(SyntaxKind.MemberAccessExpression)
    {
        Expression = expression;
        Dot = dot;
        Name = name;
    }

    /// <summary>The navigated object.</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary>The <c>.</c>.</summary>
    public SyntaxToken Dot { get; }

    /// <summary>The member name.</summary>
    public SimpleNameSyntax Name { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Expression,
        1 => Dot,
        2 => Name,
        _ => null,
    };
}
