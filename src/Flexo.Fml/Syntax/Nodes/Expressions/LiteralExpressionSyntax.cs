namespace Flexo.Fml.Syntax;

/// <summary>A literal: number, string, character, <c>true</c>, <c>false</c> or <c>null</c>.</summary>
public sealed class LiteralExpressionSyntax : ExpressionSyntax
{
    internal LiteralExpressionSyntax(TokenTable table, int token)
        : base(table)
    {
        _token = token;
    }

    private readonly int _token;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.LiteralExpression;

    /// <summary>The literal token.</summary>
    public SyntaxToken Token => Table.Token(_token);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _token) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = _token) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Token,
        _ => null,
    };
}
