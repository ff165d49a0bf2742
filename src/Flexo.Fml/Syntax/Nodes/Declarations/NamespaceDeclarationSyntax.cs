namespace Flexo.Fml.Syntax;

/// <summary><c>namespace "uri" as NS;</c></summary>
public sealed class NamespaceDeclarationSyntax : HeaderDeclarationSyntax
{
    internal NamespaceDeclarationSyntax(TokenTable table, int namespaceKeyword, int uri, int asKeyword, int identifier, int semicolon)
        : base(table)
    {
        _namespaceKeyword = namespaceKeyword;
        _uri = uri;
        _asKeyword = asKeyword;
        _identifier = identifier;
        _semicolon = semicolon;
    }

    private readonly int _namespaceKeyword;

    private readonly int _uri;

    private readonly int _asKeyword;

    private readonly int _identifier;

    private readonly int _semicolon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NamespaceDeclaration;

    /// <summary>The <c>namespace</c> keyword.</summary>
    public SyntaxToken NamespaceKeyword => Table.Token(_namespaceKeyword);

    /// <summary>The string literal holding the namespace URI.</summary>
    public SyntaxToken Uri => Table.Token(_uri);

    /// <summary>The <c>as</c> keyword.</summary>
    public SyntaxToken AsKeyword => Table.Token(_asKeyword);

    /// <summary>The namespace alias.</summary>
    public SyntaxToken Identifier => Table.Token(_identifier);

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon => Table.Token(_semicolon);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _namespaceKeyword) >= 0)
        {
            return index;
        }

        if ((index = _uri) >= 0)
        {
            return index;
        }

        if ((index = _asKeyword) >= 0)
        {
            return index;
        }

        if ((index = _identifier) >= 0)
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

        if ((index = _identifier) >= 0)
        {
            return index;
        }

        if ((index = _asKeyword) >= 0)
        {
            return index;
        }

        if ((index = _uri) >= 0)
        {
            return index;
        }

        if ((index = _namespaceKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

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
