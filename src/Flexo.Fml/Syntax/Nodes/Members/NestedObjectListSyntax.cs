namespace Flexo.Fml.Syntax;

/// <summary><c>{ Kind:(...), Kind:(...) }</c></summary>
public sealed class NestedObjectListSyntax : SyntaxNode
{
    internal NestedObjectListSyntax(TokenTable table, int openBrace, SeparatedSyntaxList<NestedObjectSyntax> objects, int closeBrace)
        : base(table)
    {
        _openBrace = openBrace;
        Objects = objects;
        _closeBrace = closeBrace;
    }

    private readonly int _openBrace;

    private readonly int _closeBrace;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NestedObjectList;

    /// <summary>The <c>{</c>.</summary>
    public SyntaxToken OpenBrace => Table.Token(_openBrace);

    /// <summary>The objects.</summary>
    public SeparatedSyntaxList<NestedObjectSyntax> Objects { get; }

    /// <summary>The <c>}</c>.</summary>
    public SyntaxToken CloseBrace => Table.Token(_closeBrace);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _openBrace) >= 0)
        {
            return index;
        }

        if ((index = Objects.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _closeBrace) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = _closeBrace) >= 0)
        {
            return index;
        }

        if ((index = Objects.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _openBrace) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OpenBrace,
        1 => Objects.Slot,
        2 => CloseBrace,
        _ => null,
    };
}
