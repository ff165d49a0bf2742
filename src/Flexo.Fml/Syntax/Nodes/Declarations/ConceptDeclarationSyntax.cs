namespace Flexo.Fml.Syntax;

/// <summary>A model, concept or event declaration (the kind tells which): annotations, modifiers, name, <c>extends</c>, <c>inside</c> and members.</summary>
public sealed class ConceptDeclarationSyntax : MemberDeclarationSyntax
{
    internal ConceptDeclarationSyntax(SyntaxKind kind, SyntaxList<AnnotationSyntax> annotations, SyntaxTokenList modifiers, SyntaxToken keyword, SyntaxToken identifier, ExtendsClauseSyntax? extends, InsideClauseSyntax? inside, SyntaxToken openBrace, SyntaxList<MemberDeclarationSyntax> members, SyntaxToken closeBrace)
        : base(kind)
    {
        Annotations = annotations;
        Modifiers = modifiers;
        Keyword = keyword;
        Identifier = identifier;
        Extends = extends;
        Inside = inside;
        OpenBrace = openBrace;
        Members = members;
        CloseBrace = closeBrace;
    }

    /// <summary>The annotations before the declaration.</summary>
    public SyntaxList<AnnotationSyntax> Annotations { get; }

    /// <summary>Visibility and <c>abstract</c>.</summary>
    public SyntaxTokenList Modifiers { get; }

    /// <summary>The <c>model</c>, <c>concept</c> or <c>event</c> keyword.</summary>
    public SyntaxToken Keyword { get; }

    /// <summary>The declared name.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary>The optional <c>extends</c> clause.</summary>
    public ExtendsClauseSyntax? Extends { get; }

    /// <summary>The optional <c>inside</c> clause.</summary>
    public InsideClauseSyntax? Inside { get; }

    /// <summary>The <c>{</c>.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>Properties, behaviours, nested declarations and invariants.</summary>
    public SyntaxList<MemberDeclarationSyntax> Members { get; }

    /// <summary>The <c>}</c>.</summary>
    public SyntaxToken CloseBrace { get; }

    internal override int SlotCount => 9;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Annotations,
        1 => Modifiers,
        2 => Keyword,
        3 => Identifier,
        4 => Extends,
        5 => Inside,
        6 => OpenBrace,
        7 => Members,
        8 => CloseBrace,
        _ => null,
    };
}
