namespace Flexo.Fml.Syntax;

/// <summary><c>Name&lt;T, U&gt;</c></summary>
public sealed class GenericNameSyntax : SimpleNameSyntax
{
    internal GenericNameSyntax(TokenTable table, int identifier, TypeArgumentListSyntax typeArguments)
        : base(table)
    {
        _identifier = identifier;
        TypeArguments = typeArguments;
    }

    private readonly int _identifier;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.GenericName;

    /// <summary>The name.</summary>
    public override SyntaxToken Identifier => Table.Token(_identifier);

    /// <summary>The type arguments.</summary>
    public TypeArgumentListSyntax TypeArguments { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Identifier,
        1 => TypeArguments,
        _ => null,
    };
}
