using System.Collections.Immutable;
using System.CommandLine;
using Flexo.Cli.Diagnostics;
using Flexo.Cli.Files;
using Flexo.Cli.Output;
using Flexo.Fml.Semantics;
using Flexo.Fml.Text;
using Flexo.Resources;

namespace Flexo.Cli.Commands;

/// <summary>What <c>flexo check</c> was asked to do, besides the paths.</summary>
/// <param name="Json">One JSON document instead of text.</param>
/// <param name="WarningsAsErrors">Report warnings as errors (<c>--warnaserror</c>).</param>
/// <param name="Strict">Strict checking (<c>--strict</c>): <see cref="CompilationOptions.Strict"/>, and warnings as errors.</param>
/// <param name="SyntaxOnly">Only parse (<c>--syntax-only</c>): <see cref="CompilationOptions.SyntaxOnly"/>.</param>
/// <param name="Plugins">Folders of adapter plugins (<c>--plugins</c>) whose vocabulary is checked too.</param>
internal sealed record CheckOptions(bool Json = false, bool WarningsAsErrors = false, bool Strict = false, bool SyntaxOnly = false, IReadOnlyList<string>? Plugins = null)
{
    /// <summary>The options of the compilation built from these: the shipped adapters and the plugins' vocabularies included.</summary>
    public CompilationOptions ToCompilationOptions() => new()
    {
        SyntaxOnly = SyntaxOnly,
        Strict = Strict,
        Adapters = Host.FlexoHost.CheckerCatalog(new Host.HostOptions { PluginFolders = Plugins ?? [] }),
    };
}

/// <summary>
/// <c>flexo check PATH...</c>: loads every path (resource-center folders, plain folders, files, standard input) into
/// one compilation, so that imports between them resolve, then prints the diagnostics of every file in the MSBuild
/// shape (<c>path(line,col): error FML1010: message</c>) and a summary line; or one JSON document with
/// <c>--format json</c>. Files and folders that cannot be used are reported as FML0xxx diagnostics. Exit code 0
/// without errors, 1 with errors, 2 on a usage problem.
/// </summary>
internal sealed class CheckCommand(CliConsole console) : ICliCommand
{
    /// <summary>The URI given to a model read from standard input (it belongs to no resource center).</summary>
    public const string StandardInputUri = "urn:flexo:stdin";

    private readonly Argument<string[]> _paths = CommandSupport.PathsArgument(
        "FML files, folders or resource centers to check (folders are scanned for Openflexo resources and *.fml files); "
        + "'-' reads standard input.");

    private readonly Option<string> _format = CreateFormatOption();

    private readonly Option<bool> _warningsAsErrors = new("--warnaserror")
    {
        Description = "Report warnings as errors (and fail on them).",
    };

    private readonly Option<bool> _strict = new("--strict")
    {
        Description = "Strict checking: rules that are warnings by default (such as visibility) become errors; implies --warnaserror.",
    };

    private readonly Option<string[]> _plugins = HostSupport.PluginsOption();

    private readonly Option<bool> _syntaxOnly = new("--syntax-only")
    {
        Description = "Only parse: report syntax errors and file problems, skip name resolution and typing.",
    };

    /// <inheritdoc />
    public Command Create()
    {
        var command = new Command("check", "Check FML files and resource centers: syntax, names and types.")
        {
            _paths,
            _format,
            _warningsAsErrors,
            _strict,
            _syntaxOnly,
            _plugins,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(_paths) ?? [],
            new CheckOptions(
                Json: parseResult.GetValue(_format) == "json",
                WarningsAsErrors: parseResult.GetValue(_warningsAsErrors),
                Strict: parseResult.GetValue(_strict),
                SyntaxOnly: parseResult.GetValue(_syntaxOnly),
                Plugins: parseResult.GetValue(_plugins) ?? [])));
        return command;
    }

    /// <summary>Checks <paramref name="paths"/> and returns the exit code.</summary>
    public int Run(IReadOnlyList<string> paths, CheckOptions options)
    {
        var missing = paths.Where(p => p != "-" && !Exists(p)).ToList();
        if (missing.Count > 0)
        {
            foreach (var path in missing)
            {
                console.Error.WriteLine($"flexo check: error: no such file or folder: '{path}'.");
            }

            console.Error.WriteLine("Run 'flexo check --help' for usage.");
            return ExitCodes.Usage;
        }

        var set = new ResourceCenterSet();
        CheckedFile? unreadableInput = null;
        var inputRead = false;
        foreach (var path in paths)
        {
            if (path != "-")
            {
                set.TryAddPath(path);
            }
            else if (!inputRead)
            {
                inputRead = true;
                unreadableInput = AddStandardInput(set);
            }
        }

        var workspace = set.Load(options.ToCompilationOptions());
        var files = Check(workspace);
        if (unreadableInput is not null)
        {
            files.Add(unreadableInput);
        }

        if (options.WarningsAsErrors || options.Strict)
        {
            files = [.. files.Select(f => f.WithWarningsAsErrors())];
        }

        if (options.Json)
        {
            JsonReportWriter.Write(console.Out, files, workspace);
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

    /// <summary>One report line per entry of the workspace, in order; instance resources are listed only in JSON.</summary>
    private static List<CheckedFile> Check(Workspace workspace)
    {
        var compilation = workspace.Compilation;

        // Parse every document on all cores first; the compilation then finds the trees ready.
        compilation.Documents.AsParallel().ForAll(document => compilation.GetSyntaxTree(document.Path));

        var files = new List<CheckedFile>();
        foreach (var entry in workspace.Entries)
        {
            switch (entry)
            {
                case WorkspaceSource { Document: { } document } source:
                    var text = compilation.GetSyntaxTree(document.Path)?.Text ?? new SourceText(document.Text, document.Path);
                    files.Add(new CheckedFile(source.Path, text, compilation.GetDiagnostics(document.Path), source.Uri));
                    break;
                case WorkspaceSource { Problem: { } problem } source:
                    files.Add(Failed(source.Path, problem, source.Uri));
                    break;
                case WorkspaceProblem problem:
                    files.Add(Failed(problem.Path, problem.Problem, null));
                    break;
            }
        }

        return files;
    }

    private CheckedFile? AddStandardInput(ResourceCenterSet set)
    {
        var content = SourceReader.Read(SourceFile.StandardInput, console);
        if (content.Error is { } error)
        {
            return new CheckedFile(SourceFile.StandardInputName, content.Text, [error], null);
        }

        set.AddDocument(new FmlDocument(SourceFile.StandardInputName, content.Text.Text, StandardInputUri));
        return null;
    }

    private static CheckedFile Failed(string path, ResourceProblem problem, string? uri) =>
        new(path, new SourceText(problem.DecodedText ?? string.Empty, path), ImmutableArray.Create(CliErrors.For(problem)), uri);

    private static bool Exists(string path) =>
        path.Length > 0 && path.AsSpan().IndexOfAny(Path.GetInvalidPathChars()) < 0 && (File.Exists(path) || Directory.Exists(path));

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
