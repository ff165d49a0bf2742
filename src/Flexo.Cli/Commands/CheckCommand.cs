using System.CommandLine;
using Flexo.Cli.Files;
using Flexo.Cli.Output;

namespace Flexo.Cli.Commands;

/// <summary>
/// <c>flexo check PATH...</c>: parses every FML file and prints its diagnostics in the MSBuild shape
/// (<c>path(line,col): error FML1010: message</c>), then a summary line; or one JSON document with
/// <c>--format json</c>. Exit code 0 without errors, 1 with errors, 2 on a usage problem.
/// </summary>
internal sealed class CheckCommand(CliConsole console) : ICliCommand
{
    private readonly Argument<string[]> _paths =
        CommandSupport.PathsArgument("FML files or folders to check (folders are scanned for *.fml); '-' reads standard input.");

    private readonly Option<string> _format = CreateFormatOption();

    private readonly Option<bool> _warningsAsErrors = new("--warnaserror", "--strict")
    {
        Description = "Report warnings as errors (and fail on them).",
    };

    /// <inheritdoc />
    public Command Create()
    {
        var command = new Command("check", "Check FML files for syntax errors.")
        {
            _paths,
            _format,
            _warningsAsErrors,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(_paths) ?? [],
            parseResult.GetValue(_format) == "json",
            parseResult.GetValue(_warningsAsErrors)));
        return command;
    }

    /// <summary>Checks <paramref name="paths"/> and returns the exit code.</summary>
    public int Run(IReadOnlyList<string> paths, bool json, bool warningsAsErrors)
    {
        if (!CommandSupport.TryFindFiles(console, "check", paths, out var set, out var exitCode))
        {
            return exitCode;
        }

        var files = set.Files
            .AsParallel()
            .AsOrdered()
            .Select(file => ParsedFile.Load(file, console))
            .Select(file => warningsAsErrors ? file.WithWarningsAsErrors() : file)
            .ToList();

        if (json)
        {
            JsonReportWriter.Write(console.Out, files);
        }
        else
        {
            foreach (var file in files)
            {
                foreach (var diagnostic in file.Diagnostics)
                {
                    console.Out.WriteLine(diagnostic.Format(file.Text));
                }
            }

            var counts = DiagnosticCounts.Of(files.SelectMany(f => f.Diagnostics));
            console.Out.WriteLine($"Checked {Plural.Of(files.Count, "file")}: {counts}.");
        }

        if (files.Count == 0)
        {
            console.Error.WriteLine("flexo check: note: no .fml files found.");
        }

        return files.Any(f => f.HasErrors) ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static Option<string> CreateFormatOption()
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: 'text' (one line per diagnostic and a summary) or 'json' (one document).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }
}
