namespace Flexo.Fml.Syntax;

/// <summary><c>extends A, B</c></summary>
public sealed class ExtendsClauseSyntax : SyntaxNode
{
    internal ExtendsClauseSyntax(SyntaxToken extendsKeyword, SeparatedSyntaxList<TypeSyntax> types)
        : base(SyntaxKind.ExtendsClause)
    {
        ExtendsKeyword = extendsKeyword;
        Types = types;
    }

    /// <summary>The <c>extends</c> keyword.</summary>
    public SyntaxToken ExtendsKeyword { get; }

    /// <summary>The parents.</summary>
    public SeparatedSyntaxList<TypeSyntax> Types { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ExtendsKeyword,
        1 => Types,
        _ => null,
    };
}
