namespace Flexo.Fml.Syntax;

/// <summary><c>(a, b)</c></summary>
public sealed class ArgumentListSyntax : SyntaxNode
{
    internal ArgumentListSyntax(SyntaxToken openParen, SeparatedSyntaxList<ExpressionSyntax> arguments, SyntaxToken closeParen)
        : base(SyntaxKind.ArgumentList)
    {
        OpenParen = openParen;
        Arguments = arguments;
        CloseParen = closeParen;
    }

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen { get; }

    /// <summary>The arguments.</summary>
    public SeparatedSyntaxList<ExpressionSyntax> Arguments { get; }

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
