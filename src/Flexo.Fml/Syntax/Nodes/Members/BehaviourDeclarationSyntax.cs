namespace Flexo.Fml.Syntax;

/// <summary>A behaviour: constructor (<c>create[::name](...)</c>), destructor (<c>delete[::name](...)</c>), method, or technology behaviour (<c>name(...) with Kind(...)</c>); the kind tells which.</summary>
public sealed class BehaviourDeclarationSyntax : MemberDeclarationSyntax
{
    internal BehaviourDeclarationSyntax(TokenTable table, SyntaxKind kind, SyntaxList<AnnotationSyntax> annotations, SyntaxTokenList modifiers, TypeSyntax? returnType, int keyword, int colonColon, int identifier, ParameterListSyntax parameters, KindClauseSyntax? kindClause, BlockSyntax? body, int semicolon)
        : base(table)
    {
        _kind = kind;
        Annotations = annotations;
        Modifiers = modifiers;
        ReturnType = returnType;
        _keyword = keyword;
        _colonColon = colonColon;
        _identifier = identifier;
        Parameters = parameters;
        KindClause = kindClause;
        Body = body;
        _semicolon = semicolon;
    }

    private readonly SyntaxKind _kind;

    private readonly int _keyword;

    private readonly int _colonColon;

    private readonly int _identifier;

    private readonly int _semicolon;

    /// <inheritdoc />
    public override SyntaxKind Kind => _kind;

    /// <summary>The annotations before the behaviour.</summary>
    public SyntaxList<AnnotationSyntax> Annotations { get; }

    /// <summary>Visibility and <c>abstract</c>.</summary>
    public SyntaxTokenList Modifiers { get; }

    /// <summary>The declared return type of a method, if any.</summary>
    public TypeSyntax? ReturnType { get; }

    /// <summary>The <c>create</c> or <c>delete</c> keyword of a constructor or destructor.</summary>
    public SyntaxToken? Keyword => Table.OptionalToken(_keyword);

    /// <summary>The <c>::</c> of a named constructor or destructor.</summary>
    public SyntaxToken? ColonColon => Table.OptionalToken(_colonColon);

    /// <summary>The behaviour name (absent for anonymous constructors and destructors).</summary>
    public SyntaxToken? Identifier => Table.OptionalToken(_identifier);

    /// <summary>The parameters.</summary>
    public ParameterListSyntax Parameters { get; }

    /// <summary>The <c>with Kind(...)</c> clause of a technology behaviour.</summary>
    public KindClauseSyntax? KindClause { get; }

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

        if ((index = ReturnType?.FirstTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = _keyword) >= 0)
        {
            return index;
        }

        if ((index = _colonColon) >= 0)
        {
            return index;
        }

        if ((index = _identifier) >= 0)
        {
            return index;
        }

        if ((index = Parameters.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = KindClause?.FirstTokenIndex ?? -1) >= 0)
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

        if ((index = KindClause?.LastTokenIndex ?? -1) >= 0)
        {
            return index;
        }

        if ((index = Parameters.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _identifier) >= 0)
        {
            return index;
        }

        if ((index = _colonColon) >= 0)
        {
            return index;
        }

        if ((index = _keyword) >= 0)
        {
            return index;
        }

        if ((index = ReturnType?.LastTokenIndex ?? -1) >= 0)
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

    internal override int SlotCount => 10;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Annotations.Slot,
        1 => Modifiers.Slot,
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
