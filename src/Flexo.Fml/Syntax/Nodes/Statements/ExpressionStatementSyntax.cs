namespace Flexo.Fml.Syntax;

/// <summary><c>expression;</c></summary>
public sealed class ExpressionStatementSyntax : StatementSyntax
{
    internal ExpressionStatementSyntax(TokenTable table, ExpressionSyntax expression, int semicolon)
        : base(table)
    {
        Expression = expression;
        _semicolon = semicolon;
    }

    private readonly int _semicolon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ExpressionStatement;

    /// <summary>The expression.</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon => Table.Token(_semicolon);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = Expression.FirstTokenIndex) >= 0)
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

        if ((index = Expression.LastTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Expression,
        1 => Semicolon,
        _ => null,
    };
}
