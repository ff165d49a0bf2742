namespace Flexo.Fml.Syntax;

/// <summary><c>::name</c> naming a creation scheme after <c>new Type</c>.</summary>
public sealed class ConstructorSelectorSyntax : SyntaxNode
{
    internal ConstructorSelectorSyntax(SyntaxToken colonColon, SyntaxToken identifier)
        : base(SyntaxKind.ConstructorSelector)
    {
        ColonColon = colonColon;
        Identifier = identifier;
    }

    /// <summary>The <c>::</c>.</summary>
    public SyntaxToken ColonColon { get; }

    /// <summary>The creation scheme name.</summary>
    public SyntaxToken Identifier { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ColonColon,
        1 => Identifier,
        _ => null,
    };
}
