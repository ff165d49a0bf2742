namespace Flexo.Fml.Syntax;

/// <summary><c>assert (T x : collection) { assert ...; }</c></summary>
public sealed class IterationInvariantDeclarationSyntax : MemberDeclarationSyntax
{
    internal IterationInvariantDeclarationSyntax(SyntaxList<AnnotationSyntax> annotations, SyntaxToken assertKeyword, SyntaxToken openParen, TypeSyntax type, SyntaxToken identifier, SyntaxToken colon, ExpressionSyntax collection, SyntaxToken closeParen, SyntaxToken openBrace, SyntaxList<InvariantDeclarationSyntax> invariants, SyntaxToken closeBrace)
        : base(SyntaxKind.IterationInvariantDeclaration)
    {
        Annotations = annotations;
        AssertKeyword = assertKeyword;
        OpenParen = openParen;
        Type = type;
        Identifier = identifier;
        Colon = colon;
        Collection = collection;
        CloseParen = closeParen;
        OpenBrace = openBrace;
        Invariants = invariants;
        CloseBrace = closeBrace;
    }

    /// <summary>Annotations (accepted, not meaningful on invariants).</summary>
    public SyntaxList<AnnotationSyntax> Annotations { get; }

    /// <summary>The <c>assert</c> keyword.</summary>
    public SyntaxToken AssertKeyword { get; }

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen { get; }

    /// <summary>The iterator type.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The iterator name.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary>The <c>:</c>.</summary>
    public SyntaxToken Colon { get; }

    /// <summary>The iterated collection.</summary>
    public ExpressionSyntax Collection { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen { get; }

    /// <summary>The <c>{</c>.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>The invariants checked for each element.</summary>
    public SyntaxList<InvariantDeclarationSyntax> Invariants { get; }

    /// <summary>The <c>}</c>.</summary>
    public SyntaxToken CloseBrace { get; }

    internal override int SlotCount => 11;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Annotations,
        1 => AssertKeyword,
        2 => OpenParen,
        3 => Type,
        4 => Identifier,
        5 => Colon,
        6 => Collection,
        7 => CloseParen,
        8 => OpenBrace,
        9 => Invariants,
        10 => CloseBrace,
        _ => null,
    };
}
