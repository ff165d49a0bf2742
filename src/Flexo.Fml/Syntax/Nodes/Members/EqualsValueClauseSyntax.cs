namespace Flexo.Fml.Syntax;

/// <summary><c>= expression</c></summary>
public sealed class EqualsValueClauseSyntax : SyntaxNode
{
    internal EqualsValueClauseSyntax(SyntaxToken equalsToken, ExpressionSyntax value)
        : base(SyntaxKind.EqualsValueClause)
    {
        EqualsToken = equalsToken;
        Value = value;
    }

    /// <summary>The <c>=</c>.</summary>
    public SyntaxToken EqualsToken { get; }

    /// <summary>The value.</summary>
    public ExpressionSyntax Value { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => EqualsToken,
        1 => Value,
        _ => null,
    };
}
