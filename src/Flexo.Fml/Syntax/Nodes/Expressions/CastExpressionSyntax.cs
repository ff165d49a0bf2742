namespace Flexo.Fml.Syntax;

/// <summary><c>(Type) expression</c></summary>
public sealed class CastExpressionSyntax : ExpressionSyntax
{
    internal CastExpressionSyntax(TokenTable table, int openParen, TypeSyntax type, int closeParen, ExpressionSyntax expression)
        : base(table)
    {
        _openParen = openParen;
        Type = type;
        _closeParen = closeParen;
        Expression = expression;
    }

    private readonly int _openParen;

    private readonly int _closeParen;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.CastExpression;

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen => Table.Token(_openParen);

    /// <summary>The target type.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen => Table.Token(_closeParen);

    /// <summary>The converted expression.</summary>
    public ExpressionSyntax Expression { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _openParen) >= 0)
        {
            return index;
        }

        if ((index = Type.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _closeParen) >= 0)
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

        if ((index = _closeParen) >= 0)
        {
            return index;
        }

        if ((index = Type.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _openParen) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OpenParen,
        1 => Type,
        2 => CloseParen,
        3 => Expression,
        _ => null,
    };
}
