namespace Flexo.Fml.Syntax;

/// <summary><c>key=value</c>; the value is an expression, a nested object or a list of nested objects.</summary>
public sealed class KeywordArgumentSyntax : SyntaxNode
{
    internal KeywordArgumentSyntax(SyntaxToken name, SyntaxToken equalsToken, SyntaxNode value)
        : base(SyntaxKind.KeywordArgument)
    {
        Name = name;
        EqualsToken = equalsToken;
        Value = value;
    }

    /// <summary>The key.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The <c>=</c>.</summary>
    public SyntaxToken EqualsToken { get; }

    /// <summary>An <see cref="ExpressionSyntax"/>, <see cref="NestedObjectSyntax"/> or <see cref="NestedObjectListSyntax"/>.</summary>
    public SyntaxNode Value { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Name,
        1 => EqualsToken,
        2 => Value,
        _ => null,
    };
}
