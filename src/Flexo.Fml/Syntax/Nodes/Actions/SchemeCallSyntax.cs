namespace Flexo.Fml.Syntax;

/// <summary><c>create::m(args)</c>, <c>delete::m(args)</c> or <c>action::m(args)</c></summary>
public sealed class SchemeCallSyntax : SyntaxNode
{
    internal SchemeCallSyntax(TokenTable table, int keyword, int colonColon, int identifier, ArgumentListSyntax arguments)
        : base(table)
    {
        _keyword = keyword;
        _colonColon = colonColon;
        _identifier = identifier;
        Arguments = arguments;
    }

    private readonly int _keyword;

    private readonly int _colonColon;

    private readonly int _identifier;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SchemeCall;

    /// <summary><c>create</c>, <c>delete</c> or <c>action</c>.</summary>
    public SyntaxToken Keyword => Table.Token(_keyword);

    /// <summary>The <c>::</c>.</summary>
    public SyntaxToken ColonColon => Table.Token(_colonColon);

    /// <summary>The behaviour name.</summary>
    public SyntaxToken Identifier => Table.Token(_identifier);

    /// <summary>The arguments.</summary>
    public ArgumentListSyntax Arguments { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _keyword) >= 0)
        {
            return index;
        }

        if ((index = _colonColon) >= 0)
        {
            return index;
        }

        if ((index = _identifier) >= 0)
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

        if ((index = _identifier) >= 0)
        {
            return index;
        }

        if ((index = _colonColon) >= 0)
        {
            return index;
        }

        if ((index = _keyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Keyword,
        1 => ColonColon,
        2 => Identifier,
        3 => Arguments,
        _ => null,
    };
}
