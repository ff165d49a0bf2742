namespace Flexo.Fml.Syntax;

/// <summary>One value of an enum.</summary>
public sealed class EnumValueSyntax : SyntaxNode
{
    internal EnumValueSyntax(SyntaxToken identifier)
        : base(SyntaxKind.EnumValue)
    {
        Identifier = identifier;
    }

    /// <summary>The value's name.</summary>
    public SyntaxToken Identifier { get; }

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Identifier,
        _ => null,
    };
}
