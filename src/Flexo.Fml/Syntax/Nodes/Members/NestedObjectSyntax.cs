namespace Flexo.Fml.Syntax;

/// <summary><c>[TA::]Kind:(k=v, ...)</c> as a keyword-argument value.</summary>
public sealed class NestedObjectSyntax : SyntaxNode
{
    internal NestedObjectSyntax(SyntaxToken? qualifier, SyntaxToken? colonColon, SyntaxToken name, SyntaxToken colon, KeywordArgumentListSyntax arguments)
        : base(SyntaxKind.NestedObject)
    {
        Qualifier = qualifier;
        ColonColon = colonColon;
        Name = name;
        Colon = colon;
        Arguments = arguments;
    }

    /// <summary>The technology-adapter abbreviation, if qualified.</summary>
    public SyntaxToken? Qualifier { get; }

    /// <summary>The <c>::</c>, if qualified.</summary>
    public SyntaxToken? ColonColon { get; }

    /// <summary>The object's kind.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The <c>:</c>.</summary>
    public SyntaxToken Colon { get; }

    /// <summary>The object's keyword arguments.</summary>
    public KeywordArgumentListSyntax Arguments { get; }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Qualifier,
        1 => ColonColon,
        2 => Name,
        3 => Colon,
        4 => Arguments,
        _ => null,
    };
}
