namespace Flexo.Fml.Syntax;

/// <summary><c>do statement while (condition);</c></summary>
public sealed class DoStatementSyntax : StatementSyntax
{
    internal DoStatementSyntax(SyntaxToken doKeyword, StatementSyntax statement, SyntaxToken whileKeyword, SyntaxToken openParen, ExpressionSyntax condition, SyntaxToken closeParen, SyntaxToken semicolon)
        : base(SyntaxKind.DoStatement)
    {
        DoKeyword = doKeyword;
        Statement = statement;
        WhileKeyword = whileKeyword;
        OpenParen = openParen;
        Condition = condition;
        CloseParen = closeParen;
        Semicolon = semicolon;
    }

    /// <summary>The <c>do</c> keyword.</summary>
    public SyntaxToken DoKeyword { get; }

    /// <summary>The loop body.</summary>
    public StatementSyntax Statement { get; }

    /// <summary>The <c>while</c> keyword.</summary>
    public SyntaxToken WhileKeyword { get; }

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen { get; }

    /// <summary>The condition.</summary>
    public ExpressionSyntax Condition { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen { get; }

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon { get; }

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
