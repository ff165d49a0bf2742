namespace Flexo.Fml.Syntax;

/// <summary><c>T name values expression;</c></summary>
public sealed class ExpressionPropertyDeclarationSyntax : MemberDeclarationSyntax
{
    internal ExpressionPropertyDeclarationSyntax(SyntaxList<AnnotationSyntax> annotations, SyntaxTokenList modifiers, TypeSyntax type, CardinalitySyntax? cardinality, SyntaxToken identifier, SyntaxToken valuesKeyword, ExpressionSyntax expression, SyntaxToken semicolon)
        : base(SyntaxKind.ExpressionPropertyDeclaration)
    {
        Annotations = annotations;
        Modifiers = modifiers;
        Type = type;
        Cardinality = cardinality;
        Identifier = identifier;
        ValuesKeyword = valuesKeyword;
        Expression = expression;
        Semicolon = semicolon;
    }

    /// <summary>Annotations (accepted, not meaningful on properties).</summary>
    public SyntaxList<AnnotationSyntax> Annotations { get; }

    /// <summary>Visibility modifiers.</summary>
    public SyntaxTokenList Modifiers { get; }

    /// <summary>The declared type.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The optional cardinality.</summary>
    public CardinalitySyntax? Cardinality { get; }

    /// <summary>The property name.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary>The <c>values</c> keyword.</summary>
    public SyntaxToken ValuesKeyword { get; }

    /// <summary>The computing expression.</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 8;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Annotations,
        1 => Modifiers,
        2 => Type,
        3 => Cardinality,
        4 => Identifier,
        5 => ValuesKeyword,
        6 => Expression,
        7 => Semicolon,
        _ => null,
    };
}
