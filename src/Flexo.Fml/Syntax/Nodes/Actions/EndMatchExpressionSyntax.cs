namespace Flexo.Fml.Syntax;

/// <summary><c>end match Type in set delete::m(args)</c>, <c>action::m(args)</c> or <c>unmatched: call</c></summary>
public sealed class EndMatchExpressionSyntax : ExpressionSyntax
{
    internal EndMatchExpressionSyntax(TokenTable table, int endKeyword, int matchKeyword, TypeSyntax type, InClauseSyntax @in, SchemeCallSyntax? call, UnmatchedClauseSyntax? unmatched)
        : base(table)
    {
        _endKeyword = endKeyword;
        _matchKeyword = matchKeyword;
        Type = type;
        In = @in;
        Call = call;
        Unmatched = unmatched;
    }

    private readonly int _endKeyword;

    private readonly int _matchKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EndMatchExpression;

    /// <summary>The <c>end</c> keyword.</summary>
    public SyntaxToken EndKeyword => Table.Token(_endKeyword);

    /// <summary>The <c>match</c> keyword.</summary>
    public SyntaxToken MatchKeyword => Table.Token(_matchKeyword);

    /// <summary>The matched concept.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The matching set.</summary>
    public InClauseSyntax In { get; }

    /// <summary>The <c>delete::m(args)</c> or <c>action::m(args)</c> applied to unmatched instances.</summary>
    public SchemeCallSyntax? Call { get; }

    /// <summary>The <c>unmatched: call</c> applied to unmatched instances.</summary>
    public UnmatchedClauseSyntax? Unmatched { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _endKeyword) >= 0)
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

        if ((index = In.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = Call?.FirstTokenIndex ?? -1) >= 0)
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

        if ((index = Call?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = In.LastTokenIndex) >= 0)
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

        if ((index = _endKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 6;

    internal override object? GetSlot(int index) => index switch
    {
        0 => EndKeyword,
        1 => MatchKeyword,
        2 => Type,
        3 => In,
        4 => Call,
        5 => Unmatched,
        _ => null,
    };
}
