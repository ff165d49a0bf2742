namespace Flexo.Fml.Syntax;

/// <summary><c>inside A</c></summary>
public sealed class InsideClauseSyntax : SyntaxNode
{
    internal InsideClauseSyntax(TokenTable table, int insideKeyword, TypeSyntax type)
        : base(table)
    {
        _insideKeyword = insideKeyword;
        Type = type;
    }

    private readonly int _insideKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InsideClause;

    /// <summary>The <c>inside</c> keyword.</summary>
    public SyntaxToken InsideKeyword => Table.Token(_insideKeyword);

    /// <summary>The container concept.</summary>
    public TypeSyntax Type { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _insideKeyword) >= 0)
        {
            return index;
        }

        if ((index = Type.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Type.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _insideKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => InsideKeyword,
        1 => Type,
        _ => null,
    };
}
