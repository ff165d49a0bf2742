using System.Collections.Immutable;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Cli.Files;

/// <summary>
/// One input read and parsed: its text, its tree (null when the file could not be read or decoded) and all its
/// diagnostics, file problems (FML0xxx) included.
/// </summary>
internal sealed record ParsedFile(SourceContent Content, SyntaxTree? Tree, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The input.</summary>
    public SourceFile File => Content.File;

    /// <summary>The decoded text (what diagnostics' spans refer to).</summary>
    public SourceText Text => Content.Text;

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Reads and parses <paramref name="file"/>. Never throws for bad input.</summary>
    public static ParsedFile Load(SourceFile file, CliConsole console)
    {
        var content = SourceReader.Read(file, console);
        if (content.Error is { } error)
        {
            return new ParsedFile(content, null, [error]);
        }

        var tree = SyntaxTree.Parse(content.Text);
        return new ParsedFile(content, tree, tree.Diagnostics);
    }
}
