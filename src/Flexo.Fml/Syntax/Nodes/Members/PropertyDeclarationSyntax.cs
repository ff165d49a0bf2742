namespace Flexo.Fml.Syntax;

/// <summary>A stored property: plain (<c>T x [= e];</c>), role (<c>T x with [TA::]Kind(...);</c>) or abstract (<c>abstract T x;</c>).</summary>
public sealed class PropertyDeclarationSyntax : MemberDeclarationSyntax
{
    internal PropertyDeclarationSyntax(TokenTable table, SyntaxList<AnnotationSyntax> annotations, SyntaxTokenList modifiers, TypeSyntax type, CardinalitySyntax? cardinality, int identifier, EqualsValueClauseSyntax? initializer, KindClauseSyntax? role, int semicolon)
        : base(table)
    {
        Annotations = annotations;
        Modifiers = modifiers;
        Type = type;
        Cardinality = cardinality;
        _identifier = identifier;
        Initializer = initializer;
        Role = role;
        _semicolon = semicolon;
    }

    private readonly int _identifier;

    private readonly int _semicolon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.PropertyDeclaration;

    /// <summary>Annotations (accepted, not meaningful on properties).</summary>
    public SyntaxList<AnnotationSyntax> Annotations { get; }

    /// <summary>Visibility and <c>abstract</c>.</summary>
    public SyntaxTokenList Modifiers { get; }

    /// <summary>The declared type.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The optional cardinality.</summary>
    public CardinalitySyntax? Cardinality { get; }

    /// <summary>The property name.</summary>
    public SyntaxToken Identifier => Table.Token(_identifier);

    /// <summary>The optional initial value.</summary>
    public EqualsValueClauseSyntax? Initializer { get; }

    /// <summary>The optional <c>with Kind(...)</c> role clause.</summary>
    public KindClauseSyntax? Role { get; }

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon => Table.Token(_semicolon);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = Annotations.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = Modifiers.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = Type.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = Cardinality?.FirstTokenIndex ?? -1) >= 0)
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

        if ((index = Role?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _semicolon) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = _semicolon) >= 0)
        {
            return index;
        }

        if ((index = Role?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = Initializer?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _identifier) >= 0)
        {
            return index;
        }

        if ((index = Cardinality?.LastTokenIndex ?? -1) >= 0)
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

        if ((index = Annotations.LastTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 8;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Annotations.Slot,
        1 => Modifiers.Slot,
        2 => Type,
        3 => Cardinality,
        4 => Identifier,
        5 => Initializer,
        6 => Role,
        7 => Semicolon,
        _ => null,
    };
}
