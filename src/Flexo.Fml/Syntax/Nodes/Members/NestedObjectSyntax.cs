namespace Flexo.Fml.Syntax;

/// <summary><c>[TA::]Kind:(k=v, ...)</c> as a keyword-argument value.</summary>
public sealed class NestedObjectSyntax : SyntaxNode
{
    internal NestedObjectSyntax(TokenTable table, int qualifier, int colonColon, int name, int colon, KeywordArgumentListSyntax arguments)
        : base(table)
    {
        _qualifier = qualifier;
        _colonColon = colonColon;
        _name = name;
        _colon = colon;
        Arguments = arguments;
    }

    private readonly int _qualifier;

    private readonly int _colonColon;

    private readonly int _name;

    private readonly int _colon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NestedObject;

    /// <summary>The technology-adapter abbreviation, if qualified.</summary>
    public SyntaxToken? Qualifier => Table.OptionalToken(_qualifier);

    /// <summary>The <c>::</c>, if qualified.</summary>
    public SyntaxToken? ColonColon => Table.OptionalToken(_colonColon);

    /// <summary>The object's kind.</summary>
    public SyntaxToken Name => Table.Token(_name);

    /// <summary>The <c>:</c>.</summary>
    public SyntaxToken Colon => Table.Token(_colon);

    /// <summary>The object's keyword arguments.</summary>
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

        if ((index = _colon) >= 0)
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

        if ((index = _colon) >= 0)
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

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Qualifier,
        1 => ColonColon,
        2 => Name,
        3 => Colon,
        4 => Arguments,
        _ => null,
    };
}
