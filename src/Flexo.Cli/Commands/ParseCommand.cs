using System.CommandLine;
using System.Globalization;
using System.Text;
using Flexo.Cli.Files;
using Flexo.Cli.Output;
using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Cli.Commands;

/// <summary>
/// <c>flexo parse FILE [--tree] [--tokens]</c>: shows how Flexo reads one file: the syntax tree (the default), the
/// tokens with their trivia, then the diagnostics. Exit code 1 when the file has errors. An Openflexo resource folder
/// <c>X.fml/</c> holding a single <c>X.fml</c> may be given instead of the file.
/// </summary>
internal sealed class ParseCommand(CliConsole console) : ICliCommand
{
    private readonly Argument<string> _file = new("FILE")
    {
        Description = "The FML file to parse; '-' reads standard input.",
    };

    private readonly Option<bool> _tree = new("--tree")
    {
        Description = "Print the syntax tree: one line per node and token, with positions (the default).",
    };

    private readonly Option<bool> _tokens = new("--tokens")
    {
        Description = "Print the tokens in source order, with their leading and trailing trivia.",
    };

    /// <inheritdoc />
    public Command Create()
    {
        var command = new Command("parse", "Print the syntax tree or the tokens of one FML file, and its diagnostics.")
        {
            _file,
            _tree,
            _tokens,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(_file) ?? string.Empty,
            parseResult.GetValue(_tree),
            parseResult.GetValue(_tokens)));
        return command;
    }

    /// <summary>Parses <paramref name="path"/> and prints what was asked for; returns the exit code.</summary>
    public int Run(string path, bool tree, bool tokens)
    {
        if (!CommandSupport.TryFindFiles(console, "parse", [path], out var set, out var exitCode))
        {
            return exitCode;
        }

        // A folder is accepted when it holds exactly one FML file, as an Openflexo resource folder 'X.fml/' does.
        if (set.Files.Length != 1)
        {
            return CommandSupport.UsageError(console, "parse",
                $"'{path}' is a folder holding {Plural.Of(set.Files.Length, ".fml file")}; give one file.");
        }

        var parsed = ParsedFile.Load(set.Files[0], console);
        if (parsed.Tree is { } syntaxTree)
        {
            if (tree || !tokens)
            {
                console.Out.Write(SyntaxTreeDumper.Dump(syntaxTree.Root, syntaxTree.Text));
            }

            if (tokens)
            {
                WriteTokens(syntaxTree);
            }
        }

        foreach (var diagnostic in parsed.Diagnostics)
        {
            console.Out.WriteLine(diagnostic.Format(parsed.Text));
        }

        return parsed.HasErrors ? ExitCodes.Failure : ExitCodes.Success;
    }

    private void WriteTokens(SyntaxTree tree)
    {
        var line = new StringBuilder();
        foreach (var token in tree.Tokens)
        {
            line.Clear();
            line.Append(token.Kind).Append(' ').Append(SyntaxTreeDumper.Quote(token.Text));

            line.Append(" [").Append(Position(tree.Text, token.Span.Start)).Append(']');
            console.Out.WriteLine(line.ToString());
            WriteTrivia("leading", token.LeadingTrivia, tree.Text);
            WriteTrivia("trailing", token.TrailingTrivia, tree.Text);
        }
    }

    private void WriteTrivia(string where, IReadOnlyList<SyntaxTrivia> trivia, SourceText text)
    {
        var line = new StringBuilder();
        foreach (var item in trivia)
        {
            line.Clear();
            line.Append("  ").Append(where).Append(' ').Append(item.Kind).Append(' ');
            line.Append(SyntaxTreeDumper.Quote(item.Text));
            line.Append(" [").Append(Position(text, item.Span.Start)).Append(']');
            console.Out.WriteLine(line.ToString());
        }
    }

    private static string Position(SourceText text, int offset)
    {
        var position = text.GetLinePosition(offset);
        return $"{position.Line}:{position.Column}";
    }
}
