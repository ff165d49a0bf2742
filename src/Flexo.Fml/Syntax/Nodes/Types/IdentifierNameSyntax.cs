namespace Flexo.Fml.Syntax;

/// <summary>A simple name, as a type or as an expression.</summary>
public sealed class IdentifierNameSyntax : SimpleNameSyntax
{
    internal IdentifierNameSyntax(SyntaxToken identifier)
        : base(SyntaxKind.IdentifierName)
    {
        Identifier = identifier;
    }

    /// <summary>The name.</summary>
    public SyntaxToken Identifier { get; }

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Identifier,
        _ => null,
    };
}
