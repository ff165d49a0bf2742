namespace Flexo.Fml.Syntax;

/// <summary><c>select [unique] Type [with Kind(...)] from receiver [where (conditions)]</c></summary>
public sealed class SelectExpressionSyntax : ExpressionSyntax
{
    internal SelectExpressionSyntax(TokenTable table, int selectKeyword, int uniqueKeyword, TypeSyntax type, KindClauseSyntax? fetchKind, FromClauseSyntax @from, WhereClauseSyntax? @where)
        : base(table)
    {
        _selectKeyword = selectKeyword;
        _uniqueKeyword = uniqueKeyword;
        Type = type;
        FetchKind = fetchKind;
        From = @from;
        Where = @where;
    }

    private readonly int _selectKeyword;

    private readonly int _uniqueKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SelectExpression;

    /// <summary>The <c>select</c> keyword.</summary>
    public SyntaxToken SelectKeyword => Table.Token(_selectKeyword);

    /// <summary>The <c>unique</c> keyword, if present.</summary>
    public SyntaxToken? UniqueKeyword => Table.OptionalToken(_uniqueKeyword);

    /// <summary>The selected type.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The optional <c>with Kind(...)</c> fetch request.</summary>
    public KindClauseSyntax? FetchKind { get; }

    /// <summary>The <c>from</c> clause.</summary>
    public FromClauseSyntax From { get; }

    /// <summary>The optional <c>where</c> clause.</summary>
    public WhereClauseSyntax? Where { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _selectKeyword) >= 0)
        {
            return index;
        }

        if ((index = _uniqueKeyword) >= 0)
        {
            return index;
        }

        if ((index = Type.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = FetchKind?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = From.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = Where?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Where?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = From.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = FetchKind?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = Type.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _uniqueKeyword) >= 0)
        {
            return index;
        }

        if ((index = _selectKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 6;

    internal override object? GetSlot(int index) => index switch
    {
        0 => SelectKeyword,
        1 => UniqueKeyword,
        2 => Type,
        3 => FetchKind,
        4 => From,
        5 => Where,
        _ => null,
    };
}
