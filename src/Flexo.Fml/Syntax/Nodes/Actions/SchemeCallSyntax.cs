namespace Flexo.Fml.Syntax;

/// <summary><c>create::m(args)</c>, <c>delete::m(args)</c> or <c>action::m(args)</c></summary>
public sealed class SchemeCallSyntax : SyntaxNode
{
    internal SchemeCallSyntax(SyntaxToken keyword, SyntaxToken colonColon, SyntaxToken identifier, ArgumentListSyntax arguments)
        : base(SyntaxKind.SchemeCall)
    {
        Keyword = keyword;
        ColonColon = colonColon;
        Identifier = identifier;
        Arguments = arguments;
    }

    /// <summary><c>create</c>, <c>delete</c> or <c>action</c>.</summary>
    public SyntaxToken Keyword { get; }

    /// <summary>The <c>::</c>.</summary>
    public SyntaxToken ColonColon { get; }

    /// <summary>The behaviour name.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary>The arguments.</summary>
    public ArgumentListSyntax Arguments { get; }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Keyword,
        1 => ColonColon,
        2 => Identifier,
        3 => Arguments,
        _ => null,
    };
}
