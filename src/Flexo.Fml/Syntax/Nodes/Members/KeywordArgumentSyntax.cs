namespace Flexo.Fml.Syntax;

/// <summary><c>key=value</c>; the value is an expression, a nested object or a list of nested objects.</summary>
public sealed class KeywordArgumentSyntax : SyntaxNode
{
    internal KeywordArgumentSyntax(TokenTable table, int name, int equalsToken, SyntaxNode value)
        : base(table)
    {
        _name = name;
        _equalsToken = equalsToken;
        Value = value;
    }

    private readonly int _name;

    private readonly int _equalsToken;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.KeywordArgument;

    /// <summary>The key.</summary>
    public SyntaxToken Name => Table.Token(_name);

    /// <summary>The <c>=</c>.</summary>
    public SyntaxToken EqualsToken => Table.Token(_equalsToken);

    /// <summary>An <see cref="ExpressionSyntax"/>, <see cref="NestedObjectSyntax"/> or <see cref="NestedObjectListSyntax"/>.</summary>
    public SyntaxNode Value { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _name) >= 0)
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

        if ((index = _name) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Name,
        1 => EqualsToken,
        2 => Value,
        _ => null,
    };
}
