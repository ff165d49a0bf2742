namespace Flexo.Fml.Syntax;

/// <summary><c>e++</c>, <c>e--</c></summary>
public sealed class PostfixUnaryExpressionSyntax : ExpressionSyntax
{
    internal PostfixUnaryExpressionSyntax(TokenTable table, ExpressionSyntax operand, int operatorToken)
        : base(table)
    {
        Operand = operand;
        _operatorToken = operatorToken;
    }

    private readonly int _operatorToken;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.PostfixUnaryExpression;

    /// <summary>The operand.</summary>
    public ExpressionSyntax Operand { get; }

    /// <summary>The operator.</summary>
    public SyntaxToken OperatorToken => Table.Token(_operatorToken);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = Operand.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _operatorToken) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = _operatorToken) >= 0)
        {
            return index;
        }

        if ((index = Operand.LastTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Operand,
        1 => OperatorToken,
        _ => null,
    };
}
