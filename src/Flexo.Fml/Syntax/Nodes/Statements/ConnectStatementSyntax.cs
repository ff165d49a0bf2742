namespace Flexo.Fml.Syntax;

/// <summary><c>connect slot using resource;</c></summary>
public sealed class ConnectStatementSyntax : StatementSyntax
{
    internal ConnectStatementSyntax(TokenTable table, int connectKeyword, ExpressionSyntax slot, int usingKeyword, ExpressionSyntax resource, int semicolon)
        : base(table)
    {
        _connectKeyword = connectKeyword;
        Slot = slot;
        _usingKeyword = usingKeyword;
        Resource = resource;
        _semicolon = semicolon;
    }

    private readonly int _connectKeyword;

    private readonly int _usingKeyword;

    private readonly int _semicolon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ConnectStatement;

    /// <summary>The <c>connect</c> keyword.</summary>
    public SyntaxToken ConnectKeyword => Table.Token(_connectKeyword);

    /// <summary>The model slot.</summary>
    public ExpressionSyntax Slot { get; }

    /// <summary>The <c>using</c> keyword.</summary>
    public SyntaxToken UsingKeyword => Table.Token(_usingKeyword);

    /// <summary>The resource bound to the slot.</summary>
    public ExpressionSyntax Resource { get; }

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon => Table.Token(_semicolon);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = _connectKeyword) >= 0)
        {
            return index;
        }

        if ((index = Slot.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _usingKeyword) >= 0)
        {
            return index;
        }

        if ((index = Resource.FirstTokenIndex) >= 0)
        {
            return index;
        }

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

        if ((index = Resource.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _usingKeyword) >= 0)
        {
            return index;
        }

        if ((index = Slot.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _connectKeyword) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ConnectKeyword,
        1 => Slot,
        2 => UsingKeyword,
        3 => Resource,
        4 => Semicolon,
        _ => null,
    };
}
