namespace Flexo.Fml.Syntax;

/// <summary>A simple name, as a type or as an expression.</summary>
public sealed class IdentifierNameSyntax : SimpleNameSyntax
{
    internal IdentifierNameSyntax(TokenTable table, int identifier)
        : base(SyntaxKind.IdentifierName, table)
    {
        _identifier = identifier;
    }

    private readonly int _identifier;

    /// <summary>The name.</summary>
    public SyntaxToken Identifier => Table.Token(_identifier);

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Identifier,
        _ => null,
    };
}
