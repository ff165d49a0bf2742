namespace Flexo.Fml.Syntax;

/// <summary><c>[lower,upper]</c> (bounds are numbers or <c>*</c>) or <c>...</c></summary>
public sealed class CardinalitySyntax : SyntaxNode
{
    internal CardinalitySyntax(SyntaxToken? openBracket, SyntaxToken? lower, SyntaxToken? comma, SyntaxToken? upper, SyntaxToken? closeBracket, SyntaxToken? ellipsis)
        : base(SyntaxKind.Cardinality)
    {
        OpenBracket = openBracket;
        Lower = lower;
        Comma = comma;
        Upper = upper;
        CloseBracket = closeBracket;
        Ellipsis = ellipsis;
    }

    /// <summary>The <c>[</c>, for the bracket form.</summary>
    public SyntaxToken? OpenBracket { get; }

    /// <summary>The lower bound (number or <c>*</c>).</summary>
    public SyntaxToken? Lower { get; }

    /// <summary>The <c>,</c>.</summary>
    public SyntaxToken? Comma { get; }

    /// <summary>The upper bound (number or <c>*</c>).</summary>
    public SyntaxToken? Upper { get; }

    /// <summary>The <c>]</c>.</summary>
    public SyntaxToken? CloseBracket { get; }

    /// <summary>The <c>...</c>, for the short many-valued form.</summary>
    public SyntaxToken? Ellipsis { get; }

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
