namespace Flexo.Fml.Syntax;

/// <summary><c>with [TA::]Kind(k=v, ...)</c>: the role, behaviour or fetch-request kind.</summary>
public sealed class KindClauseSyntax : SyntaxNode
{
    internal KindClauseSyntax(TokenTable table, int withKeyword, int qualifier, int colonColon, int name, KeywordArgumentListSyntax? arguments)
        : base(table)
    {
        _withKeyword = withKeyword;
        _qualifier = qualifier;
        _colonColon = colonColon;
        _name = name;
        Arguments = arguments;
    }

    private readonly int _withKeyword;

    private readonly int _qualifier;

    private readonly int _colonColon;

    private readonly int _name;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.KindClause;

    /// <summary>The <c>with</c> keyword.</summary>
    public SyntaxToken WithKeyword => Table.Token(_withKeyword);

    /// <summary>The technology-adapter abbreviation, if qualified.</summary>
    public SyntaxToken? Qualifier => Table.OptionalToken(_qualifier);

    /// <summary>The <c>::</c>, if qualified.</summary>
    public SyntaxToken? ColonColon => Table.OptionalToken(_colonColon);

    /// <summary>The kind's keyword (<c>ConceptInstance</c>, <c>CSVRow</c>, ...).</summary>
    public SyntaxToken Name => Table.Token(_name);

    /// <summary>The keyword arguments.</summary>
    public KeywordArgumentListSyntax? Arguments { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _withKeyword) >= 0)
        {
            return index;
        }

        if ((index = _qualifier) >= 0)
        {
            return index;
        }

        if ((index = _colonColon) >= 0)
        {
            return index;
        }

        if ((index = _name) >= 0)
        {
            return index;
        }

        if ((index = Arguments?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Arguments?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _name) >= 0)
        {
            return index;
        }

        if ((index = _colonColon) >= 0)
        {
            return index;
        }

        if ((index = _qualifier) >= 0)
        {
            return index;
        }

        if ((index = _withKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => WithKeyword,
        1 => Qualifier,
        2 => ColonColon,
        3 => Name,
        4 => Arguments,
        _ => null,
    };
}
