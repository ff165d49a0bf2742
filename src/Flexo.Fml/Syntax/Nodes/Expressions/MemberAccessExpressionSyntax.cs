namespace Flexo.Fml.Syntax;

/// <summary><c>expression.name</c></summary>
public sealed class MemberAccessExpressionSyntax : ExpressionSyntax
{
    internal MemberAccessExpressionSyntax(TokenTable table, ExpressionSyntax expression, int dot, SimpleNameSyntax name)
        : base(table)
    {
        Expression = expression;
        _dot = dot;
        Name = name;
    }

    private readonly int _dot;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.MemberAccessExpression;

    /// <summary>The navigated object.</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary>The <c>.</c>.</summary>
    public SyntaxToken Dot => Table.Token(_dot);

    /// <summary>The member name.</summary>
    public SimpleNameSyntax Name { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = Expression.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _dot) >= 0)
        {
            return index;
        }

        if ((index = Name.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Name.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _dot) >= 0)
        {
            return index;
        }

        if ((index = Expression.LastTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Expression,
        1 => Dot,
        2 => Name,
        _ => null,
    };
}
