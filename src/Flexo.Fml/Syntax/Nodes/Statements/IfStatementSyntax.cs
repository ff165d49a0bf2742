namespace Flexo.Fml.Syntax;

/// <summary><c>if (condition) statement [else statement]</c></summary>
public sealed class IfStatementSyntax : StatementSyntax
{
    internal IfStatementSyntax(SyntaxToken ifKeyword, SyntaxToken openParen, ExpressionSyntax condition, SyntaxToken closeParen, StatementSyntax statement, ElseClauseSyntax? @else)
        : base(SyntaxKind.IfStatement)
    {
        IfKeyword = ifKeyword;
        OpenParen = openParen;
        Condition = condition;
        CloseParen = closeParen;
        Statement = statement;
        Else = @else;
    }

    /// <summary>The <c>if</c> keyword.</summary>
    public SyntaxToken IfKeyword { get; }

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen { get; }

    /// <summary>The condition.</summary>
    public ExpressionSyntax Condition { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen { get; }

    /// <summary>The branch taken when the condition holds.</summary>
    public StatementSyntax Statement { get; }

    /// <summary>The optional else branch.</summary>
    public ElseClauseSyntax? Else { get; }

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
