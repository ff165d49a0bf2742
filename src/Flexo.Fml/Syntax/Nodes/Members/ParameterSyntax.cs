namespace Flexo.Fml.Syntax;

/// <summary><c>[required] T name [= default]</c></summary>
public sealed class ParameterSyntax : SyntaxNode
{
    internal ParameterSyntax(TokenTable table, SyntaxTokenList modifiers, TypeSyntax type, int identifier, EqualsValueClauseSyntax? @default)
        : base(table)
    {
        Modifiers = modifiers;
        Type = type;
        _identifier = identifier;
        Default = @default;
    }

    private readonly int _identifier;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Parameter;

    /// <summary>The <c>required</c> modifier, if present.</summary>
    public SyntaxTokenList Modifiers { get; }

    /// <summary>The parameter type.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The parameter name.</summary>
    public SyntaxToken Identifier => Table.Token(_identifier);

    /// <summary>The default value, if any.</summary>
    public EqualsValueClauseSyntax? Default { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = Modifiers.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = Type.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _identifier) >= 0)
        {
            return index;
        }

        if ((index = Default?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Default?.LastTokenIndex ?? -1) >= 0)
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

        if ((index = Modifiers.LastTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Modifiers.Slot,
        1 => Type,
        2 => Identifier,
        3 => Default,
        _ => null,
    };
}
