namespace Flexo.Fml.Syntax;

/// <summary><c>for (Type name : collection) statement</c></summary>
public sealed class ForEachStatementSyntax : StatementSyntax
{
    internal ForEachStatementSyntax(SyntaxToken forKeyword, SyntaxToken openParen, TypeSyntax type, SyntaxToken identifier, SyntaxToken colon, ExpressionSyntax collection, SyntaxToken closeParen, StatementSyntax statement)
        : base(SyntaxKind.ForEachStatement)
    {
        ForKeyword = forKeyword;
        OpenParen = openParen;
        Type = type;
        Identifier = identifier;
        Colon = colon;
        Collection = collection;
        CloseParen = closeParen;
        Statement = statement;
    }

    /// <summary>The <c>for</c> keyword.</summary>
    public SyntaxToken ForKeyword { get; }

    /// <summary>The <c>(</c>.</summary>
    public SyntaxToken OpenParen { get; }

    /// <summary>The iterator type.</summary>
    public TypeSyntax Type { get; }

    /// <summary>The iterator name.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary>The <c>:</c>.</summary>
    public SyntaxToken Colon { get; }

    /// <summary>The iterated collection (an expression or an FML action).</summary>
    public ExpressionSyntax Collection { get; }

    /// <summary>The <c>)</c>.</summary>
    public SyntaxToken CloseParen { get; }

    /// <summary>The loop body.</summary>
    public StatementSyntax Statement { get; }

    internal override int SlotCount => 8;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ForKeyword,
        1 => OpenParen,
        2 => Type,
        3 => Identifier,
        4 => Colon,
        5 => Collection,
        6 => CloseParen,
        7 => Statement,
        _ => null,
    };
}
