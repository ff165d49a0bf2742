namespace Flexo.Fml.Syntax;

/// <summary><c>listen EventType from expression { ... }</c></summary>
public sealed class ListenerDeclarationSyntax : MemberDeclarationSyntax
{
    internal ListenerDeclarationSyntax(TokenTable table, SyntaxList<AnnotationSyntax> annotations, SyntaxTokenList modifiers, int listenKeyword, TypeSyntax eventType, int fromKeyword, ExpressionSyntax source, BlockSyntax? body, int semicolon)
        : base(table)
    {
        Annotations = annotations;
        Modifiers = modifiers;
        _listenKeyword = listenKeyword;
        EventType = eventType;
        _fromKeyword = fromKeyword;
        Source = source;
        Body = body;
        _semicolon = semicolon;
    }

    private readonly int _listenKeyword;

    private readonly int _fromKeyword;

    private readonly int _semicolon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListenerDeclaration;

    /// <summary>The annotations before the listener.</summary>
    public SyntaxList<AnnotationSyntax> Annotations { get; }

    /// <summary>Visibility modifiers.</summary>
    public SyntaxTokenList Modifiers { get; }

    /// <summary>The <c>listen</c> keyword.</summary>
    public SyntaxToken ListenKeyword => Table.Token(_listenKeyword);

    /// <summary>The listened event type.</summary>
    public TypeSyntax EventType { get; }

    /// <summary>The <c>from</c> keyword.</summary>
    public SyntaxToken FromKeyword => Table.Token(_fromKeyword);

    /// <summary>The virtual model instance whose events are listened to.</summary>
    public ExpressionSyntax Source { get; }

    /// <summary>The body, or null for a <c>;</c> body.</summary>
    public BlockSyntax? Body { get; }

    /// <summary>The <c>;</c> that stands for an absent body.</summary>
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

        if ((index = _listenKeyword) >= 0)
        {
            return index;
        }

        if ((index = EventType.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _fromKeyword) >= 0)
        {
            return index;
        }

        if ((index = Source.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = Body?.FirstTokenIndex ?? -1) >= 0)
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

        if ((index = Body?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = Source.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _fromKeyword) >= 0)
        {
            return index;
        }

        if ((index = EventType.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _listenKeyword) >= 0)
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
        2 => ListenKeyword,
        3 => EventType,
        4 => FromKeyword,
        5 => Source,
        6 => Body,
        7 => Semicolon,
        _ => null,
    };
}
