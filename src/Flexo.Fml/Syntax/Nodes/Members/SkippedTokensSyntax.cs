namespace Flexo.Fml.Syntax;

/// <summary>Tokens that could not be parsed as a declaration; kept so that the tree still prints the source back.</summary>
public sealed class SkippedTokensSyntax : MemberDeclarationSyntax
{
    internal SkippedTokensSyntax(TokenTable table, SyntaxTokenList tokens)
        : base(table)
    {
        Tokens = tokens;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SkippedTokens;

    /// <summary>The skipped tokens.</summary>
    public SyntaxTokenList Tokens { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = Tokens.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Tokens.LastTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Tokens.Slot,
        _ => null,
    };
}
