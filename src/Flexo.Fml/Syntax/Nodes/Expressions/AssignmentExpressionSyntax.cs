namespace Flexo.Fml.Syntax;

/// <summary><c>target = value</c> and the compound forms (<c>+=</c>, <c>-=</c>, ...).</summary>
public sealed class AssignmentExpressionSyntax : ExpressionSyntax
{
    internal AssignmentExpressionSyntax(TokenTable table, ExpressionSyntax left, int operatorToken, ExpressionSyntax right)
        : base(table)
    {
        Left = left;
        _operatorToken = operatorToken;
        Right = right;
    }

    private readonly int _operatorToken;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.AssignmentExpression;

    /// <summary>The assigned target.</summary>
    public ExpressionSyntax Left { get; }

    /// <summary>The assignment operator.</summary>
    public SyntaxToken OperatorToken => Table.Token(_operatorToken);

    /// <summary>The value.</summary>
    public ExpressionSyntax Right { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = Left.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _operatorToken) >= 0)
        {
            return index;
        }

        if ((index = Right.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Right.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _operatorToken) >= 0)
        {
            return index;
        }

        if ((index = Left.LastTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Left,
        1 => OperatorToken,
        2 => Right,
        _ => null,
    };
}
