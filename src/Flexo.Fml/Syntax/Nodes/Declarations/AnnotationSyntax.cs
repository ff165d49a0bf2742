namespace Flexo.Fml.Syntax;

/// <summary>An annotation: <c>@Tag</c>, <c>@Tag(value)</c>, <c>@Tag(k=v, ...)</c> or <c>@Tag(@A @B ...)</c>.</summary>
public sealed class AnnotationSyntax : SyntaxNode
{
    internal AnnotationSyntax(SyntaxToken atToken, NameSyntax name, SyntaxToken? openParen, ExpressionSyntax? value, SeparatedSyntaxList<AnnotationKeyValueSyntax> keyValues, SyntaxList<AnnotationSyntax> nestedAnnotations, SyntaxToken? closeParen)
        : base(SyntaxKind.Annotation)
    {
        AtToken = atToken;
        Name = name;
        OpenParen = openParen;
        Value = value;
        KeyValues = keyValues;
        NestedAnnotations = nestedAnnotations;
        CloseParen = closeParen;
    }

    /// <summary>The <c>@</c>.</summary>
    public SyntaxToken AtToken { get; }

    /// <summary>The tag.</summary>
    public NameSyntax Name { get; }

    /// <summary>The <c>(</c>, when there are arguments.</summary>
    public SyntaxToken? OpenParen { get; }

    /// <summary>The single value, for the <c>@Tag(value)</c> form.</summary>
    public ExpressionSyntax? Value { get; }

    /// <summary>The pairs, for the <c>@Tag(k=v)</c> form.</summary>
    public SeparatedSyntaxList<AnnotationKeyValueSyntax> KeyValues { get; }

    /// <summary>The nested annotations, for the list form.</summary>
    public SyntaxList<AnnotationSyntax> NestedAnnotations { get; }

    /// <summary>The <c>)</c>, when there are arguments.</summary>
    public SyntaxToken? CloseParen { get; }

    internal override int SlotCount => 7;

    internal override object? GetSlot(int index) => index switch
    {
        0 => AtToken,
        1 => Name,
        2 => OpenParen,
        3 => Value,
        4 => KeyValues,
        5 => NestedAnnotations,
        6 => CloseParen,
        _ => null,
    };
}
