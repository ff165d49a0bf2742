namespace Flexo.Fml.Syntax;

/// <summary><c>enum Name { A, B }</c></summary>
public sealed class EnumDeclarationSyntax : MemberDeclarationSyntax
{
    internal EnumDeclarationSyntax(SyntaxList<AnnotationSyntax> annotations, SyntaxTokenList modifiers, SyntaxToken enumKeyword, SyntaxToken identifier, SyntaxToken openBrace, SeparatedSyntaxList<EnumValueSyntax> values, SyntaxToken closeBrace)
        : base(SyntaxKind.EnumDeclaration)
    {
        Annotations = annotations;
        Modifiers = modifiers;
        EnumKeyword = enumKeyword;
        Identifier = identifier;
        OpenBrace = openBrace;
        Values = values;
        CloseBrace = closeBrace;
    }

    /// <summary>The annotations before the declaration.</summary>
    public SyntaxList<AnnotationSyntax> Annotations { get; }

    /// <summary>Visibility modifiers.</summary>
    public SyntaxTokenList Modifiers { get; }

    /// <summary>The <c>enum</c> keyword.</summary>
    public SyntaxToken EnumKeyword { get; }

    /// <summary>The declared name.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary>The <c>{</c>.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>The values.</summary>
    public SeparatedSyntaxList<EnumValueSyntax> Values { get; }

    /// <summary>The <c>}</c>.</summary>
    public SyntaxToken CloseBrace { get; }

    internal override int SlotCount => 7;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Annotations,
        1 => Modifiers,
        2 => EnumKeyword,
        3 => Identifier,
        4 => OpenBrace,
        5 => Values,
        6 => CloseBrace,
        _ => null,
    };
}
