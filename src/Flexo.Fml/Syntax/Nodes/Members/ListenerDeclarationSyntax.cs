namespace Flexo.Fml.Syntax;

/// <summary><c>listen EventType from expression { ... }</c></summary>
public sealed class ListenerDeclarationSyntax : MemberDeclarationSyntax
{
    internal ListenerDeclarationSyntax(SyntaxList<AnnotationSyntax> annotations, SyntaxTokenList modifiers, SyntaxToken listenKeyword, TypeSyntax eventType, SyntaxToken fromKeyword, ExpressionSyntax source, BlockSyntax? body, SyntaxToken? semicolon)
        : base(SyntaxKind.ListenerDeclaration)
    {
        Annotations = annotations;
        Modifiers = modifiers;
        ListenKeyword = listenKeyword;
        EventType = eventType;
        FromKeyword = fromKeyword;
        Source = source;
        Body = body;
        Semicolon = semicolon;
    }

    /// <summary>The annotations before the listener.</summary>
    public SyntaxList<AnnotationSyntax> Annotations { get; }

    /// <summary>Visibility modifiers.</summary>
    public SyntaxTokenList Modifiers { get; }

    /// <summary>The <c>listen</c> keyword.</summary>
    public SyntaxToken ListenKeyword { get; }

    /// <summary>The listened event type.</summary>
    public TypeSyntax EventType { get; }

    /// <summary>The <c>from</c> keyword.</summary>
    public SyntaxToken FromKeyword { get; }

    /// <summary>The virtual model instance whose events are listened to.</summary>
    public ExpressionSyntax Source { get; }

    /// <summary>The body, or null for a <c>;</c> body.</summary>
    public BlockSyntax? Body { get; }

    /// <summary>The <c>;</c> that stands for an absent body.</summary>
    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 8;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Annotations,
        1 => Modifiers,
        2 => ListenKeyword,
        3 => EventType,
        4 => FromKeyword,
        5 => Source,
        6 => Body,
        7 => Semicolon,
        _ => null,
    };
}
