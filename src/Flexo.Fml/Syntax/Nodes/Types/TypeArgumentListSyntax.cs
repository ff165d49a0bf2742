namespace Flexo.Fml.Syntax;

/// <summary><c>&lt;A, B&gt;</c> (possibly empty: the diamond <c>&lt;&gt;</c>)</summary>
public sealed class TypeArgumentListSyntax : SyntaxNode
{
    internal TypeArgumentListSyntax(TokenTable table, int lessThan, SeparatedSyntaxList<TypeSyntax> arguments, int greaterThan)
        : base(table)
    {
        _lessThan = lessThan;
        Arguments = arguments;
        _greaterThan = greaterThan;
    }

    private readonly int _lessThan;

    private readonly int _greaterThan;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.TypeArgumentList;

    /// <summary>The <c>&lt;</c>.</summary>
    public SyntaxToken LessThan => Table.Token(_lessThan);

    /// <summary>The type arguments.</summary>
    public SeparatedSyntaxList<TypeSyntax> Arguments { get; }

    /// <summary>The <c>&gt;</c>.</summary>
    public SyntaxToken GreaterThan => Table.Token(_greaterThan);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _lessThan) >= 0)
        {
            return index;
        }

        if ((index = Arguments.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _greaterThan) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = _greaterThan) >= 0)
        {
            return index;
        }

        if ((index = Arguments.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _lessThan) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => LessThan,
        1 => Arguments.Slot,
        2 => GreaterThan,
        _ => null,
    };
}
