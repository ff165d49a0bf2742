namespace Flexo.Fml.Syntax;

/// <summary><c>TA::Action(k=v, ...) [in receiver] [from source]</c></summary>
public sealed class TechnologyActionExpressionSyntax : ExpressionSyntax
{
    internal TechnologyActionExpressionSyntax(TokenTable table, int qualifier, int colonColon, int name, KeywordArgumentListSyntax arguments, InClauseSyntax? @in, FromClauseSyntax? @from)
        : base(table)
    {
        _qualifier = qualifier;
        _colonColon = colonColon;
        _name = name;
        Arguments = arguments;
        In = @in;
        From = @from;
    }

    private readonly int _qualifier;

    private readonly int _colonColon;

    private readonly int _name;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.TechnologyActionExpression;

    /// <summary>The technology-adapter abbreviation.</summary>
    public SyntaxToken Qualifier => Table.Token(_qualifier);

    /// <summary>The <c>::</c>.</summary>
    public SyntaxToken ColonColon => Table.Token(_colonColon);

    /// <summary>The action keyword.</summary>
    public SyntaxToken Name => Table.Token(_name);

    /// <summary>The keyword arguments.</summary>
    public KeywordArgumentListSyntax Arguments { get; }

    /// <summary>The optional receiver.</summary>
    public InClauseSyntax? In { get; }

    /// <summary>The optional source.</summary>
    public FromClauseSyntax? From { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _qualifier) >= 0)
        {
            return index;
        }

        if ((index = _colonColon) >= 0)
        {
            return index;
        }

        if ((index = _name) >= 0)
        {
            return index;
        }

        if ((index = Arguments.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = In?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = From?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = From?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = In?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = Arguments.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _name) >= 0)
        {
            return index;
        }

        if ((index = _colonColon) >= 0)
        {
            return index;
        }

        if ((index = _qualifier) >= 0)
        {
            return index;
        }

        return -1;
    }

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
