namespace Flexo.Fml.Syntax;

/// <summary><c>as Name</c></summary>
public sealed class AsClauseSyntax : SyntaxNode
{
    internal AsClauseSyntax(SyntaxToken asKeyword, SyntaxToken identifier)
        : base(SyntaxKind.AsClause)
    {
        AsKeyword = asKeyword;
        Identifier = identifier;
    }

    /// <summary>The <c>as</c> keyword.</summary>
    public SyntaxToken AsKeyword { get; }

    /// <summary>The alias.</summary>
    public SyntaxToken Identifier { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => AsKeyword,
        1 => Identifier,
        _ => null,
    };
}
