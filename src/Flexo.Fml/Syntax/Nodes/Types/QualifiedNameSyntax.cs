namespace Flexo.Fml.Syntax;

/// <summary><c>a.b.C</c> as a type name.</summary>
public sealed class QualifiedNameSyntax : NameSyntax
{
    internal QualifiedNameSyntax(NameSyntax left, SyntaxToken dot, SimpleNameSyntax right)
        : base(SyntaxKind.QualifiedName)
    {
        Left = left;
        Dot = dot;
        Right = right;
    }

    /// <summary>The qualifier.</summary>
    public NameSyntax Left { get; }

    /// <summary>The <c>.</c>.</summary>
    public SyntaxToken Dot { get; }

    /// <summary>The last segment.</summary>
    public SimpleNameSyntax Right { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Left,
        1 => Dot,
        2 => Right,
        _ => null,
    };
}
