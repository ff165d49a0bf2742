namespace Flexo.Fml.Syntax;

/// <summary><c>namespace "uri" as NS;</c></summary>
public sealed class NamespaceDeclarationSyntax : HeaderDeclarationSyntax
{
    internal NamespaceDeclarationSyntax(SyntaxToken namespaceKeyword, SyntaxToken uri, SyntaxToken asKeyword, SyntaxToken identifier, SyntaxToken semicolon)
        : base(SyntaxKind.NamespaceDeclaration)
    {
        NamespaceKeyword = namespaceKeyword;
        Uri = uri;
        AsKeyword = asKeyword;
        Identifier = identifier;
        Semicolon = semicolon;
    }

    /// <summary>The <c>namespace</c> keyword.</summary>
    public SyntaxToken NamespaceKeyword { get; }

    /// <summary>The string literal holding the namespace URI.</summary>
    public SyntaxToken Uri { get; }

    /// <summary>The <c>as</c> keyword.</summary>
    public SyntaxToken AsKeyword { get; }

    /// <summary>The namespace alias.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => NamespaceKeyword,
        1 => Uri,
        2 => AsKeyword,
        3 => Identifier,
        4 => Semicolon,
        _ => null,
    };
}
