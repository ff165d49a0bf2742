namespace Flexo.Fml.Syntax;

/// <summary><c>log expression</c></summary>
public sealed class LogExpressionSyntax : ExpressionSyntax
{
    internal LogExpressionSyntax(TokenTable table, int logKeyword, ExpressionSyntax expression)
        : base(table)
    {
        _logKeyword = logKeyword;
        Expression = expression;
    }

    private readonly int _logKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.LogExpression;

    /// <summary>The <c>log</c> keyword.</summary>
    public SyntaxToken LogKeyword => Table.Token(_logKeyword);

    /// <summary>The logged value.</summary>
    public ExpressionSyntax Expression { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _logKeyword) >= 0)
        {
            return index;
        }

        if ((index = Expression.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Expression.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _logKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => LogKeyword,
        1 => Expression,
        _ => null,
    };
}
