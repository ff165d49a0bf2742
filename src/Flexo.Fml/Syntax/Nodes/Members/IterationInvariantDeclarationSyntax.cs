namespace Flexo.Fml.Syntax;

/// <summary><c>assert (T x : collection) { assert ...; }</c></summary>
public sealed class IterationInvariantDeclarationSyntax : MemberDeclarationSyntax
{
    internal IterationInvariantDeclarationSyntax(TokenTable table, SyntaxList<AnnotationSyntax> annotations, SyntaxTokenList modifiers, int assertKeyword, int openParen, TypeSyntax type, int identifier, int colon, ExpressionSyntax collection, int closeParen, int openBrace, SyntaxList<InvariantDeclarationSyntax> invariants, int closeBrace)
        : base(table)
    {
        Annotations = annotations;
        Modifiers = modifiers;
        _assertKeyword = assertKeyword;
        _openParen = openParen;
        Type = type;
        _identifier = identifier;
        _colon = colon;
        Collection = collection;
        _closeParen = closeParen;
        _openBrace = openBrace;
        Invariants = invariants;
        _closeBrace = closeBrace;
    }

    private readonly int _assertKeyword;

    private readonly int _openParen;

    private readonly int _identifier;

    private readonly int _colon;

    private readonly int _closeParen;

    private readonly int _openBrace;

    private readonly int _closeBrace;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.IterationInvariantDeclaration;

    /// <summary>Annotations (accepted, not meaningful on invariants).</summary>
    public SyntaxList<AnnotationSyntax> Annotations { get; }

    /// <summary>Modifiers (reported: invariants take none; kept so the tree prints the source back).</summary>
    public SyntaxTokenList Modifiers { get; }

    /// <summary>The <c>assert</c> keyword.</summary>
    public SyntaxToken AssertKeyword => Table.Token(_assertKeyword);

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen => Table.Token(_openParen);

    /// <summary>The iterator type.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The iterator name.</summary>
    public SyntaxToken Identifier => Table.Token(_identifier);

    /// <summary>The <c>:</c>.</summary>
    public SyntaxToken Colon => Table.Token(_colon);

    /// <summary>The iterated collection.</summary>
    public ExpressionSyntax Collection { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen => Table.Token(_closeParen);

    /// <summary>The <c>{</c>.</summary>
    public SyntaxToken OpenBrace => Table.Token(_openBrace);

    /// <summary>The invariants checked for each element.</summary>
    public SyntaxList<InvariantDeclarationSyntax> Invariants { get; }

    /// <summary>The <c>}</c>.</summary>
    public SyntaxToken CloseBrace => Table.Token(_closeBrace);

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

        if ((index = _assertKeyword) >= 0)
        {
            return index;
        }

        if ((index = _openParen) >= 0)
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

        if ((index = _colon) >= 0)
        {
            return index;
        }

        if ((index = Collection.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _closeParen) >= 0)
        {
            return index;
        }

        if ((index = _openBrace) >= 0)
        {
            return index;
        }

        if ((index = Invariants.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _closeBrace) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = _closeBrace) >= 0)
        {
            return index;
        }

        if ((index = Invariants.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _openBrace) >= 0)
        {
            return index;
        }

        if ((index = _closeParen) >= 0)
        {
            return index;
        }

        if ((index = Collection.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _colon) >= 0)
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

        if ((index = _openParen) >= 0)
        {
            return index;
        }

        if ((index = _assertKeyword) >= 0)
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

    internal override int SlotCount => 12;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Annotations.Slot,
        1 => Modifiers.Slot,
        2 => AssertKeyword,
        3 => OpenParen,
        4 => Type,
        5 => Identifier,
        6 => Colon,
        7 => Collection,
        8 => CloseParen,
        9 => OpenBrace,
        10 => Invariants.Slot,
        11 => CloseBrace,
        _ => null,
    };
}
