namespace Flexo.Fml.Syntax;

/// <summary><c>(k=v, ...)</c></summary>
public sealed class KeywordArgumentListSyntax : SyntaxNode
{
    internal KeywordArgumentListSyntax(SyntaxToken openParen, SeparatedSyntaxList<KeywordArgumentSyntax> arguments, SyntaxToken closeParen)
        : base(SyntaxKind.KeywordArgumentList)
    {
        OpenParen = openParen;
        Arguments = arguments;
        CloseParen = closeParen;
    }

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen { get; }

    /// <summary>The arguments.</summary>
    public SeparatedSyntaxList<KeywordArgumentSyntax> Arguments { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OpenParen,
        1 => Arguments,
        2 => CloseParen,
        _ => null,
    };
}
