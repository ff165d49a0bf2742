namespace Flexo.Fml.Syntax;

/// <summary><c>condition ? whenTrue : whenFalse</c></summary>
public sealed class ConditionalExpressionSyntax : ExpressionSyntax
{
    internal ConditionalExpressionSyntax(TokenTable table, ExpressionSyntax condition, int question, ExpressionSyntax whenTrue, int colon, ExpressionSyntax whenFalse)
        : base(table)
    {
        Condition = condition;
        _question = question;
        WhenTrue = whenTrue;
        _colon = colon;
        WhenFalse = whenFalse;
    }

    private readonly int _question;

    private readonly int _colon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ConditionalExpression;

    /// <summary>The condition.</summary>
    public ExpressionSyntax Condition { get; }

    /// <summary>The <c>?</c>.</summary>
    public SyntaxToken Question => Table.Token(_question);

    /// <summary>The value when true.</summary>
    public ExpressionSyntax WhenTrue { get; }

    /// <summary>The <c>:</c>.</summary>
    public SyntaxToken Colon => Table.Token(_colon);

    /// <summary>The value when false.</summary>
    public ExpressionSyntax WhenFalse { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = Condition.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _question) >= 0)
        {
            return index;
        }

        if ((index = WhenTrue.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _colon) >= 0)
        {
            return index;
        }

        if ((index = WhenFalse.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = WhenFalse.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _colon) >= 0)
        {
            return index;
        }

        if ((index = WhenTrue.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _question) >= 0)
        {
            return index;
        }

        if ((index = Condition.LastTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Condition,
        1 => Question,
        2 => WhenTrue,
        3 => Colon,
        4 => WhenFalse,
        _ => null,
    };
}
