namespace Flexo.Fml.Syntax;

/// <summary><c>set(T value) { ... }</c></summary>
public sealed class SetAccessorSyntax : SyntaxNode
{
    internal SetAccessorSyntax(SyntaxToken setKeyword, SyntaxToken openParen, TypeSyntax? type, SyntaxToken? identifier, SyntaxToken closeParen, BlockSyntax body)
        : base(SyntaxKind.SetAccessor)
    {
        SetKeyword = setKeyword;
        OpenParen = openParen;
        Type = type;
        Identifier = identifier;
        CloseParen = closeParen;
        Body = body;
    }

    /// <summary>The <c>set</c> keyword.</summary>
    public SyntaxToken SetKeyword { get; }

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen { get; }

    /// <summary>The parameter type.</summary>
    public TypeSyntax? Type { get; }

    /// <summary>The parameter name (defaults to <c>value</c> when absent).</summary>
    public SyntaxToken? Identifier { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen { get; }

    /// <summary>The body.</summary>
    public BlockSyntax Body { get; }

    internal override int SlotCount => 6;

    internal override object? GetSlot(int index) => index switch
    {
        0 => SetKeyword,
        1 => OpenParen,
        2 => Type,
        3 => Identifier,
        4 => CloseParen,
        5 => Body,
        _ => null,
    };
}
