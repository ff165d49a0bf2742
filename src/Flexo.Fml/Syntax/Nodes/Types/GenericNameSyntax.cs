namespace Flexo.Fml.Syntax;

/// <summary><c>Name&lt;T, U&gt;</c></summary>
public sealed class GenericNameSyntax : SimpleNameSyntax
{
    internal GenericNameSyntax(SyntaxToken identifier, TypeArgumentListSyntax typeArguments)
        : base(SyntaxKind.GenericName)
    {
        Identifier = identifier;
        TypeArguments = typeArguments;
    }

    /// <summary>The name.</summary>
    public SyntaxToken Identifier { get; }

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
