namespace Flexo.Fml.Syntax;

/// <summary><c>notify expression [in expression]</c></summary>
public sealed class NotifyExpressionSyntax : ExpressionSyntax
{
    internal NotifyExpressionSyntax(TokenTable table, int notifyKeyword, ExpressionSyntax expression, InClauseSyntax? @in)
        : base(table)
    {
        _notifyKeyword = notifyKeyword;
        Expression = expression;
        In = @in;
    }

    private readonly int _notifyKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NotifyExpression;

    /// <summary>The <c>notify</c> keyword.</summary>
    public SyntaxToken NotifyKeyword => Table.Token(_notifyKeyword);

    /// <summary>The property name.</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary>The optional source object.</summary>
    public InClauseSyntax? In { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _notifyKeyword) >= 0)
        {
            return index;
        }

        if ((index = Expression.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = In?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = In?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = Expression.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _notifyKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => NotifyKeyword,
        1 => Expression,
        2 => In,
        _ => null,
    };
}
