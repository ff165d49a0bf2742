namespace Flexo.Fml.Syntax;

/// <summary><c>Type name [= value];</c></summary>
public sealed class LocalDeclarationStatementSyntax : StatementSyntax
{
    internal LocalDeclarationStatementSyntax(TokenTable table, VariableDeclarationSyntax declaration, int semicolon)
        : base(table)
    {
        Declaration = declaration;
        _semicolon = semicolon;
    }

    private readonly int _semicolon;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.LocalDeclarationStatement;

    /// <summary>The declaration.</summary>
    public VariableDeclarationSyntax Declaration { get; }

    /// <summary>The closing <c>;</c>.</summary>
    public SyntaxToken Semicolon => Table.Token(_semicolon);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = Declaration.FirstTokenIndex) >= 0)
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

        if ((index = Declaration.LastTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Declaration,
        1 => Semicolon,
        _ => null,
    };
}
