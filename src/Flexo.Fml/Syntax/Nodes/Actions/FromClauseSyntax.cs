namespace Flexo.Fml.Syntax;

/// <summary><c>from expression</c></summary>
public sealed class FromClauseSyntax : SyntaxNode
{
    internal FromClauseSyntax(TokenTable table, int fromKeyword, ExpressionSyntax expression)
        : base(table)
    {
        _fromKeyword = fromKeyword;
        Expression = expression;
    }

    private readonly int _fromKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FromClause;

    /// <summary>The <c>from</c> keyword.</summary>
    public SyntaxToken FromKeyword => Table.Token(_fromKeyword);

    /// <summary>The source expression.</summary>
    public ExpressionSyntax Expression { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _fromKeyword) >= 0)
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

        if ((index = _fromKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => FromKeyword,
        1 => Expression,
        _ => null,
    };
}
