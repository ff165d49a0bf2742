namespace Flexo.Fml.Syntax;

/// <summary><c>return [expression];</c></summary>
public sealed class ReturnStatementSyntax : StatementSyntax
{
    internal ReturnStatementSyntax(TokenTable table, int returnKeyword, ExpressionSyntax? expression, int semicolon)
        : base(table)
    {
        _returnKeyword = returnKeyword;
        Expression = expression;
        _semicolon = semicolon;
    }

    private readonly int _returnKeyword;

    private readonly int _semicolon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ReturnStatement;

    /// <summary>The <c>return</c> keyword.</summary>
    public SyntaxToken ReturnKeyword => Table.Token(_returnKeyword);

    /// <summary>The returned value, if any.</summary>
    public ExpressionSyntax? Expression { get; }

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon => Table.Token(_semicolon);

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ReturnKeyword,
        1 => Expression,
        2 => Semicolon,
        _ => null,
    };
}
