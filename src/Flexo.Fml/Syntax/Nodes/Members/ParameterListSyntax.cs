namespace Flexo.Fml.Syntax;

/// <summary><c>(T a, required U b = 1)</c></summary>
public sealed class ParameterListSyntax : SyntaxNode
{
    internal ParameterListSyntax(SyntaxToken openParen, SeparatedSyntaxList<ParameterSyntax> parameters, SyntaxToken closeParen)
        : base(SyntaxKind.ParameterList)
    {
        OpenParen = openParen;
        Parameters = parameters;
        CloseParen = closeParen;
    }

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen { get; }

    /// <summary>The parameters.</summary>
    public SeparatedSyntaxList<ParameterSyntax> Parameters { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OpenParen,
        1 => Parameters,
        2 => CloseParen,
        _ => null,
    };
}
