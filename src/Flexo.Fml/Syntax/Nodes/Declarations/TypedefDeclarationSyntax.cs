namespace Flexo.Fml.Syntax;

/// <summary><c>typedef Type as Name;</c></summary>
public sealed class TypedefDeclarationSyntax : HeaderDeclarationSyntax
{
    internal TypedefDeclarationSyntax(TokenTable table, int typedefKeyword, TypeSyntax type, int asKeyword, int identifier, int semicolon)
        : base(table)
    {
        _typedefKeyword = typedefKeyword;
        Type = type;
        _asKeyword = asKeyword;
        _identifier = identifier;
        _semicolon = semicolon;
    }

    private readonly int _typedefKeyword;

    private readonly int _asKeyword;

    private readonly int _identifier;

    private readonly int _semicolon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.TypedefDeclaration;

    /// <summary>The <c>typedef</c> keyword.</summary>
    public SyntaxToken TypedefKeyword => Table.Token(_typedefKeyword);

    /// <summary>The named type.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The <c>as</c> keyword.</summary>
    public SyntaxToken AsKeyword => Table.Token(_asKeyword);

    /// <summary>The new type name.</summary>
    public SyntaxToken Identifier => Table.Token(_identifier);

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon => Table.Token(_semicolon);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _typedefKeyword) >= 0)
        {
            return index;
        }

        if ((index = Type.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _asKeyword) >= 0)
        {
            return index;
        }

        if ((index = _identifier) >= 0)
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

        if ((index = _identifier) >= 0)
        {
            return index;
        }

        if ((index = _asKeyword) >= 0)
        {
            return index;
        }

        if ((index = Type.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _typedefKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => TypedefKeyword,
        1 => Type,
        2 => AsKeyword,
        3 => Identifier,
        4 => Semicolon,
        _ => null,
    };
}
