namespace Flexo.Fml.Syntax;

/// <summary><c>TA::Action(k=v, ...) [in receiver] [from source]</c></summary>
public sealed class TechnologyActionExpressionSyntax : ExpressionSyntax
{
    internal TechnologyActionExpressionSyntax(SyntaxToken qualifier, SyntaxToken colonColon, SyntaxToken name, KeywordArgumentListSyntax arguments, InClauseSyntax? @in, FromClauseSyntax? @from)
        : base(SyntaxKind.TechnologyActionExpression)
    {
        Qualifier = qualifier;
        ColonColon = colonColon;
        Name = name;
        Arguments = arguments;
        In = @in;
        From = @from;
    }

    /// <summary>The technology-adapter abbreviation.</summary>
    public SyntaxToken Qualifier { get; }

    /// <summary>The <c>::</c>.</summary>
    public SyntaxToken ColonColon { get; }

    /// <summary>The action keyword.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The keyword arguments.</summary>
    public KeywordArgumentListSyntax Arguments { get; }

    /// <summary>The optional receiver.</summary>
    public InClauseSyntax? In { get; }

    /// <summary>The optional source.</summary>
    public FromClauseSyntax? From { get; }

    internal override int SlotCount => 6;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Qualifier,
        1 => ColonColon,
        2 => Name,
        3 => Arguments,
        4 => In,
        5 => From,
        _ => null,
    };
}
