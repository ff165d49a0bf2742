namespace Flexo.Fml.Syntax;

/// <summary><c>a.b.C</c> as a type name.</summary>
public sealed class QualifiedNameSyntax : NameSyntax
{
    internal QualifiedNameSyntax(TokenTable table, NameSyntax left, int dot, SimpleNameSyntax right)
        : base(table)
    {
        Left = left;
        _dot = dot;
        Right = right;
    }

    private readonly int _dot;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.QualifiedName;

    /// <summary>The qualifier.</summary>
    public NameSyntax Left { get; }

    /// <summary>The <c>.</c>.</summary>
    public SyntaxToken Dot => Table.Token(_dot);

    /// <summary>The last segment.</summary>
    public SimpleNameSyntax Right { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = Left.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _dot) >= 0)
        {
            return index;
        }

        if ((index = Right.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Right.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _dot) >= 0)
        {
            return index;
        }

        if ((index = Left.LastTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Left,
        1 => Dot,
        2 => Right,
        _ => null,
    };
}
