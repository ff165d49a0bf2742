namespace Flexo.Fml.Syntax;

/// <summary><c>T[]</c></summary>
public sealed class ArrayTypeSyntax : TypeSyntax
{
    internal ArrayTypeSyntax(TypeSyntax elementType, SyntaxToken openBracket, SyntaxToken closeBracket)
        : base(SyntaxKind.ArrayType)
    {
        ElementType = elementType;
        OpenBracket = openBracket;
        CloseBracket = closeBracket;
    }

    /// <summary>The element type.</summary>
    public TypeSyntax ElementType { get; }

    /// <summary>The <c>[</c>.</summary>
    public SyntaxToken OpenBracket { get; }

    /// <summary>The <c>]</c>.</summary>
    public SyntaxToken CloseBracket { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ElementType,
        1 => OpenBracket,
        2 => CloseBracket,
        _ => null,
    };
}
