namespace Flexo.Fml.Syntax;

/// <summary>A lone <c>;</c>.</summary>
public sealed class EmptyStatementSyntax : StatementSyntax
{
    internal EmptyStatementSyntax(TokenTable table, int semicolon)
        : base(table)
    {
        _semicolon = semicolon;
    }

    private readonly int _semicolon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EmptyStatement;

    /// <summary>The <c>;</c>.</summary>
    public SyntaxToken Semicolon => Table.Token(_semicolon);

    internal override int ComputeFirstToken()
    {
        int index;
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

        return -1;
    }

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Semicolon,
        _ => null,
    };
}
