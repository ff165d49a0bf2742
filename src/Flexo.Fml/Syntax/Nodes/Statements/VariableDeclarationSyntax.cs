namespace Flexo.Fml.Syntax;

/// <summary><c>Type name [= value]</c></summary>
public sealed class VariableDeclarationSyntax : SyntaxNode
{
    internal VariableDeclarationSyntax(TokenTable table, TypeSyntax type, int identifier, EqualsValueClauseSyntax? initializer)
        : base(table)
    {
        Type = type;
        _identifier = identifier;
        Initializer = initializer;
    }

    private readonly int _identifier;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.VariableDeclaration;

    /// <summary>The declared type.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The variable name.</summary>
    public SyntaxToken Identifier => Table.Token(_identifier);

    /// <summary>The initial value, if any.</summary>
    public EqualsValueClauseSyntax? Initializer { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Type,
        1 => Identifier,
        2 => Initializer,
        _ => null,
    };
}
