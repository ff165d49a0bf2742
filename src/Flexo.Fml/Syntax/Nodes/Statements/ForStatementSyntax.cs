namespace Flexo.Fml.Syntax;

/// <summary><c>for (init; condition; update) statement</c></summary>
public sealed class ForStatementSyntax : StatementSyntax
{
    internal ForStatementSyntax(TokenTable table, int forKeyword, int openParen, VariableDeclarationSyntax? declaration, SeparatedSyntaxList<ExpressionSyntax> initializers, int firstSemicolon, ExpressionSyntax? condition, int secondSemicolon, SeparatedSyntaxList<ExpressionSyntax> incrementors, int closeParen, StatementSyntax statement)
        : base(table)
    {
        _forKeyword = forKeyword;
        _openParen = openParen;
        Declaration = declaration;
        Initializers = initializers;
        _firstSemicolon = firstSemicolon;
        Condition = condition;
        _secondSemicolon = secondSemicolon;
        Incrementors = incrementors;
        _closeParen = closeParen;
        Statement = statement;
    }

    private readonly int _forKeyword;

    private readonly int _openParen;

    private readonly int _firstSemicolon;

    private readonly int _secondSemicolon;

    private readonly int _closeParen;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ForStatement;

    /// <summary>The <c>for</c> keyword.</summary>
    public SyntaxToken ForKeyword => Table.Token(_forKeyword);

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen => Table.Token(_openParen);

    /// <summary>The declared loop variable, if the initializer is a declaration.</summary>
    public VariableDeclarationSyntax? Declaration { get; }

    /// <summary>The initializer expressions, otherwise.</summary>
    public SeparatedSyntaxList<ExpressionSyntax> Initializers { get; }

    /// <summary>The first <c>;</c>.</summary>
    public SyntaxToken FirstSemicolon => Table.Token(_firstSemicolon);

    /// <summary>The condition, if any.</summary>
    public ExpressionSyntax? Condition { get; }

    /// <summary>The second <c>;</c>.</summary>
    public SyntaxToken SecondSemicolon => Table.Token(_secondSemicolon);

    /// <summary>The update expressions.</summary>
    public SeparatedSyntaxList<ExpressionSyntax> Incrementors { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen => Table.Token(_closeParen);

    /// <summary>The loop body.</summary>
    public StatementSyntax Statement { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _forKeyword) >= 0)
        {
            return index;
        }

        if ((index = _openParen) >= 0)
        {
            return index;
        }

        if ((index = Declaration?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = Initializers.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _firstSemicolon) >= 0)
        {
            return index;
        }

        if ((index = Condition?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _secondSemicolon) >= 0)
        {
            return index;
        }

        if ((index = Incrementors.FirstTokenIndex) >= 0)
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

        if ((index = Incrementors.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _secondSemicolon) >= 0)
        {
            return index;
        }

        if ((index = Condition?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _firstSemicolon) >= 0)
        {
            return index;
        }

        if ((index = Initializers.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = Declaration?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _openParen) >= 0)
        {
            return index;
        }

        if ((index = _forKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 10;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ForKeyword,
        1 => OpenParen,
        2 => Declaration,
        3 => Initializers.Slot,
        4 => FirstSemicolon,
        5 => Condition,
        6 => SecondSemicolon,
        7 => Incrementors.Slot,
        8 => CloseParen,
        9 => Statement,
        _ => null,
    };
}
