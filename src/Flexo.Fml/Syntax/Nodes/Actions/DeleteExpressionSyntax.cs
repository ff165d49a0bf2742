namespace Flexo.Fml.Syntax;

/// <summary><c>delete expression [from expression]</c></summary>
public sealed class DeleteExpressionSyntax : ExpressionSyntax
{
    internal DeleteExpressionSyntax(SyntaxToken deleteKeyword, ExpressionSyntax expression, FromClauseSyntax? @from)
        : base(SyntaxKind.DeleteExpression)
    {
        DeleteKeyword = deleteKeyword;
        Expression = expression;
        From = @from;
    }

    /// <summary>The <c>delete</c> keyword.</summary>
    public SyntaxToken DeleteKeyword { get; }

    /// <summary>The deleted object.</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary>The optional <c>from</c> clause.</summary>
    public FromClauseSyntax? From { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => DeleteKeyword,
        1 => Expression,
        2 => From,
        _ => null,
    };
}
