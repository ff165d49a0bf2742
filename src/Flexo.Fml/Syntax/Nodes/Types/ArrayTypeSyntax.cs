namespace Flexo.Fml.Syntax;

/// <summary><c>T[]</c></summary>
public sealed class ArrayTypeSyntax : TypeSyntax
{
    internal ArrayTypeSyntax(TokenTable table, TypeSyntax elementType, int openBracket, int closeBracket)
        : base(table)
    {
        ElementType = elementType;
        _openBracket = openBracket;
        _closeBracket = closeBracket;
    }

    private readonly int _openBracket;

    private readonly int _closeBracket;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ArrayType;

    /// <summary>The element type.</summary>
    public TypeSyntax ElementType { get; }

    /// <summary>The <c>[</c>.</summary>
    public SyntaxToken OpenBracket => Table.Token(_openBracket);

    /// <summary>The <c>]</c>.</summary>
    public SyntaxToken CloseBracket => Table.Token(_closeBracket);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = ElementType.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _openBracket) >= 0)
        {
            return index;
        }

        if ((index = _closeBracket) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = _closeBracket) >= 0)
        {
            return index;
        }

        if ((index = _openBracket) >= 0)
        {
            return index;
        }

        if ((index = ElementType.LastTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ElementType,
        1 => OpenBracket,
        2 => CloseBracket,
        _ => null,
    };
}
