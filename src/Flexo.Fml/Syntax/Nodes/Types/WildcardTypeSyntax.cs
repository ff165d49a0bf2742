namespace Flexo.Fml.Syntax;

/// <summary><c>?</c>, <c>? extends T</c> or <c>? super T</c></summary>
public sealed class WildcardTypeSyntax : TypeSyntax
{
    internal WildcardTypeSyntax(SyntaxToken question, SyntaxToken? boundKeyword, TypeSyntax? bound)
        : base(SyntaxKind.WildcardType)
    {
        Question = question;
        BoundKeyword = boundKeyword;
        Bound = bound;
    }

    /// <summary>The <c>?</c>.</summary>
    public SyntaxToken Question { get; }

    /// <summary><c>extends</c> or <c>super</c>, if bounded.</summary>
    public SyntaxToken? BoundKeyword { get; }

    /// <summary>The bound, if any.</summary>
    public TypeSyntax? Bound { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Question,
        1 => BoundKeyword,
        2 => Bound,
        _ => null,
    };
}
