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

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OperatorToken,
        1 => Operand,
        _ => null,
    };
}
