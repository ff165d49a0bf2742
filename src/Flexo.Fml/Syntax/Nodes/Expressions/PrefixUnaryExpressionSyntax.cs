namespace Flexo.Fml.Syntax;

/// <summary><c>-e</c>, <c>+e</c>, <c>!e</c>, <c>~e</c>, <c>++e</c>, <c>--e</c></summary>
public sealed class PrefixUnaryExpressionSyntax : ExpressionSyntax
{
    internal PrefixUnaryExpressionSyntax(TokenTable table, int operatorToken, ExpressionSyntax operand)
        : base(table)
    {
        _operatorToken = operatorToken;
        Operand = operand;
    }

    private readonly int _operatorToken;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.PrefixUnaryExpression;

    /// <summary>The operator.</summary>
    public SyntaxToken OperatorToken => Table.Token(_operatorToken);

    /// <summary>The operand.</summary>
    public ExpressionSyntax Operand { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _operatorToken) >= 0)
        {
            return index;
        }

        if ((index = Operand.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Operand.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _operatorToken) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OperatorToken,
        1 => Operand,
        _ => null,
    };
}
