namespace Flexo.Fml.Syntax;

/// <summary><c>for (init; condition; update) statement</c></summary>
public sealed class ForStatementSyntax : StatementSyntax
{
    internal ForStatementSyntax(SyntaxToken forKeyword, SyntaxToken openParen, VariableDeclarationSyntax? declaration, SeparatedSyntaxList<ExpressionSyntax> initializers, SyntaxToken firstSemicolon, ExpressionSyntax? condition, SyntaxToken secondSemicolon, SeparatedSyntaxList<ExpressionSyntax> incrementors, SyntaxToken closeParen, StatementSyntax statement)
        : base(SyntaxKind.ForStatement)
    {
        ForKeyword = forKeyword;
        OpenParen = openParen;
        Declaration = declaration;
        Initializers = initializers;
        FirstSemicolon = firstSemicolon;
        Condition = condition;
        SecondSemicolon = secondSemicolon;
        Incrementors = incrementors;
        CloseParen = closeParen;
        Statement = statement;
    }

    /// <summary>The <c>for</c> keyword.</summary>
    public SyntaxToken ForKeyword { get; }

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen { get; }

    /// <summary>The declared loop variable, if the initializer is a declaration.</summary>
    public VariableDeclarationSyntax? Declaration { get; }

    /// <summary>The initializer expressions, otherwise.</summary>
    public SeparatedSyntaxList<ExpressionSyntax> Initializers { get; }

    /// <summary>The first <c>;</c>.</summary>
    public SyntaxToken FirstSemicolon { get; }

    /// <summary>The condition, if any.</summary>
    public ExpressionSyntax? Condition { get; }

    /// <summary>The second <c>;</c>.</summary>
    public SyntaxToken SecondSemicolon { get; }

    /// <summary>The update expressions.</summary>
    public SeparatedSyntaxList<ExpressionSyntax> Incrementors { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen { get; }

    /// <summary>The loop body.</summary>
    public StatementSyntax Statement { get; }

    internal override int SlotCount => 10;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ForKeyword,
        1 => OpenParen,
        2 => Declaration,
        3 => Initializers,
        4 => FirstSemicolon,
        5 => Condition,
        6 => SecondSemicolon,
        7 => Incrementors,
        8 => CloseParen,
        9 => Statement,
        _ => null,
    };
}
