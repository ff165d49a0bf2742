namespace Flexo.Fml.Syntax;

/// <summary><c>&lt;A, B&gt;</c> (possibly empty: the diamond <c>&lt;&gt;</c>)</summary>
public sealed class TypeArgumentListSyntax : SyntaxNode
{
    internal TypeArgumentListSyntax(SyntaxToken lessThan, SeparatedSyntaxList<TypeSyntax> arguments, SyntaxToken greaterThan)
        : base(SyntaxKind.TypeArgumentList)
    {
        LessThan = lessThan;
        Arguments = arguments;
        GreaterThan = greaterThan;
    }

    /// <summary>The <c>&lt;</c>.</summary>
    public SyntaxToken LessThan { get; }

    /// <summary>The type arguments.</summary>
    public SeparatedSyntaxList<TypeSyntax> Arguments { get; }

    /// <summary>The <c>&gt;</c>.</summary>
    public SyntaxToken GreaterThan { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => LessThan,
        1 => Arguments,
        2 => GreaterThan,
        _ => null,
    };
}
