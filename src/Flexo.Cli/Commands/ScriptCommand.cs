using System.CommandLine;
using Flexo.Execution;
using Flexo.Host;
using Flexo.Host.Scripts;

namespace Flexo.Cli.Commands;

/// <summary>
/// <c>flexo script FILE [--rc DIR]...</c>: runs an FML script (FML.md §8.5, docs/scripts.md) on the resource centers
/// given (default: the script's folder). Relative paths in the script start from the script's folder. Exit code 0 when
/// every command ran, 1 at the first failure (printed with its position and FML stack), 2 on a usage problem.
/// </summary>
internal sealed class ScriptFileCommand(CliConsole console) : ICliCommand
{
    private readonly Argument<string> _file = new("FILE") { Description = "The .fmlscript file to run." };

    private readonly Option<string[]> _rc = new("--rc")
    {
        Description = "A resource center to load (repeatable); default: the folder of the script.",
        AllowMultipleArgumentsPerToken = false,
        HelpName = "DIR",
    };

    private readonly Option<string[]> _plugins = HostSupport.PluginsOption();
    private readonly Option<long> _maxSteps = HostSupport.MaxStepsOption();
    private readonly Option<double> _timeout = HostSupport.TimeoutOption();

    /// <inheritdoc />
    public Command Create()
    {
        var command = new Command("script", "Run an FML script (.fmlscript) on resource centers.") { _file, _rc, _plugins, _maxSteps, _timeout };
        command.SetAction(parse => Run(
            parse.GetValue(_file)!,
            parse.GetValue(_rc) ?? [],
            HostSupport.EngineOptions(console, parse.GetValue(_maxSteps), parse.GetValue(_timeout)),
            parse.GetValue(_plugins) ?? []));
        return command;
    }

    /// <summary>Runs the script and returns the exit code.</summary>
    public int Run(string file, IReadOnlyList<string> resourceCenters, EngineOptions engine, IReadOnlyList<string>? plugins = null)
    {
        if (!File.Exists(file))
        {
            return CommandSupport.UsageError(console, "script", $"no such file: '{file}'.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var host = HostSupport.Open(console, "script", resourceCenters.Count > 0 ? resourceCenters : [folder], engine, plugins);
        return host is null ? ExitCodes.Failure : RunScript(console, host, file, folder);
    }

    /// <summary>Runs a script file on an open host; prints the failure, if any.</summary>
    public static int RunScript(CliConsole console, FlexoHost host, string file, string workingDirectory)
    {
        var runner = new ScriptRunner(host, console.Out, workingDirectory) { Errors = console.Error };
        var result = runner.RunFile(Path.GetFullPath(file));
        if (result.Succeeded)
        {
            // What the script changed in adapter resources (CSV files, workbooks) is written back, atomically.
            host.SaveResources();
        }

        if (result.Failure is { } failure)
        {
            console.Error.WriteLine(failure.ToString());
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }
}
