namespace Flexo.Fml.Syntax;

/// <summary><c>import [uri] as X;</c> or <c>import [uri : objectId] as X;</c></summary>
public sealed class UriImportDeclarationSyntax : HeaderDeclarationSyntax
{
    internal UriImportDeclarationSyntax(TokenTable table, int importKeyword, int openBracket, ExpressionSyntax resource, int colon, ExpressionSyntax? @object, int closeBracket, AsClauseSyntax? alias, int semicolon)
        : base(table)
    {
        _importKeyword = importKeyword;
        _openBracket = openBracket;
        Resource = resource;
        _colon = colon;
        Object = @object;
        _closeBracket = closeBracket;
        Alias = alias;
        _semicolon = semicolon;
    }

    private readonly int _importKeyword;

    private readonly int _openBracket;

    private readonly int _colon;

    private readonly int _closeBracket;

    private readonly int _semicolon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UriImportDeclaration;

    /// <summary>The <c>import</c> keyword.</summary>
    public SyntaxToken ImportKeyword => Table.Token(_importKeyword);

    /// <summary>The <c>[</c>.</summary>
    public SyntaxToken OpenBracket => Table.Token(_openBracket);

    /// <summary>The resource URI expression.</summary>
    public ExpressionSyntax Resource { get; }

    /// <summary>The <c>:</c> before an object id, if any.</summary>
    public SyntaxToken? Colon => Table.OptionalToken(_colon);

    /// <summary>The object id expression, if any.</summary>
    public ExpressionSyntax? Object { get; }

    /// <summary>The <c>]</c>.</summary>
    public SyntaxToken CloseBracket => Table.Token(_closeBracket);

    /// <summary>The optional <c>as X</c>.</summary>
    public AsClauseSyntax? Alias { get; }

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon => Table.Token(_semicolon);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _importKeyword) >= 0)
        {
            return index;
        }

        if ((index = _openBracket) >= 0)
        {
            return index;
        }

        if ((index = Resource.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _colon) >= 0)
        {
            return index;
        }

        if ((index = Object?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _closeBracket) >= 0)
        {
            return index;
        }

        if ((index = Alias?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _semicolon) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = _semicolon) >= 0)
        {
            return index;
        }

        if ((index = Alias?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _closeBracket) >= 0)
        {
            return index;
        }

        if ((index = Object?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _colon) >= 0)
        {
            return index;
        }

        if ((index = Resource.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _openBracket) >= 0)
        {
            return index;
        }

        if ((index = _importKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

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
