namespace Flexo.Fml.Syntax;

/// <summary><c>if (condition) statement [else statement]</c></summary>
public sealed class IfStatementSyntax : StatementSyntax
{
    internal IfStatementSyntax(TokenTable table, int ifKeyword, int openParen, ExpressionSyntax condition, int closeParen, StatementSyntax statement, ElseClauseSyntax? @else)
        : base(table)
    {
        _ifKeyword = ifKeyword;
        _openParen = openParen;
        Condition = condition;
        _closeParen = closeParen;
        Statement = statement;
        Else = @else;
    }

    private readonly int _ifKeyword;

    private readonly int _openParen;

    private readonly int _closeParen;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.IfStatement;

    /// <summary>The <c>if</c> keyword.</summary>
    public SyntaxToken IfKeyword => Table.Token(_ifKeyword);

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen => Table.Token(_openParen);

    /// <summary>The condition.</summary>
    public ExpressionSyntax Condition { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen => Table.Token(_closeParen);

    /// <summary>The branch taken when the condition holds.</summary>
    public StatementSyntax Statement { get; }

    /// <summary>The optional else branch.</summary>
    public ElseClauseSyntax? Else { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _ifKeyword) >= 0)
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

        if ((index = Else?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Else?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

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

        if ((index = _ifKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 6;

    internal override object? GetSlot(int index) => index switch
    {
        0 => IfKeyword,
        1 => OpenParen,
        2 => Condition,
        3 => CloseParen,
        4 => Statement,
        5 => Else,
        _ => null,
    };
}
