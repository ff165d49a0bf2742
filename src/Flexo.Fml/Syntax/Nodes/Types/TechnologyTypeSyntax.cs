namespace Flexo.Fml.Syntax;

/// <summary>A technology-specific type such as <c>OWLIndividualType(owlClass=CAT)</c>.</summary>
public sealed class TechnologyTypeSyntax : TypeSyntax
{
    internal TechnologyTypeSyntax(SyntaxToken? qualifier, SyntaxToken? colonColon, SyntaxToken name, KeywordArgumentListSyntax arguments)
        : base(SyntaxKind.TechnologyType)
    {
        Qualifier = qualifier;
        ColonColon = colonColon;
        Name = name;
        Arguments = arguments;
    }

    /// <summary>The technology-adapter abbreviation, if qualified.</summary>
    public SyntaxToken? Qualifier { get; }

    /// <summary>The <c>::</c>, if qualified.</summary>
    public SyntaxToken? ColonColon { get; }

    /// <summary>The type's keyword.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The keyword arguments.</summary>
    public KeywordArgumentListSyntax Arguments { get; }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Qualifier,
        1 => ColonColon,
        2 => Name,
        3 => Arguments,
        _ => null,
    };
}
