namespace Flexo.Fml.Syntax;

/// <summary><c>import a.b.C [as X];</c></summary>
public sealed class JavaImportDeclarationSyntax : HeaderDeclarationSyntax
{
    internal JavaImportDeclarationSyntax(SyntaxToken importKeyword, NameSyntax name, AsClauseSyntax? alias, SyntaxToken semicolon)
        : base(SyntaxKind.JavaImportDeclaration)
    {
        ImportKeyword = importKeyword;
        Name = name;
        Alias = alias;
        Semicolon = semicolon;
    }

    /// <summary>The <c>import</c> keyword.</summary>
    public SyntaxToken ImportKeyword { get; }

    /// <summary>The imported class name.</summary>
    public NameSyntax Name { get; }

    /// <summary>The optional <c>as X</c>.</summary>
    public AsClauseSyntax? Alias { get; }

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ImportKeyword,
        1 => Name,
        2 => Alias,
        3 => Semicolon,
        _ => null,
    };
}
