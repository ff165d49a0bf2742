namespace Flexo.Fml.Syntax;

/// <summary><c>T name { T get() {...} set(T v) {...} };</c></summary>
public sealed class GetSetPropertyDeclarationSyntax : MemberDeclarationSyntax
{
    internal GetSetPropertyDeclarationSyntax(TokenTable table, SyntaxList<AnnotationSyntax> annotations, SyntaxTokenList modifiers, TypeSyntax type, CardinalitySyntax? cardinality, int identifier, int openBrace, GetAccessorSyntax getter, SetAccessorSyntax? setter, int closeBrace, int semicolon)
        : base(table)
    {
        Annotations = annotations;
        Modifiers = modifiers;
        Type = type;
        Cardinality = cardinality;
        _identifier = identifier;
        _openBrace = openBrace;
        Getter = getter;
        Setter = setter;
        _closeBrace = closeBrace;
        _semicolon = semicolon;
    }

    private readonly int _identifier;

    private readonly int _openBrace;

    private readonly int _closeBrace;

    private readonly int _semicolon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.GetSetPropertyDeclaration;

    /// <summary>Annotations (accepted, not meaningful on properties).</summary>
    public SyntaxList<AnnotationSyntax> Annotations { get; }

    /// <summary>Visibility modifiers.</summary>
    public SyntaxTokenList Modifiers { get; }

    /// <summary>The declared type.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The optional cardinality.</summary>
    public CardinalitySyntax? Cardinality { get; }

    /// <summary>The property name.</summary>
    public SyntaxToken Identifier => Table.Token(_identifier);

    /// <summary>The <c>{</c>.</summary>
    public SyntaxToken OpenBrace => Table.Token(_openBrace);

    /// <summary>The getter.</summary>
    public GetAccessorSyntax Getter { get; }

    /// <summary>The optional setter.</summary>
    public SetAccessorSyntax? Setter { get; }

    /// <summary>The <c>}</c>.</summary>
    public SyntaxToken CloseBrace => Table.Token(_closeBrace);

    /// <summary>The final <c>;</c> (required by Openflexo, optional here).</summary>
    public SyntaxToken? Semicolon => Table.OptionalToken(_semicolon);

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

        if ((index = _openBrace) >= 0)
        {
            return index;
        }

        if ((index = Getter.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = Setter?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _closeBrace) >= 0)
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

        if ((index = _closeBrace) >= 0)
        {
            return index;
        }

        if ((index = Setter?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = Getter.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _openBrace) >= 0)
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

    internal override int SlotCount => 10;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Annotations.Slot,
        1 => Modifiers.Slot,
        2 => Type,
        3 => Cardinality,
        4 => Identifier,
        5 => OpenBrace,
        6 => Getter,
        7 => Setter,
        8 => CloseBrace,
        9 => Semicolon,
        _ => null,
    };
}
