namespace Flexo.Fml.Syntax;

/// <summary><c>use a.b.ModelSlotClass as TA;</c></summary>
public sealed class UseDeclarationSyntax : HeaderDeclarationSyntax
{
    internal UseDeclarationSyntax(SyntaxToken useKeyword, NameSyntax name, SyntaxToken asKeyword, SyntaxToken identifier, SyntaxToken semicolon)
        : base(SyntaxKind.UseDeclaration)
    {
        UseKeyword = useKeyword;
        Name = name;
        AsKeyword = asKeyword;
        Identifier = identifier;
        Semicolon = semicolon;
    }

    /// <summary>The <c>use</c> keyword.</summary>
    public SyntaxToken UseKeyword { get; }

    /// <summary>The model-slot class name (Openflexo Java name or Flexo short name).</summary>
    public NameSyntax Name { get; }

    /// <summary>The <c>as</c> keyword.</summary>
    public SyntaxToken AsKeyword { get; }

    /// <summary>The technology-adapter abbreviation.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => UseKeyword,
        1 => Name,
        2 => AsKeyword,
        3 => Identifier,
        4 => Semicolon,
        _ => null,
    };
}
