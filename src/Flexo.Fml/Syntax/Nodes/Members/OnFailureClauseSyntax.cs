namespace Flexo.Fml.Syntax;

/// <summary><c>onfailure: statement</c></summary>
public sealed class OnFailureClauseSyntax : SyntaxNode
{
    internal OnFailureClauseSyntax(SyntaxToken onFailureKeyword, SyntaxToken colon, StatementSyntax statement)
        : base(SyntaxKind.OnFailureClause)
    {
        OnFailureKeyword = onFailureKeyword;
        Colon = colon;
        Statement = statement;
    }

    /// <summary>The <c>onfailure</c> keyword.</summary>
    public SyntaxToken OnFailureKeyword { get; }

    /// <summary>The <c>:</c>.</summary>
    public SyntaxToken Colon { get; }

    /// <summary>The statement run to fix a violation.</summary>
    public StatementSyntax Statement { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OnFailureKeyword,
        1 => Colon,
        2 => Statement,
        _ => null,
    };
}
