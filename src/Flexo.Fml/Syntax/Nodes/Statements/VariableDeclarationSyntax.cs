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

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = Type.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _identifier) >= 0)
        {
            return index;
        }

        if ((index = Initializer?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Initializer?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _identifier) >= 0)
        {
            return index;
        }

        if ((index = Type.LastTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Type,
        1 => Identifier,
        2 => Initializer,
        _ => null,
    };
}
