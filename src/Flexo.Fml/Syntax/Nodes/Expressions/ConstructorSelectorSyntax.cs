namespace Flexo.Fml.Syntax;

/// <summary><c>::name</c> naming a creation scheme after <c>new Type</c>.</summary>
public sealed class ConstructorSelectorSyntax : SyntaxNode
{
    internal ConstructorSelectorSyntax(TokenTable table, int colonColon, int identifier)
        : base(table)
    {
        _colonColon = colonColon;
        _identifier = identifier;
    }

    private readonly int _colonColon;

    private readonly int _identifier;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ConstructorSelector;

    /// <summary>The <c>::</c>.</summary>
    public SyntaxToken ColonColon => Table.Token(_colonColon);

    /// <summary>The creation scheme name.</summary>
    public SyntaxToken Identifier => Table.Token(_identifier);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _colonColon) >= 0)
        {
            return index;
        }

        if ((index = _identifier) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = _identifier) >= 0)
        {
            return index;
        }

        if ((index = _colonColon) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ColonColon,
        1 => Identifier,
        _ => null,
    };
}
