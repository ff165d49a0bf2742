namespace Flexo.Fml.Syntax;

/// <summary><c>onfailure: statement</c></summary>
public sealed class OnFailureClauseSyntax : SyntaxNode
{
    internal OnFailureClauseSyntax(TokenTable table, int onFailureKeyword, int colon, StatementSyntax statement)
        : base(table)
    {
        _onFailureKeyword = onFailureKeyword;
        _colon = colon;
        Statement = statement;
    }

    private readonly int _onFailureKeyword;

    private readonly int _colon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OnFailureClause;

    /// <summary>The <c>onfailure</c> keyword.</summary>
    public SyntaxToken OnFailureKeyword => Table.Token(_onFailureKeyword);

    /// <summary>The <c>:</c>.</summary>
    public SyntaxToken Colon => Table.Token(_colon);

    /// <summary>The statement run to fix a violation.</summary>
    public StatementSyntax Statement { get; }

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _onFailureKeyword) >= 0)
        {
            return index;
        }

        if ((index = _colon) >= 0)
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

        if ((index = _colon) >= 0)
        {
            return index;
        }

        if ((index = _onFailureKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OnFailureKeyword,
        1 => Colon,
        2 => Statement,
        _ => null,
    };
}
