namespace Flexo.Fml.Syntax;

/// <summary><c>fire expression</c></summary>
public sealed class FireExpressionSyntax : ExpressionSyntax
{
    internal FireExpressionSyntax(TokenTable table, int fireKeyword, ExpressionSyntax expression)
        : base(table)
    {
        _fireKeyword = fireKeyword;
        Expression = expression;
    }

    private readonly int _fireKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FireExpression;

    /// <summary>The <c>fire</c> keyword.</summary>
    public SyntaxToken FireKeyword => Table.Token(_fireKeyword);

    /// <summary>The fired event.</summary>
    public ExpressionSyntax Expression { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _fireKeyword) >= 0)
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

        if ((index = _fireKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => FireKeyword,
        1 => Expression,
        _ => null,
    };
}
