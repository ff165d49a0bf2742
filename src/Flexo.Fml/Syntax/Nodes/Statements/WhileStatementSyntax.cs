namespace Flexo.Fml.Syntax;

/// <summary><c>while (condition) statement</c></summary>
public sealed class WhileStatementSyntax : StatementSyntax
{
    internal WhileStatementSyntax(TokenTable table, int whileKeyword, int openParen, ExpressionSyntax condition, int closeParen, StatementSyntax statement)
        : base(table)
    {
        _whileKeyword = whileKeyword;
        _openParen = openParen;
        Condition = condition;
        _closeParen = closeParen;
        Statement = statement;
    }

    private readonly int _whileKeyword;

    private readonly int _openParen;

    private readonly int _closeParen;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.WhileStatement;

    /// <summary>The <c>while</c> keyword.</summary>
    public SyntaxToken WhileKeyword => Table.Token(_whileKeyword);

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen => Table.Token(_openParen);

    /// <summary>The condition.</summary>
    public ExpressionSyntax Condition { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen => Table.Token(_closeParen);

    /// <summary>The loop body.</summary>
    public StatementSyntax Statement { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _whileKeyword) >= 0)
        {
            return index;
        }

        if ((index = _openParen) >= 0)
        {
            return index;
        }

        if ((index = Condition.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _closeParen) >= 0)
        {
            return index;
        }

        if ((index = Statement.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Statement.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _closeParen) >= 0)
        {
            return index;
        }

        if ((index = Condition.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _openParen) >= 0)
        {
            return index;
        }

        if ((index = _whileKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => WhileKeyword,
        1 => OpenParen,
        2 => Condition,
        3 => CloseParen,
        4 => Statement,
        _ => null,
    };
}
