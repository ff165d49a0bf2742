namespace Flexo.Fml.Syntax;

/// <summary><c>match Type [in set] from container [where (p=v, ...)] create::m(args)</c> or <c>... unmatched: expression</c></summary>
public sealed class MatchExpressionSyntax : ExpressionSyntax
{
    internal MatchExpressionSyntax(TokenTable table, int matchKeyword, TypeSyntax type, InClauseSyntax? @in, FromClauseSyntax @from, WhereClauseSyntax? @where, SchemeCallSyntax? create, UnmatchedClauseSyntax? unmatched)
        : base(table)
    {
        _matchKeyword = matchKeyword;
        Type = type;
        In = @in;
        From = @from;
        Where = @where;
        Create = create;
        Unmatched = unmatched;
    }

    private readonly int _matchKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.MatchExpression;

    /// <summary>The <c>match</c> keyword.</summary>
    public SyntaxToken MatchKeyword => Table.Token(_matchKeyword);

    /// <summary>The matched concept.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The optional matching set.</summary>
    public InClauseSyntax? In { get; }

    /// <summary>The container.</summary>
    public FromClauseSyntax From { get; }

    /// <summary>The matching criteria.</summary>
    public WhereClauseSyntax? Where { get; }

    /// <summary>The <c>create::m(args)</c> used when nothing matches.</summary>
    public SchemeCallSyntax? Create { get; }

    /// <summary>The <c>unmatched: expression</c> used when nothing matches.</summary>
    public UnmatchedClauseSyntax? Unmatched { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _matchKeyword) >= 0)
        {
            return index;
        }

        if ((index = Type.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = In?.FirstTokenIndex ?? -1) >= 0)
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

        if ((index = Create?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = Unmatched?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Unmatched?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = Create?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = Where?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = From.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = In?.LastTokenIndex ?? -1) >= 0)
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

        return -1;
    }

    internal override int SlotCount => 7;

    internal override object? GetSlot(int index) => index switch
    {
        0 => MatchKeyword,
        1 => Type,
        2 => In,
        3 => From,
        4 => Where,
        5 => Create,
        6 => Unmatched,
        _ => null,
    };
}
