namespace Flexo.Fml.Syntax;

/// <summary><c>connect slot using resource;</c></summary>
public sealed class ConnectStatementSyntax : StatementSyntax
{
    internal ConnectStatementSyntax(SyntaxToken connectKeyword, ExpressionSyntax slot, SyntaxToken usingKeyword, ExpressionSyntax resource, SyntaxToken semicolon)
        : base(SyntaxKind.ConnectStatement)
    {
        ConnectKeyword = connectKeyword;
        Slot = slot;
        UsingKeyword = usingKeyword;
        Resource = resource;
        Semicolon = semicolon;
    }

    /// <summary>The <c>connect</c> keyword.</summary>
    public SyntaxToken ConnectKeyword { get; }

    /// <summary>The model slot.</summary>
    public ExpressionSyntax Slot { get; }

    /// <summary>The <c>using</c> keyword.</summary>
    public SyntaxToken UsingKeyword { get; }

    /// <summary>The resource bound to the slot.</summary>
    public ExpressionSyntax Resource { get; }

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon { get; }

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
