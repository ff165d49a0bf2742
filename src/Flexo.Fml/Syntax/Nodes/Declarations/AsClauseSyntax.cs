namespace Flexo.Fml.Syntax;

/// <summary><c>as Name</c></summary>
public sealed class AsClauseSyntax : SyntaxNode
{
    internal AsClauseSyntax(TokenTable table, int asKeyword, int identifier)
        : base(table)
    {
        _asKeyword = asKeyword;
        _identifier = identifier;
    }

    private readonly int _asKeyword;

    private readonly int _identifier;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.AsClause;

    /// <summary>The <c>as</c> keyword.</summary>
    public SyntaxToken AsKeyword => Table.Token(_asKeyword);

    /// <summary>The alias.</summary>
    public SyntaxToken Identifier => Table.Token(_identifier);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _asKeyword) >= 0)
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

        if ((index = _asKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => AsKeyword,
        1 => Identifier,
        _ => null,
    };
}
