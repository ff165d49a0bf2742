namespace Flexo.Fml.Syntax;

/// <summary><c>{ statements }</c></summary>
public sealed class BlockSyntax : StatementSyntax
{
    internal BlockSyntax(TokenTable table, int openBrace, SyntaxList<StatementSyntax> statements, int closeBrace)
        : base(table)
    {
        _openBrace = openBrace;
        Statements = statements;
        _closeBrace = closeBrace;
    }

    private readonly int _openBrace;

    private readonly int _closeBrace;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Block;

    /// <summary>The <c>{</c>.</summary>
    public SyntaxToken OpenBrace => Table.Token(_openBrace);

    /// <summary>The statements.</summary>
    public SyntaxList<StatementSyntax> Statements { get; }

    /// <summary>The <c>}</c>.</summary>
    public SyntaxToken CloseBrace => Table.Token(_closeBrace);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _openBrace) >= 0)
        {
            return index;
        }

        if ((index = Statements.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _closeBrace) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = _closeBrace) >= 0)
        {
            return index;
        }

        if ((index = Statements.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _openBrace) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OpenBrace,
        1 => Statements.Slot,
        2 => CloseBrace,
        _ => null,
    };
}
