namespace Flexo.Fml.Syntax;

/// <summary>A stored property: plain (<c>T x [= e];</c>), role (<c>T x with [TA::]Kind(...);</c>) or abstract (<c>abstract T x;</c>).</summary>
public sealed class PropertyDeclarationSyntax : MemberDeclarationSyntax
{
    internal PropertyDeclarationSyntax(SyntaxList<AnnotationSyntax> annotations, SyntaxTokenList modifiers, TypeSyntax type, CardinalitySyntax? cardinality, SyntaxToken identifier, EqualsValueClauseSyntax? initializer, KindClauseSyntax? role, SyntaxToken semicolon)
        : base(SyntaxKind.PropertyDeclaration)
    {
        Annotations = annotations;
        Modifiers = modifiers;
        Type = type;
        Cardinality = cardinality;
        Identifier = identifier;
        Initializer = initializer;
        Role = role;
        Semicolon = semicolon;
    }

    /// <summary>Annotations (accepted, not meaningful on properties).</summary>
    public SyntaxList<AnnotationSyntax> Annotations { get; }

    /// <summary>Visibility and <c>abstract</c>.</summary>
    public SyntaxTokenList Modifiers { get; }

    /// <summary>The declared type.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The optional cardinality.</summary>
    public CardinalitySyntax? Cardinality { get; }

    /// <summary>The property name.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary>The optional initial value.</summary>
    public EqualsValueClauseSyntax? Initializer { get; }

    /// <summary>The optional <c>with Kind(...)</c> role clause.</summary>
    public KindClauseSyntax? Role { get; }

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 8;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Annotations,
        1 => Modifiers,
        2 => Type,
        3 => Cardinality,
        4 => Identifier,
        5 => Initializer,
        6 => Role,
        7 => Semicolon,
        _ => null,
    };
}
