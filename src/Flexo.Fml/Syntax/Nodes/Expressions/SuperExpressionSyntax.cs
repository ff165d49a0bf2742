namespace Flexo.Fml.Syntax;

/// <summary><c>super</c>, as in <c>super(args)</c> and <c>super.m(args)</c>.</summary>
public sealed class SuperExpressionSyntax : ExpressionSyntax
{
    internal SuperExpressionSyntax(TokenTable table, int superKeyword)
        : base(table)
    {
        _superKeyword = superKeyword;
    }

    private readonly int _superKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SuperExpression;

    /// <summary>The <c>super</c> keyword.</summary>
    public SyntaxToken SuperKeyword => Table.Token(_superKeyword);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _superKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = _superKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index switch
    {
        0 => SuperKeyword,
        _ => null,
    };
}
