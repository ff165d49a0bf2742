namespace Flexo.Fml.Syntax;

/// <summary>A whole FML file: header declarations, then the model.</summary>
public sealed class CompilationUnitSyntax : SyntaxNode
{
    internal CompilationUnitSyntax(TokenTable table, SyntaxList<HeaderDeclarationSyntax> headers, SyntaxList<MemberDeclarationSyntax> members, int endOfFile)
        : base(table)
    {
        Headers = headers;
        Members = members;
        _endOfFile = endOfFile;
    }

    private readonly int _endOfFile;

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.CompilationUnit;

    /// <summary>The namespace, use, import and typedef declarations, in source order.</summary>
    public SyntaxList<HeaderDeclarationSyntax> Headers { get; }

    /// <summary>The top-level declarations (normally exactly one model).</summary>
    public SyntaxList<MemberDeclarationSyntax> Members { get; }

    /// <summary>The end-of-file token (it carries the trailing comments of the file).</summary>
    public SyntaxToken EndOfFile => Table.Token(_endOfFile);

    internal override int ComputeFirstToken()
    {
        int index;
        if ((index = Headers.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = Members.FirstTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = _endOfFile) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int ComputeLastToken()
    {
        int index;
        if ((index = _endOfFile) >= 0)
        {
            return index;
        }

        if ((index = Members.LastTokenIndex) >= 0)
        {
            return index;
        }

        if ((index = Headers.LastTokenIndex) >= 0)
        {
            return index;
        }

        return -1;
    }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Headers.Slot,
        1 => Members.Slot,
        2 => EndOfFile,
        _ => null,
    };
}
