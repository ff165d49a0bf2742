namespace Flexo.Fml.Syntax;

/// <summary><c>(T a, required U b = 1)</c></summary>
public sealed class ParameterListSyntax : SyntaxNode
{
    internal ParameterListSyntax(TokenTable table, int openParen, SeparatedSyntaxList<ParameterSyntax> parameters, int closeParen)
        : base(table)
    {
        _openParen = openParen;
        Parameters = parameters;
        _closeParen = closeParen;
    }

    private readonly int _openParen;

    private readonly int _closeParen;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ParameterList;

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen => Table.Token(_openParen);

    /// <summary>The parameters.</summary>
    public SeparatedSyntaxList<ParameterSyntax> Parameters { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen => Table.Token(_closeParen);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _openParen) >= 0)
        {
            return index;
        }

        if ((index = Parameters.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _closeParen) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = _closeParen) >= 0)
        {
            return index;
        }

        if ((index = Parameters.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _openParen) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OpenParen,
        1 => Parameters.Slot,
        2 => CloseParen,
        _ => null,
    };
}
