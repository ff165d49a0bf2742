namespace Flexo.Fml.Syntax;

/// <summary><c>delete expression [from expression]</c></summary>
public sealed class DeleteExpressionSyntax : ExpressionSyntax
{
    internal DeleteExpressionSyntax(TokenTable table, int deleteKeyword, ExpressionSyntax expression, FromClauseSyntax? @from)
        : base(table)
    {
        _deleteKeyword = deleteKeyword;
        Expression = expression;
        From = @from;
    }

    private readonly int _deleteKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DeleteExpression;

    /// <summary>The <c>delete</c> keyword.</summary>
    public SyntaxToken DeleteKeyword => Table.Token(_deleteKeyword);

    /// <summary>The deleted object.</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary>The optional <c>from</c> clause.</summary>
    public FromClauseSyntax? From { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _deleteKeyword) >= 0)
        {
            return index;
        }

        if ((index = Expression.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = From?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = From?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = Expression.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _deleteKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => DeleteKeyword,
        1 => Expression,
        2 => From,
        _ => null,
    };
}
