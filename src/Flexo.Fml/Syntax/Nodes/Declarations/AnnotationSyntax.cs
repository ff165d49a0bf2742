namespace Flexo.Fml.Syntax;

/// <summary>An annotation: <c>@Tag</c>, <c>@Tag(value)</c>, <c>@Tag(k=v, ...)</c> or <c>@Tag(@A @B ...)</c>.</summary>
public sealed class AnnotationSyntax : SyntaxNode
{
    internal AnnotationSyntax(TokenTable table, int atToken, NameSyntax name, int openParen, ExpressionSyntax? value, SeparatedSyntaxList<AnnotationKeyValueSyntax> keyValues, SyntaxList<AnnotationSyntax> nestedAnnotations, int closeParen)
        : base(table)
    {
        _atToken = atToken;
        Name = name;
        _openParen = openParen;
        Value = value;
        KeyValues = keyValues;
        NestedAnnotations = nestedAnnotations;
        _closeParen = closeParen;
    }

    private readonly int _atToken;

    private readonly int _openParen;

    private readonly int _closeParen;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Annotation;

    /// <summary>The <c>@</c>.</summary>
    public SyntaxToken AtToken => Table.Token(_atToken);

    /// <summary>The tag.</summary>
    public NameSyntax Name { get; }

    /// <summary>The <c>(</c>, when there are arguments.</summary>
    public SyntaxToken? OpenParen => Table.OptionalToken(_openParen);

    /// <summary>The single value, for the <c>@Tag(value)</c> form.</summary>
    public ExpressionSyntax? Value { get; }

    /// <summary>The pairs, for the <c>@Tag(k=v)</c> form.</summary>
    public SeparatedSyntaxList<AnnotationKeyValueSyntax> KeyValues { get; }

    /// <summary>The nested annotations, for the list form.</summary>
    public SyntaxList<AnnotationSyntax> NestedAnnotations { get; }

    /// <summary>The <c>)</c>, when there are arguments.</summary>
    public SyntaxToken? CloseParen => Table.OptionalToken(_closeParen);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _atToken) >= 0)
        {
            return index;
        }

        if ((index = Name.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _openParen) >= 0)
        {
            return index;
        }

        if ((index = Value?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = KeyValues.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = NestedAnnotations.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _closeParen) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = _closeParen) >= 0)
        {
            return index;
        }

        if ((index = NestedAnnotations.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = KeyValues.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = Value?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _openParen) >= 0)
        {
            return index;
        }

        if ((index = Name.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _atToken) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 7;

    internal override object? GetSlot(int index) => index switch
    {
        0 => AtToken,
        1 => Name,
        2 => OpenParen,
        3 => Value,
        4 => KeyValues.Slot,
        5 => NestedAnnotations.Slot,
        6 => CloseParen,
        _ => null,
    };
}
