namespace Flexo.Fml.Syntax;

/// <summary><c>?</c>, <c>? extends T</c> or <c>? super T</c></summary>
public sealed class WildcardTypeSyntax : TypeSyntax
{
    internal WildcardTypeSyntax(TokenTable table, int question, int boundKeyword, TypeSyntax? bound)
        : base(table)
    {
        _question = question;
        _boundKeyword = boundKeyword;
        Bound = bound;
    }

    private readonly int _question;

    private readonly int _boundKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.WildcardType;

    /// <summary>The <c>?</c>.</summary>
    public SyntaxToken Question => Table.Token(_question);

    /// <summary><c>extends</c> or <c>super</c>, if bounded.</summary>
    public SyntaxToken? BoundKeyword => Table.OptionalToken(_boundKeyword);

    /// <summary>The bound, if any.</summary>
    public TypeSyntax? Bound { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _question) >= 0)
        {
            return index;
        }

        if ((index = _boundKeyword) >= 0)
        {
            return index;
        }

        if ((index = Bound?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Bound?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _boundKeyword) >= 0)
        {
            return index;
        }

        if ((index = _question) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Question,
        1 => BoundKeyword,
        2 => Bound,
        _ => null,
    };
}
