namespace Flexo.Fml.Syntax;

/// <summary><c>{ Kind:(...), Kind:(...) }</c></summary>
public sealed class NestedObjectListSyntax : SyntaxNode
{
    internal NestedObjectListSyntax(SyntaxToken openBrace, SeparatedSyntaxList<NestedObjectSyntax> objects, SyntaxToken closeBrace)
        : base(SyntaxKind.NestedObjectList)
    {
        OpenBrace = openBrace;
        Objects = objects;
        CloseBrace = closeBrace;
    }

    /// <summary>The <c>{</c>.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>The objects.</summary>
    public SeparatedSyntaxList<NestedObjectSyntax> Objects { get; }

    /// <summary>The <c>}</c>.</summary>
    public SyntaxToken CloseBrace { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OpenBrace,
        1 => Objects,
        2 => CloseBrace,
        _ => null,
    };
}
