namespace Flexo.Fml.Syntax;

/// <summary>One value of an enum.</summary>
public sealed class EnumValueSyntax : SyntaxNode
{
    internal EnumValueSyntax(TokenTable table, int identifier)
        : base(table)
    {
        _identifier = identifier;
    }

    private readonly int _identifier;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    /// <summary>The value's name.</summary>
    public SyntaxToken Identifier => Table.Token(_identifier);

    internal override int ComputeFirstToken()
    {
        int index;
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

        return -1;
    }

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Identifier,
        _ => null,
    };
}
