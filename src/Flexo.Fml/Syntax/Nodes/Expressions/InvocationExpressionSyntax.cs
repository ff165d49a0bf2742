namespace Flexo.Fml.Syntax;

/// <summary><c>f(args)</c>, <c>a.f(args)</c>, <c>super(args)</c></summary>
public sealed class InvocationExpressionSyntax : ExpressionSyntax
{
    internal InvocationExpressionSyntax(TokenTable table, ExpressionSyntax expression, ArgumentListSyntax arguments)
        : base(table)
    {
        Expression = expression;
        Arguments = arguments;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InvocationExpression;

    /// <summary>The called expression.</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary>The arguments.</summary>
    public ArgumentListSyntax Arguments { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = Expression.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = Arguments.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Arguments.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = Expression.LastTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Expression,
        1 => Arguments,
        _ => null,
    };
}
