namespace Flexo.Fml.Syntax;

/// <summary>A simple name, as a type or as an expression.</summary>
public sealed class IdentifierNameSyntax : SimpleNameSyntax
{
    internal IdentifierNameSyntax(TokenTable table, int identifier)
        : base(table)
    {
        _identifier = identifier;
    }

    private readonly int _identifier;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.IdentifierName;

    /// <summary>The name.</summary>
    public override SyntaxToken Identifier => Table.Token(_identifier);

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
