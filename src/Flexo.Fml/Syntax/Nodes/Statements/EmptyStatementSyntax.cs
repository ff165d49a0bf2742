namespace Flexo.Fml.Syntax;

/// <summary>A lone <c>;</c>.</summary>
public sealed class EmptyStatementSyntax : StatementSyntax
{
    internal EmptyStatementSyntax(SyntaxToken semicolon)
        : base(SyntaxKind.EmptyStatement)
    {
        Semicolon = semicolon;
    }

    /// <summary>The <c>;</c>.</summary>
    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Semicolon,
        _ => null,
    };
}
