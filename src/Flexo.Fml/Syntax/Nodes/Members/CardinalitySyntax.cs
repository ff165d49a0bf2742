namespace Flexo.Fml.Syntax;

/// <summary><c>[lower,upper]</c> (bounds are numbers or <c>*</c>) or <c>...</c></summary>
public sealed class CardinalitySyntax : SyntaxNode
{
    internal CardinalitySyntax(TokenTable table, int openBracket, int lower, int comma, int upper, int closeBracket, int ellipsis)
        : base(table)
    {
        _openBracket = openBracket;
        _lower = lower;
        _comma = comma;
        _upper = upper;
        _closeBracket = closeBracket;
        _ellipsis = ellipsis;
    }

    private readonly int _openBracket;

    private readonly int _lower;

    private readonly int _comma;

    private readonly int _upper;

    private readonly int _closeBracket;

    private readonly int _ellipsis;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Cardinality;

    /// <summary>The <c>[</c>, for the bracket form.</summary>
    public SyntaxToken? OpenBracket => Table.OptionalToken(_openBracket);

    /// <summary>The lower bound (number or <c>*</c>).</summary>
    public SyntaxToken? Lower => Table.OptionalToken(_lower);

    /// <summary>The <c>,</c>.</summary>
    public SyntaxToken? Comma => Table.OptionalToken(_comma);

    /// <summary>The upper bound (number or <c>*</c>).</summary>
    public SyntaxToken? Upper => Table.OptionalToken(_upper);

    /// <summary>The <c>]</c>.</summary>
    public SyntaxToken? CloseBracket => Table.OptionalToken(_closeBracket);

    /// <summary>The <c>...</c>, for the short many-valued form.</summary>
    public SyntaxToken? Ellipsis => Table.OptionalToken(_ellipsis);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _openBracket) >= 0)
        {
            return index;
        }

        if ((index = _lower) >= 0)
        {
            return index;
        }

        if ((index = _comma) >= 0)
        {
            return index;
        }

        if ((index = _upper) >= 0)
        {
            return index;
        }

        if ((index = _closeBracket) >= 0)
        {
            return index;
        }

        if ((index = _ellipsis) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = _ellipsis) >= 0)
        {
            return index;
        }

        if ((index = _closeBracket) >= 0)
        {
            return index;
        }

        if ((index = _upper) >= 0)
        {
            return index;
        }

        if ((index = _comma) >= 0)
        {
            return index;
        }

        if ((index = _lower) >= 0)
        {
            return index;
        }

        if ((index = _openBracket) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 6;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OpenBracket,
        1 => Lower,
        2 => Comma,
        3 => Upper,
        4 => CloseBracket,
        5 => Ellipsis,
        _ => null,
    };
}
