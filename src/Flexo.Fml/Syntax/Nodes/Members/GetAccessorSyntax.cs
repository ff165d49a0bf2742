namespace Flexo.Fml.Syntax;

/// <summary><c>T get() { ... }</c></summary>
public sealed class GetAccessorSyntax : SyntaxNode
{
    internal GetAccessorSyntax(TypeSyntax? type, SyntaxToken getKeyword, SyntaxToken openParen, SyntaxToken closeParen, BlockSyntax body)
        : base(SyntaxKind.GetAccessor)
    {
        Type = type;
        GetKeyword = getKeyword;
        OpenParen = openParen;
        CloseParen = closeParen;
        Body = body;
    }

    /// <summary>The getter's declared type.</summary>
    public TypeSyntax? Type { get; }

    /// <summary>The <c>get</c> keyword.</summary>
    public SyntaxToken GetKeyword { get; }

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen { get; }

    /// <summary>The body.</summary>
    public BlockSyntax Body { get; }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Type,
        1 => GetKeyword,
        2 => OpenParen,
        3 => CloseParen,
        4 => Body,
        _ => null,
    };
}
