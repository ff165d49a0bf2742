namespace Flexo.Fml.Syntax;

/// <summary><c>import a.b.C [as X];</c></summary>
public sealed class JavaImportDeclarationSyntax : HeaderDeclarationSyntax
{
    internal JavaImportDeclarationSyntax(TokenTable table, int importKeyword, NameSyntax name, AsClauseSyntax? alias, int semicolon)
        : base(table)
    {
        _importKeyword = importKeyword;
        Name = name;
        Alias = alias;
        _semicolon = semicolon;
    }

    private readonly int _importKeyword;

    private readonly int _semicolon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.JavaImportDeclaration;

    /// <summary>The <c>import</c> keyword.</summary>
    public SyntaxToken ImportKeyword => Table.Token(_importKeyword);

    /// <summary>The imported class name.</summary>
    public NameSyntax Name { get; }

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

        if ((index = Name.FirstTokenIndex) >= 0)
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

        if ((index = Name.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _importKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

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
