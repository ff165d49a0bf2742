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

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _identifier) >= 0)
        {
            return index;
        }

        if ((index = TypeArguments.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = TypeArguments.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _identifier) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Identifier,
        1 => TypeArguments,
        _ => null,
    };
}
