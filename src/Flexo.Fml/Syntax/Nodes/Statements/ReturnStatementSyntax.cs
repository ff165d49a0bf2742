namespace Flexo.Fml.Syntax;

/// <summary><c>return [expression];</c></summary>
public sealed class ReturnStatementSyntax : StatementSyntax
{
    internal ReturnStatementSyntax(SyntaxToken returnKeyword, ExpressionSyntax? expression, SyntaxToken semicolon)
        : base(SyntaxKind.ReturnStatement)
    {
        ReturnKeyword = returnKeyword;
        Expression = expression;
        Semicolon = semicolon;
    }

    /// <summary>The <c>return</c> keyword.</summary>
    public SyntaxToken ReturnKeyword { get; }

    /// <summary>The returned value, if any.</summary>
    public ExpressionSyntax? Expression { get; }

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ReturnKeyword,
        1 => Expression,
        2 => Semicolon,
        _ => null,
    };
}
