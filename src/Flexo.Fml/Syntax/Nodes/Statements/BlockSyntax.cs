namespace Flexo.Fml.Syntax;

/// <summary><c>{ statements }</c></summary>
public sealed class BlockSyntax : StatementSyntax
{
    internal BlockSyntax(SyntaxToken openBrace, SyntaxList<StatementSyntax> statements, SyntaxToken closeBrace)
        : base(SyntaxKind.Block)
    {
        OpenBrace = openBrace;
        Statements = statements;
        CloseBrace = closeBrace;
    }

    /// <summary>The <c>{</c>.</summary>
    public SyntaxToken OpenBrace { get; }

    /// <summary>The statements.</summary>
    public SyntaxList<StatementSyntax> Statements { get; }

    /// <summary>The <c>}</c>.</summary>
    public SyntaxToken CloseBrace { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OpenBrace,
        1 => Statements,
        2 => CloseBrace,
        _ => null,
    };
}
