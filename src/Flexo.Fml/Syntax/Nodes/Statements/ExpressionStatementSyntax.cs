namespace Flexo.Fml.Syntax;

/// <summary><c>expression;</c></summary>
public sealed class ExpressionStatementSyntax : StatementSyntax
{
    internal ExpressionStatementSyntax(ExpressionSyntax expression, SyntaxToken semicolon)
        : base(SyntaxKind.ExpressionStatement)
    {
        Expression = expression;
        Semicolon = semicolon;
    }

    /// <summary>The expression.</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Expression,
        1 => Semicolon,
        _ => null,
    };
}
