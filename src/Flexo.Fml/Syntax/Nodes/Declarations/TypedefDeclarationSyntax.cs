namespace Flexo.Fml.Syntax;

/// <summary><c>typedef Type as Name;</c></summary>
public sealed class TypedefDeclarationSyntax : HeaderDeclarationSyntax
{
    internal TypedefDeclarationSyntax(SyntaxToken typedefKeyword, TypeSyntax type, SyntaxToken asKeyword, SyntaxToken identifier, SyntaxToken semicolon)
        : base(SyntaxKind.TypedefDeclaration)
    {
        TypedefKeyword = typedefKeyword;
        Type = type;
        AsKeyword = asKeyword;
        Identifier = identifier;
        Semicolon = semicolon;
    }

    /// <summary>The <c>typedef</c> keyword.</summary>
    public SyntaxToken TypedefKeyword { get; }

    /// <summary>The named type.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The <c>as</c> keyword.</summary>
    public SyntaxToken AsKeyword { get; }

    /// <summary>The new type name.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => TypedefKeyword,
        1 => Type,
        2 => AsKeyword,
        3 => Identifier,
        4 => Semicolon,
        _ => null,
    };
}
