namespace Flexo.Fml.Syntax;

/// <summary><c>import [uri] as X;</c> or <c>import [uri : objectId] as X;</c></summary>
public sealed class UriImportDeclarationSyntax : HeaderDeclarationSyntax
{
    internal UriImportDeclarationSyntax(SyntaxToken importKeyword, SyntaxToken openBracket, ExpressionSyntax resource, SyntaxToken? colon, ExpressionSyntax? @object, SyntaxToken closeBracket, AsClauseSyntax? alias, SyntaxToken semicolon)
        : base(SyntaxKind.UriImportDeclaration)
    {
        ImportKeyword = importKeyword;
        OpenBracket = openBracket;
        Resource = resource;
        Colon = colon;
        Object = @object;
        CloseBracket = closeBracket;
        Alias = alias;
        Semicolon = semicolon;
    }

    /// <summary>The <c>import</c> keyword.</summary>
    public SyntaxToken ImportKeyword { get; }

    /// <summary>The <c>[</c>.</summary>
    public SyntaxToken OpenBracket { get; }

    /// <summary>The resource URI expression.</summary>
    public ExpressionSyntax Resource { get; }

    /// <summary>The <c>:</c> before an object id, if any.</summary>
    public SyntaxToken? Colon { get; }

    /// <summary>The object id expression, if any.</summary>
    public ExpressionSyntax? Object { get; }

    /// <summary>The <c>]</c>.</summary>
    public SyntaxToken CloseBracket { get; }

    /// <summary>The optional <c>as X</c>.</summary>
    public AsClauseSyntax? Alias { get; }

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 8;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ImportKeyword,
        1 => OpenBracket,
        2 => Resource,
        3 => Colon,
        4 => Object,
        5 => CloseBracket,
        6 => Alias,
        7 => Semicolon,
        _ => null,
    };
}
