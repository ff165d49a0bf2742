using System.CommandLine;
using Flexo.Cli.Diagnostics;
using Flexo.Cli.Files;
using Flexo.Cli.Output;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Formatting;
using Flexo.Fml.Syntax;

namespace Flexo.Cli.Commands;

/// <summary>
/// <c>flexo fmt PATH... [--check] [--stdout]</c>: rewrites FML files in their normalized form. A file is written
/// (atomically) only when its text changes, so unchanged files keep their bytes and their modification time. A file
/// with syntax errors is never formatted. <c>--check</c> writes nothing and fails when some file would change;
/// <c>--stdout</c> prints the formatted text of one file instead of writing it.
/// </summary>
internal sealed class FormatCommand(CliConsole console, Func<SyntaxTree, string>? formatter = null) : ICliCommand
{
    private readonly Func<SyntaxTree, string> _formatter = formatter ?? FmlFormatter.Format;

    private readonly Argument<string[]> _paths =
        CommandSupport.PathsArgument("FML files or folders to format (folders are scanned for *.fml); '-' reads standard input and writes standard output.");

    private readonly Option<bool> _check = new("--check")
    {
        Description = "Write nothing; list the files that are not formatted and exit with 1 if there is any.",
    };

    private readonly Option<bool> _stdout = new("--stdout")
    {
        Description = "Print the formatted text of the (single) file instead of rewriting it.",
    };

    private enum Mode
    {
        Write,
        Check,
        Print,
    }

    private enum Outcome
    {
        Unchanged,
        Changed,
        Skipped,
        InternalError,
    }

    /// <inheritdoc />
    public Command Create()
    {
        var command = new Command("fmt", "Format FML files in place (only files without syntax errors).")
        {
            _paths,
            _check,
            _stdout,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(_paths) ?? [],
            parseResult.GetValue(_check),
            parseResult.GetValue(_stdout)));
        return command;
    }

    /// <summary>Formats <paramref name="paths"/> and returns the exit code.</summary>
    public int Run(IReadOnlyList<string> paths, bool check, bool toStdout)
    {
        if (check && toStdout)
        {
            return CommandSupport.UsageError(console, "fmt", "--check and --stdout cannot be used together.");
        }

        if (!CommandSupport.TryFindFiles(console, "fmt", paths, out var set, out var exitCode))
        {
            return exitCode;
        }

        if (toStdout && set.Files.Length != 1)
        {
            return CommandSupport.UsageError(console, "fmt",
                $"--stdout needs exactly one file, but the paths name {Plural.Of(set.Files.Length, "file")}.");
        }

        var mode = check ? Mode.Check : toStdout ? Mode.Print : Mode.Write;
        if (mode == Mode.Write && set.Files.Any(f => f.IsStandardInput))
        {
            // Standard input can only be written back to standard output, which must then hold nothing else.
            if (set.Files.Length != 1)
            {
                return CommandSupport.UsageError(console, "fmt", "'-' (standard input) cannot be formatted together with files.");
            }

            mode = Mode.Print;
        }

        int changed = 0, skipped = 0, internalErrors = 0;
        foreach (var file in set.Files)
        {
            switch (FormatOne(file, mode))
            {
                case Outcome.Changed: changed++; break;
                case Outcome.Skipped: skipped++; break;
                case Outcome.InternalError: internalErrors++; break;
            }
        }

        if (mode != Mode.Print)
        {
            var total = set.Files.Length;
            var skippedNote = skipped > 0 ? $"; {Plural.Of(skipped, "file")} skipped because of errors" : "";
            console.Out.WriteLine(mode == Mode.Check
                ? $"{changed} of {Plural.Of(total, "file")} would be reformatted{skippedNote}."
                : $"Formatted {changed} of {Plural.Of(total, "file")}{skippedNote}.");
            if (total == 0)
            {
                console.Error.WriteLine("flexo fmt: note: no .fml files found.");
            }
        }

        if (internalErrors > 0)
        {
            return ExitCodes.InternalError;
        }

        return skipped > 0 || (mode == Mode.Check && changed > 0) ? ExitCodes.Failure : ExitCodes.Success;
    }

    private Outcome FormatOne(SourceFile file, Mode mode)
    {
        var parsed = ParsedFile.Load(file, console);
        if (parsed.HasErrors || parsed.Tree is null)
        {
            ReportDiagnostics(parsed, parsed.Diagnostics);
            console.Error.WriteLine($"{file.DisplayPath}: not formatted: the file has errors.");
            return Outcome.Skipped;
        }

        if (!TryFormat(parsed.Tree, out var formatted, out var failure))
        {
            ReportDiagnostics(parsed, [failure]);
            return Outcome.InternalError;
        }

        var original = parsed.Text.Text;
        var isChanged = !string.Equals(formatted, original, StringComparison.Ordinal);
        switch (mode)
        {
            case Mode.Print:
                console.Out.Write(formatted);
                break;
            case Mode.Check:
                if (isChanged)
                {
                    console.Out.WriteLine($"Would reformat {file.DisplayPath}");
                }

                break;
            case Mode.Write when isChanged:
                try
                {
                    AtomicFile.WriteAllText(file.FullPath!, formatted, parsed.Content.HasByteOrderMark);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
                {
                    ReportDiagnostics(parsed, [CliErrors.CannotWrite(CliErrors.Describe(e))]);
                    return Outcome.Skipped;
                }

                console.Out.WriteLine($"Formatted {file.DisplayPath}");
                break;
        }

        return isChanged ? Outcome.Changed : Outcome.Unchanged;
    }

    /// <summary>
    /// Runs the formatter, refusing output that no longer parses: whatever goes wrong, the user's file is kept.
    /// </summary>
    private bool TryFormat(SyntaxTree tree, out string formatted, out Diagnostic failure)
    {
        formatted = string.Empty;
        failure = CliErrors.FormatterFailed("unknown");
        try
        {
            formatted = _formatter(tree);
        }
        catch (Exception e)
        {
            failure = CliErrors.FormatterFailed($"{e.GetType().Name}: {e.Message.TrimEnd('.')}");
            return false;
        }

        var reparsed = SyntaxTree.Parse(formatted, tree.Text.Path);
        if (reparsed.Diagnostics.FirstOrDefault(d => d.IsError) is { } error)
        {
            failure = CliErrors.FormatterFailed($"the formatted text does not parse ({error.Format(reparsed.Text)})");
            return false;
        }

        return true;
    }

    private void ReportDiagnostics(ParsedFile file, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            console.Error.WriteLine(diagnostic.Format(file.Text));
        }
    }
}
