namespace Flexo.Fml.Syntax;

/// <summary>Stands for an expression that is absent or could not be parsed; holds any skipped tokens.</summary>
public sealed class MissingExpressionSyntax : ExpressionSyntax
{
    internal MissingExpressionSyntax(TokenTable table, SyntaxTokenList skippedTokens)
        : base(table)
    {
        SkippedTokens = skippedTokens;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.MissingExpression;

    /// <summary>Tokens skipped while recovering (possibly none).</summary>
    public SyntaxTokenList SkippedTokens { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = SkippedTokens.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = SkippedTokens.LastTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index switch
    {
        0 => SkippedTokens.Slot,
        _ => null,
    };
}
