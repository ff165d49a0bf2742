namespace Flexo.Fml.Syntax;

/// <summary><c>in expression</c></summary>
public sealed class InClauseSyntax : SyntaxNode
{
    internal InClauseSyntax(TokenTable table, int inKeyword, ExpressionSyntax expression)
        : base(table)
    {
        _inKeyword = inKeyword;
        Expression = expression;
    }

    private readonly int _inKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InClause;

    /// <summary>The <c>in</c> keyword.</summary>
    public SyntaxToken InKeyword => Table.Token(_inKeyword);

    /// <summary>The receiver expression.</summary>
    public ExpressionSyntax Expression { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _inKeyword) >= 0)
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

        if ((index = _inKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => InKeyword,
        1 => Expression,
        _ => null,
    };
}
