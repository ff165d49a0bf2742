namespace Flexo.Fml.Syntax;

/// <summary><c>inside A</c></summary>
public sealed class InsideClauseSyntax : SyntaxNode
{
    internal InsideClauseSyntax(SyntaxToken insideKeyword, TypeSyntax type)
        : base(SyntaxKind.InsideClause)
    {
        InsideKeyword = insideKeyword;
        Type = type;
    }

    /// <summary>The <c>inside</c> keyword.</summary>
    public SyntaxToken InsideKeyword { get; }

    /// <summary>The container concept.</summary>
    public TypeSyntax Type { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => InsideKeyword,
        1 => Type,
        _ => null,
    };
}
