namespace Flexo.Fml.Syntax;

/// <summary><c>expression instanceof Type</c></summary>
public sealed class InstanceOfExpressionSyntax : ExpressionSyntax
{
    internal InstanceOfExpressionSyntax(TokenTable table, ExpressionSyntax expression, int instanceOfKeyword, TypeSyntax type)
        : base(table)
    {
        Expression = expression;
        _instanceOfKeyword = instanceOfKeyword;
        Type = type;
    }

    private readonly int _instanceOfKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InstanceOfExpression;

    /// <summary>The tested value.</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary>The <c>instanceof</c> keyword.</summary>
    public SyntaxToken InstanceOfKeyword => Table.Token(_instanceOfKeyword);

    /// <summary>The tested type.</summary>
    public TypeSyntax Type { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = Expression.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _instanceOfKeyword) >= 0)
        {
            return index;
        }

        if ((index = Type.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Type.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _instanceOfKeyword) >= 0)
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
        1 => InstanceOfKeyword,
        2 => Type,
        _ => null,
    };
}
