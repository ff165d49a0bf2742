namespace Flexo.Fml.Syntax;

/// <summary>A primitive type: <c>int</c>, <c>boolean</c>, <c>void</c>, ...</summary>
public sealed class PredefinedTypeSyntax : TypeSyntax
{
    internal PredefinedTypeSyntax(SyntaxToken keyword)
        : base(SyntaxKind.PredefinedType)
    {
        Keyword = keyword;
    }

    /// <summary>The type keyword.</summary>
    public SyntaxToken Keyword { get; }

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Keyword,
        _ => null,
    };
}
