namespace Flexo.Fml.Syntax;

/// <summary><c>T name { T get() {...} set(T v) {...} };</c></summary>
public sealed class GetSetPropertyDeclarationSyntax : MemberDeclarationSyntax
{
    internal GetSetPropertyDeclarationSyntax(SyntaxList<AnnotationSyntax> annotations, SyntaxTokenList modifiers, TypeSyntax type, CardinalitySyntax? cardinality, SyntaxToken identifier, SyntaxToken openBrace, GetAccessorSyntax getter, SetAccessorSyntax? setter, SyntaxToken closeBrace, SyntaxToken? semicolon)
        : base(SyntaxKind.GetSetPropertyDeclaration)
    {
        Annotations = annotations;
        Modifiers = modifiers;
        Type = type;
        Cardinality = cardinality;
        Identifier = identifier;
        OpenBrace = openBrace;
        Getter = getter;
        Setter = setter;
        CloseBrace = closeBrace;
        Semicolon = semicolon;
    }

    /// <summary>Annotations (accepted, not meaningful on properties).</summary>
    public SyntaxList<AnnotationSyntax> Annotations { get; }

    /// <summary>Visibility modifiers.</summary>
    public SyntaxTokenList Modifiers { get; }

    /// <summary>The declared type.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The optional cardinality.</summary>
    public CardinalitySyntax? Cardinality { get; }

    /// <summary>The property name.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary>The <c>{</c>.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>The getter.</summary>
    public GetAccessorSyntax Getter { get; }

    /// <summary>The optional setter.</summary>
    public SetAccessorSyntax? Setter { get; }

    /// <summary>The <c>}</c>.</summary>
    public SyntaxToken CloseBrace { get; }

    /// <summary>The final <c>;</c> (required by Openflexo, optional here).</summary>
    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 10;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Annotations,
        1 => Modifiers,
        2 => Type,
        3 => Cardinality,
        4 => Identifier,
        5 => OpenBrace,
        6 => Getter,
        7 => Setter,
        8 => CloseBrace,
        9 => Semicolon,
        _ => null,
    };
}
