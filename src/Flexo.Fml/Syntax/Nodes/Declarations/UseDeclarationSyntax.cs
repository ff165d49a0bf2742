namespace Flexo.Fml.Syntax;

/// <summary><c>use a.b.ModelSlotClass as TA;</c></summary>
public sealed class UseDeclarationSyntax : HeaderDeclarationSyntax
{
    internal UseDeclarationSyntax(TokenTable table, int useKeyword, NameSyntax name, int asKeyword, int identifier, int semicolon)
        : base(table)
    {
        _useKeyword = useKeyword;
        Name = name;
        _asKeyword = asKeyword;
        _identifier = identifier;
        _semicolon = semicolon;
    }

    private readonly int _useKeyword;

    private readonly int _asKeyword;

    private readonly int _identifier;

    private readonly int _semicolon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UseDeclaration;

    /// <summary>The <c>use</c> keyword.</summary>
    public SyntaxToken UseKeyword => Table.Token(_useKeyword);

    /// <summary>The model-slot class name (Openflexo Java name or Flexo short name).</summary>
    public NameSyntax Name { get; }

    /// <summary>The <c>as</c> keyword.</summary>
    public SyntaxToken AsKeyword => Table.Token(_asKeyword);

    /// <summary>The technology-adapter abbreviation.</summary>
    public SyntaxToken Identifier => Table.Token(_identifier);

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon => Table.Token(_semicolon);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _useKeyword) >= 0)
        {
            return index;
        }

        if ((index = Name.FirstTokenIndex) >= 0)
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

        if ((index = Name.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _useKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => UseKeyword,
        1 => Name,
        2 => AsKeyword,
        3 => Identifier,
        4 => Semicolon,
        _ => null,
    };
}
