namespace Flexo.Fml.Syntax;

/// <summary><c>while (condition) statement</c></summary>
public sealed class WhileStatementSyntax : StatementSyntax
{
    internal WhileStatementSyntax(SyntaxToken whileKeyword, SyntaxToken openParen, ExpressionSyntax condition, SyntaxToken closeParen, StatementSyntax statement)
        : base(SyntaxKind.WhileStatement)
    {
        WhileKeyword = whileKeyword;
        OpenParen = openParen;
        Condition = condition;
        CloseParen = closeParen;
        Statement = statement;
    }

    /// <summary>The <c>while</c> keyword.</summary>
    public SyntaxToken WhileKeyword { get; }

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen { get; }

    /// <summary>The condition.</summary>
    public ExpressionSyntax Condition { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen { get; }

    /// <summary>The loop body.</summary>
    public StatementSyntax Statement { get; }

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
