namespace Flexo.Fml.Syntax;

/// <summary><c>else statement</c></summary>
public sealed class ElseClauseSyntax : SyntaxNode
{
    internal ElseClauseSyntax(TokenTable table, int elseKeyword, StatementSyntax statement)
        : base(table)
    {
        _elseKeyword = elseKeyword;
        Statement = statement;
    }

    private readonly int _elseKeyword;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ElseClause;

    /// <summary>The <c>else</c> keyword.</summary>
    public SyntaxToken ElseKeyword => Table.Token(_elseKeyword);

    /// <summary>The branch.</summary>
    public StatementSyntax Statement { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ElseKeyword,
        1 => Statement,
        _ => null,
    };
}
