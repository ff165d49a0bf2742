namespace Flexo.Fml.Syntax;

/// <summary><c>enum Name { A, B }</c></summary>
public sealed class EnumDeclarationSyntax : MemberDeclarationSyntax
{
    internal EnumDeclarationSyntax(TokenTable table, SyntaxList<AnnotationSyntax> annotations, SyntaxTokenList modifiers, int enumKeyword, int identifier, int openBrace, SeparatedSyntaxList<EnumValueSyntax> values, int closeBrace)
        : base(table)
    {
        Annotations = annotations;
        Modifiers = modifiers;
        _enumKeyword = enumKeyword;
        _identifier = identifier;
        _openBrace = openBrace;
        Values = values;
        _closeBrace = closeBrace;
    }

    private readonly int _enumKeyword;

    private readonly int _identifier;

    private readonly int _openBrace;

    private readonly int _closeBrace;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumDeclaration;

    /// <summary>The annotations before the declaration.</summary>
    public SyntaxList<AnnotationSyntax> Annotations { get; }

    /// <summary>Visibility modifiers.</summary>
    public SyntaxTokenList Modifiers { get; }

    /// <summary>The <c>enum</c> keyword.</summary>
    public SyntaxToken EnumKeyword => Table.Token(_enumKeyword);

    /// <summary>The declared name.</summary>
    public SyntaxToken Identifier => Table.Token(_identifier);

    /// <summary>The <c>{</c>.</summary>
    public SyntaxToken OpenBrace => Table.Token(_openBrace);

    /// <summary>The values.</summary>
    public SeparatedSyntaxList<EnumValueSyntax> Values { get; }

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

        if ((index = _enumKeyword) >= 0)
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

        if ((index = Values.FirstTokenIndex) >= 0)
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

        if ((index = Values.LastTokenIndex) >= 0)
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

        if ((index = _enumKeyword) >= 0)
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

    internal override int SlotCount => 7;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Annotations.Slot,
        1 => Modifiers.Slot,
        2 => EnumKeyword,
        3 => Identifier,
        4 => OpenBrace,
        5 => Values.Slot,
        6 => CloseBrace,
        _ => null,
    };
}
