namespace Flexo.Fml.Syntax;

/// <summary><c>Type name [= value];</c></summary>
public sealed class LocalDeclarationStatementSyntax : StatementSyntax
{
    internal LocalDeclarationStatementSyntax(VariableDeclarationSyntax declaration, SyntaxToken semicolon)
        : base(SyntaxKind.LocalDeclarationStatement)
    {
        Declaration = declaration;
        Semicolon = semicolon;
    }

    /// <summary>The declaration.</summary>
    public VariableDeclarationSyntax Declaration { get; }

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Declaration,
        1 => Semicolon,
        _ => null,
    };
}
