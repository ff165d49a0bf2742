namespace Flexo.Fml.Syntax;

/// <summary><c>with [TA::]Kind(k=v, ...)</c>: the role, behaviour or fetch-request kind.</summary>
public sealed class KindClauseSyntax : SyntaxNode
{
    internal KindClauseSyntax(SyntaxToken withKeyword, SyntaxToken? qualifier, SyntaxToken? colonColon, SyntaxToken name, KeywordArgumentListSyntax? arguments)
        : base(SyntaxKind.KindClause)
    {
        WithKeyword = withKeyword;
        Qualifier = qualifier;
        ColonColon = colonColon;
        Name = name;
        Arguments = arguments;
    }

    /// <summary>The <c>with</c> keyword.</summary>
    public SyntaxToken WithKeyword { get; }

    /// <summary>The technology-adapter abbreviation, if qualified.</summary>
    public SyntaxToken? Qualifier { get; }

    /// <summary>The <c>::</c>, if qualified.</summary>
    public SyntaxToken? ColonColon { get; }

    /// <summary>The kind's keyword (<c>ConceptInstance</c>, <c>CSVRow</c>, ...).</summary>
    public SyntaxToken Name { get; }

    /// <summary>The keyword arguments.</summary>
    public KeywordArgumentListSyntax? Arguments { get; }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => WithKeyword,
        1 => Qualifier,
        2 => ColonColon,
        3 => Name,
        4 => Arguments,
        _ => null,
    };
}
