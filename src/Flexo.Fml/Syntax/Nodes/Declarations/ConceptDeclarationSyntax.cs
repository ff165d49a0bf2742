namespace Flexo.Fml.Syntax;

/// <summary>A model, concept or event declaration (the kind tells which): annotations, modifiers, name, <c>extends</c>, <c>inside</c> and members.</summary>
public sealed class ConceptDeclarationSyntax : MemberDeclarationSyntax
{
    internal ConceptDeclarationSyntax(TokenTable table, SyntaxKind kind, SyntaxList<AnnotationSyntax> annotations, SyntaxTokenList modifiers, int keyword, int identifier, ExtendsClauseSyntax? extends, InsideClauseSyntax? inside, int openBrace, SyntaxList<MemberDeclarationSyntax> members, int closeBrace)
        : base(table)
    {
        _kind = kind;
        Annotations = annotations;
        Modifiers = modifiers;
        _keyword = keyword;
        _identifier = identifier;
        Extends = extends;
        Inside = inside;
        _openBrace = openBrace;
        Members = members;
        _closeBrace = closeBrace;
    }

    private readonly SyntaxKind _kind;

    private readonly int _keyword;

    private readonly int _identifier;

    private readonly int _openBrace;

    private readonly int _closeBrace;

    /// <inheritdoc />
    public override SyntaxKind Kind => _kind;

    /// <summary>The annotations before the declaration.</summary>
    public SyntaxList<AnnotationSyntax> Annotations { get; }

    /// <summary>Visibility and <c>abstract</c>.</summary>
    public SyntaxTokenList Modifiers { get; }

    /// <summary>The <c>model</c>, <c>concept</c> or <c>event</c> keyword.</summary>
    public SyntaxToken Keyword => Table.Token(_keyword);

    /// <summary>The declared name.</summary>
    public SyntaxToken Identifier => Table.Token(_identifier);

    /// <summary>The optional <c>extends</c> clause.</summary>
    public ExtendsClauseSyntax? Extends { get; }

    /// <summary>The optional <c>inside</c> clause.</summary>
    public InsideClauseSyntax? Inside { get; }

    /// <summary>The <c>{</c>.</summary>
    public SyntaxToken OpenBrace => Table.Token(_openBrace);

    /// <summary>Properties, behaviours, nested declarations and invariants.</summary>
    public SyntaxList<MemberDeclarationSyntax> Members { get; }

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

        if ((index = _keyword) >= 0)
        {
            return index;
        }

        if ((index = _identifier) >= 0)
        {
            return index;
        }

        if ((index = Extends?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = Inside?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _openBrace) >= 0)
        {
            return index;
        }

        if ((index = Members.FirstTokenIndex) >= 0)
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

        if ((index = Members.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _openBrace) >= 0)
        {
            return index;
        }

        if ((index = Inside?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = Extends?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _identifier) >= 0)
        {
            return index;
        }

        if ((index = _keyword) >= 0)
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

    internal override int SlotCount => 9;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Annotations.Slot,
        1 => Modifiers.Slot,
        2 => Keyword,
        3 => Identifier,
        4 => Extends,
        5 => Inside,
        6 => OpenBrace,
        7 => Members.Slot,
        8 => CloseBrace,
        _ => null,
    };
}
