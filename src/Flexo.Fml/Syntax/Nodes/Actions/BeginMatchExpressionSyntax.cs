namespace Flexo.Fml.Syntax;

/// <summary><c>begin match Type from container [where (conditions)]</c></summary>
public sealed class BeginMatchExpressionSyntax : ExpressionSyntax
{
    internal BeginMatchExpressionSyntax(TokenTable table, int beginKeyword, int matchKeyword, TypeSyntax type, FromClauseSyntax @from, WhereClauseSyntax? @where)
        : base(table)
    {
        _beginKeyword = beginKeyword;
        _matchKeyword = matchKeyword;
        Type = type;
        From = @from;
        Where = @where;
    }

    private readonly int _beginKeyword;

    private readonly int _matchKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.BeginMatchExpression;

    /// <summary>The <c>begin</c> keyword.</summary>
    public SyntaxToken BeginKeyword => Table.Token(_beginKeyword);

    /// <summary>The <c>match</c> keyword.</summary>
    public SyntaxToken MatchKeyword => Table.Token(_matchKeyword);

    /// <summary>The matched concept.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The container.</summary>
    public FromClauseSyntax From { get; }

    /// <summary>The optional candidate filter.</summary>
    public WhereClauseSyntax? Where { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _beginKeyword) >= 0)
        {
            return index;
        }

        if ((index = _matchKeyword) >= 0)
        {
            return index;
        }

        if ((index = Type.FirstTokenIndex) >= 0)
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

        if ((index = Type.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _matchKeyword) >= 0)
        {
            return index;
        }

        if ((index = _beginKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => BeginKeyword,
        1 => MatchKeyword,
        2 => Type,
        3 => From,
        4 => Where,
        _ => null,
    };
}
