namespace Flexo.Fml.Syntax;

/// <summary><c>key=value</c> inside an annotation.</summary>
public sealed class AnnotationKeyValueSyntax : SyntaxNode
{
    internal AnnotationKeyValueSyntax(TokenTable table, int key, int equalsToken, ExpressionSyntax value)
        : base(table)
    {
        _key = key;
        _equalsToken = equalsToken;
        Value = value;
    }

    private readonly int _key;

    private readonly int _equalsToken;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.AnnotationKeyValue;

    /// <summary>The key.</summary>
    public SyntaxToken Key => Table.Token(_key);

    /// <summary>The <c>=</c>.</summary>
    public SyntaxToken EqualsToken => Table.Token(_equalsToken);

    /// <summary>The value.</summary>
    public ExpressionSyntax Value { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _key) >= 0)
        {
            return index;
        }

        if ((index = _equalsToken) >= 0)
        {
            return index;
        }

        if ((index = Value.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Value.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _equalsToken) >= 0)
        {
            return index;
        }

        if ((index = _key) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Key,
        1 => EqualsToken,
        2 => Value,
        _ => null,
    };
}
