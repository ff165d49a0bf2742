namespace Flexo.Fml.Syntax;

/// <summary><c>super</c>, as in <c>super(args)</c> and <c>super.m(args)</c>.</summary>
public sealed class SuperExpressionSyntax : ExpressionSyntax
{
    internal SuperExpressionSyntax(SyntaxToken superKeyword)
        : base(SyntaxKind.SuperExpression)
    {
        SuperKeyword = superKeyword;
    }

    /// <summary>The <c>super</c> keyword.</summary>
    public SyntaxToken SuperKeyword { get; }

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index switch
    {
        0 => SuperKeyword,
        _ => null,
    };
}
