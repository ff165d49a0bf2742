namespace Flexo.Fml.Syntax;

/// <summary>A primitive type: <c>int</c>, <c>boolean</c>, <c>void</c>, ...</summary>
public sealed class PredefinedTypeSyntax : TypeSyntax
{
    internal PredefinedTypeSyntax(TokenTable table, int keyword)
        : base(table)
    {
        _keyword = keyword;
    }

    private readonly int _keyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.PredefinedType;

    /// <summary>The type keyword.</summary>
    public SyntaxToken Keyword => Table.Token(_keyword);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _keyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = _keyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Keyword,
        _ => null,
    };
}
