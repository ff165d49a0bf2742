namespace Flexo.Fml.Syntax;

/// <summary><c>do statement while (condition);</c></summary>
public sealed class DoStatementSyntax : StatementSyntax
{
    internal DoStatementSyntax(TokenTable table, int doKeyword, StatementSyntax statement, int whileKeyword, int openParen, ExpressionSyntax condition, int closeParen, int semicolon)
        : base(table)
    {
        _doKeyword = doKeyword;
        Statement = statement;
        _whileKeyword = whileKeyword;
        _openParen = openParen;
        Condition = condition;
        _closeParen = closeParen;
        _semicolon = semicolon;
    }

    private readonly int _doKeyword;

    private readonly int _whileKeyword;

    private readonly int _openParen;

    private readonly int _closeParen;

    private readonly int _semicolon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DoStatement;

    /// <summary>The <c>do</c> keyword.</summary>
    public SyntaxToken DoKeyword => Table.Token(_doKeyword);

    /// <summary>The loop body.</summary>
    public StatementSyntax Statement { get; }

    /// <summary>The <c>while</c> keyword.</summary>
    public SyntaxToken WhileKeyword => Table.Token(_whileKeyword);

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen => Table.Token(_openParen);

    /// <summary>The condition.</summary>
    public ExpressionSyntax Condition { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen => Table.Token(_closeParen);

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon => Table.Token(_semicolon);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _doKeyword) >= 0)
        {
            return index;
        }

        if ((index = Statement.FirstTokenIndex) >= 0)
        {
            return index;
        }

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

        if ((index = _semicolon) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = _semicolon) >= 0)
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

        if ((index = Statement.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _doKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 7;

    internal override object? GetSlot(int index) => index switch
    {
        0 => DoKeyword,
        1 => Statement,
        2 => WhileKeyword,
        3 => OpenParen,
        4 => Condition,
        5 => CloseParen,
        6 => Semicolon,
        _ => null,
    };
}
