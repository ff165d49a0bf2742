namespace Flexo.Fml.Syntax;

/// <summary><c>key=value</c> inside an annotation.</summary>
public sealed class AnnotationKeyValueSyntax : SyntaxNode
{
    internal AnnotationKeyValueSyntax(SyntaxToken key, SyntaxToken equalsToken, ExpressionSyntax value)
        : base(SyntaxKind.AnnotationKeyValue)
    {
        Key = key;
        EqualsToken = equalsToken;
        Value = value;
    }

    /// <summary>The key.</summary>
    public SyntaxToken Key { get; }

    /// <summary>The <c>=</c>.</summary>
    public SyntaxToken EqualsToken { get; }

    /// <summary>The value.</summary>
    public ExpressionSyntax Value { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Key,
        1 => EqualsToken,
        2 => Value,
        _ => null,
    };
}
