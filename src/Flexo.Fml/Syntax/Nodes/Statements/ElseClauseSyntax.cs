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

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _elseKeyword) >= 0)
        {
            return index;
        }

        if ((index = Statement.FirstTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = Statement.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _elseKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ElseKeyword,
        1 => Statement,
        _ => null,
    };
}
