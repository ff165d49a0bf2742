namespace Flexo.Fml.Syntax;

/// <summary><c>extends A, B</c></summary>
public sealed class ExtendsClauseSyntax : SyntaxNode
{
    internal ExtendsClauseSyntax(TokenTable table, int extendsKeyword, SeparatedSyntaxList<TypeSyntax> types)
        : base(table)
    {
        _extendsKeyword = extendsKeyword;
        Types = types;
    }

    private readonly int _extendsKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ExtendsClause;

    /// <summary>The <c>extends</c> keyword.</summary>
    public SyntaxToken ExtendsKeyword => Table.Token(_extendsKeyword);

    /// <summary>The parents.</summary>
    public SeparatedSyntaxList<TypeSyntax> Types { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _extendsKeyword) >= 0)
        {
            return index;
        }

        if ((index = Types.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Types.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _extendsKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ExtendsKeyword,
        1 => Types.Slot,
        _ => null,
    };
}
