namespace Flexo.Fml.Syntax;

/// <summary><c>T name values expression;</c></summary>
public sealed class ExpressionPropertyDeclarationSyntax : MemberDeclarationSyntax
{
    internal ExpressionPropertyDeclarationSyntax(TokenTable table, SyntaxList<AnnotationSyntax> annotations, SyntaxTokenList modifiers, TypeSyntax type, CardinalitySyntax? cardinality, int identifier, int valuesKeyword, ExpressionSyntax expression, int semicolon)
        : base(table)
    {
        Annotations = annotations;
        Modifiers = modifiers;
        Type = type;
        Cardinality = cardinality;
        _identifier = identifier;
        _valuesKeyword = valuesKeyword;
        Expression = expression;
        _semicolon = semicolon;
    }

    private readonly int _identifier;

    private readonly int _valuesKeyword;

    private readonly int _semicolon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ExpressionPropertyDeclaration;

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

    /// <summary>The <c>values</c> keyword.</summary>
    public SyntaxToken ValuesKeyword => Table.Token(_valuesKeyword);

    /// <summary>The computing expression.</summary>
    public ExpressionSyntax Expression { get; }

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

        if ((index = _valuesKeyword) >= 0)
        {
            return index;
        }

        if ((index = Expression.FirstTokenIndex) >= 0)
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

        if ((index = Expression.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _valuesKeyword) >= 0)
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
        5 => ValuesKeyword,
        6 => Expression,
        7 => Semicolon,
        _ => null,
    };
}
