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

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _returnKeyword) >= 0)
        {
            return index;
        }

        if ((index = Expression?.FirstTokenIndex ?? -1) >= 0)
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

        if ((index = Expression?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _returnKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ReturnKeyword,
        1 => Expression,
        2 => Semicolon,
        _ => null,
    };
}
