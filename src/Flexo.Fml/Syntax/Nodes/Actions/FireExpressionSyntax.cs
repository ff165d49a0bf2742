namespace Flexo.Fml.Syntax;

/// <summary><c>fire expression</c></summary>
public sealed class FireExpressionSyntax : ExpressionSyntax
{
    internal FireExpressionSyntax(TokenTable table, int fireKeyword, ExpressionSyntax expression)
        : base(table)
    {
        _fireKeyword = fireKeyword;
        Expression = expression;
    }

    private readonly int _fireKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FireExpression;

    /// <summary>The <c>fire</c> keyword.</summary>
    public SyntaxToken FireKeyword => Table.Token(_fireKeyword);

    /// <summary>The fired event.</summary>
    public ExpressionSyntax Expression { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => FireKeyword,
        1 => Expression,
        _ => null,
    };
}
