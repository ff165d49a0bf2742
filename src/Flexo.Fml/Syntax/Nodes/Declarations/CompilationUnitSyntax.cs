namespace Flexo.Fml.Syntax;

/// <summary>A whole FML file: header declarations, then the model.</summary>
public sealed class CompilationUnitSyntax : SyntaxNode
{
    internal CompilationUnitSyntax(SyntaxList<HeaderDeclarationSyntax> headers, SyntaxList<MemberDeclarationSyntax> members, SyntaxToken endOfFile)
        : base(SyntaxKind.CompilationUnit)
    {
        Headers = headers;
        Members = members;
        EndOfFile = endOfFile;
    }

    /// <summary>The namespace, use, import and typedef declarations, in source order.</summary>
    public SyntaxList<HeaderDeclarationSyntax> Headers { get; }

    /// <summary>The top-level declarations (normally exactly one model).</summary>
    public SyntaxList<MemberDeclarationSyntax> Members { get; }

    /// <summary>The end-of-file token (it carries the trailing comments of the file).</summary>
    public SyntaxToken EndOfFile { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Headers,
        1 => Members,
        2 => EndOfFile,
        _ => null,
    };
}
