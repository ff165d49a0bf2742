namespace Flexo.Fml.Syntax;

/// <summary><c>where (condition, ...)</c></summary>
public sealed class WhereClauseSyntax : SyntaxNode
{
    internal WhereClauseSyntax(TokenTable table, int whereKeyword, ArgumentListSyntax conditions)
        : base(table)
    {
        _whereKeyword = whereKeyword;
        Conditions = conditions;
    }

    private readonly int _whereKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.WhereClause;

    /// <summary>The <c>where</c> keyword.</summary>
    public SyntaxToken WhereKeyword => Table.Token(_whereKeyword);

    /// <summary>The conditions (all must hold).</summary>
    public ArgumentListSyntax Conditions { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _whereKeyword) >= 0)
        {
            return index;
        }

        if ((index = Conditions.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Conditions.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _whereKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => WhereKeyword,
        1 => Conditions,
        _ => null,
    };
}
