namespace Flexo.Fml.Syntax;

/// <summary><c>condition ? whenTrue : whenFalse</c></summary>
public sealed class ConditionalExpressionSyntax : ExpressionSyntax
{
    internal ConditionalExpressionSyntax(ExpressionSyntax condition, SyntaxToken question, ExpressionSyntax whenTrue, SyntaxToken colon, ExpressionSyntax whenFalse)
        : base(SyntaxKind.ConditionalExpression)
    {
        Condition = condition;
        Question = question;
        WhenTrue = whenTrue;
        Colon = colon;
        WhenFalse = whenFalse;
    }

    /// <summary>The condition.</summary>
    public ExpressionSyntax Condition { get; }

    /// <summary>The <c>?</c>.</summary>
    public SyntaxToken Question { get; }

    /// <summary>The value when true.</summary>
    public ExpressionSyntax WhenTrue { get; }

    /// <summary>The <c>:</c>.</summary>
    public SyntaxToken Colon { get; }

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
