namespace Flexo.Fml.Syntax;

/// <summary>A behaviour: constructor (<c>create[::name](...)</c>), destructor (<c>delete[::name](...)</c>), method, or technology behaviour (<c>name(...) with Kind(...)</c>); the kind tells which.</summary>
public sealed class BehaviourDeclarationSyntax : MemberDeclarationSyntax
{
    internal BehaviourDeclarationSyntax(SyntaxKind kind, SyntaxList<AnnotationSyntax> annotations, SyntaxTokenList modifiers, TypeSyntax? returnType, SyntaxToken? keyword, SyntaxToken? colonColon, SyntaxToken? identifier, ParameterListSyntax parameters, KindClauseSyntax? kindClause, BlockSyntax? body, SyntaxToken? semicolon)
        : base(kind)
    {
        Annotations = annotations;
        Modifiers = modifiers;
        ReturnType = returnType;
        Keyword = keyword;
        ColonColon = colonColon;
        Identifier = identifier;
        Parameters = parameters;
        KindClause = kindClause;
        Body = body;
        Semicolon = semicolon;
    }

    /// <summary>The annotations before the behaviour.</summary>
    public SyntaxList<AnnotationSyntax> Annotations { get; }

    /// <summary>Visibility and <c>abstract</c>.</summary>
    public SyntaxTokenList Modifiers { get; }

    /// <summary>The declared return type of a method, if any.</summary>
    public TypeSyntax? ReturnType { get; }

    /// <summary>The <c>create</c> or <c>delete</c> keyword of a constructor or destructor.</summary>
    public SyntaxToken? Keyword { get; }

    /// <summary>The <c>::</c> of a named constructor or destructor.</summary>
    public SyntaxToken? ColonColon { get; }

    /// <summary>The behaviour name (absent for anonymous constructors and destructors).</summary>
    public SyntaxToken? Identifier { get; }

    /// <summary>The parameters.</summary>
    public ParameterListSyntax Parameters { get; }

    /// <summary>The <c>with Kind(...)</c> clause of a technology behaviour.</summary>
    public KindClauseSyntax? KindClause { get; }

    /// <summary>The body, or null for a <c>;</c> body.</summary>
    public BlockSyntax? Body { get; }

    /// <summary>The <c>;</c> that stands for an absent body.</summary>
    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 10;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Annotations,
        1 => Modifiers,
        2 => ReturnType,
        3 => Keyword,
        4 => ColonColon,
        5 => Identifier,
        6 => Parameters,
        7 => KindClause,
        8 => Body,
        9 => Semicolon,
        _ => null,
    };
}
