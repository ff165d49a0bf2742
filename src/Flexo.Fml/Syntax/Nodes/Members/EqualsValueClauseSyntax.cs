namespace Flexo.Fml.Syntax;

/// <summary><c>= expression</c></summary>
public sealed class EqualsValueClauseSyntax : SyntaxNode
{
    internal EqualsValueClauseSyntax(TokenTable table, int equalsToken, ExpressionSyntax value)
        : base(table)
    {
        _equalsToken = equalsToken;
        Value = value;
    }

    private readonly int _equalsToken;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EqualsValueClause;

    /// <summary>The <c>=</c>.</summary>
    public SyntaxToken EqualsToken => Table.Token(_equalsToken);

    /// <summary>The value.</summary>
    public ExpressionSyntax Value { get; }

    internal override int ComputeFirstToken()
    {
        int index;
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

        return -1;
    }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => EqualsToken,
        1 => Value,
        _ => null,
    };
}
