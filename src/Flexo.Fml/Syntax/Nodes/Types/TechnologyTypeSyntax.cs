namespace Flexo.Fml.Syntax;

/// <summary>A technology-specific type such as <c>OWLIndividualType(owlClass=CAT)</c>.</summary>
public sealed class TechnologyTypeSyntax : TypeSyntax
{
    internal TechnologyTypeSyntax(TokenTable table, int qualifier, int colonColon, int name, KeywordArgumentListSyntax arguments)
        : base(table)
    {
        _qualifier = qualifier;
        _colonColon = colonColon;
        _name = name;
        Arguments = arguments;
    }

    private readonly int _qualifier;

    private readonly int _colonColon;

    private readonly int _name;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.TechnologyType;

    /// <summary>The technology-adapter abbreviation, if qualified.</summary>
    public SyntaxToken? Qualifier => Table.OptionalToken(_qualifier);

    /// <summary>The <c>::</c>, if qualified.</summary>
    public SyntaxToken? ColonColon => Table.OptionalToken(_colonColon);

    /// <summary>The type's keyword.</summary>
    public SyntaxToken Name => Table.Token(_name);

    /// <summary>The keyword arguments.</summary>
    public KeywordArgumentListSyntax Arguments { get; }

    internal override int ComputeFirstToken()
    {
        int index;
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

        if ((index = Arguments.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Arguments.LastTokenIndex) >= 0)
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

        return -1;
    }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Qualifier,
        1 => ColonColon,
        2 => Name,
        3 => Arguments,
        _ => null,
    };
}
