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
