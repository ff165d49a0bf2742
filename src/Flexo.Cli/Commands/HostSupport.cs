using System.CommandLine;
using System.Globalization;
using Flexo.Cli.Diagnostics;
using Flexo.Execution;
using Flexo.Host;
using Flexo.Resources;

namespace Flexo.Cli.Commands;

/// <summary>What the commands that run FML share: the budget options and opening a host with its errors printed.</summary>
internal static class HostSupport
{
    public static Option<string[]> PluginsOption() => new("--plugins")
    {
        Description = "A folder of technology-adapter plugins to load (repeatable; see docs/adapters.md).",
        HelpName = "DIR",
    };

    public static Option<long> MaxStepsOption() => new("--max-steps")
    {
        Description = "Steps (loop iterations and calls) one call may take before it fails (0: no limit).",
        DefaultValueFactory = _ => Execution.EngineOptions.Default.MaxSteps,
        HelpName = "N",
    };

    public static Option<double> TimeoutOption() => new("--timeout")
    {
        Description = "Seconds one call may run before it fails (0: no limit).",
        DefaultValueFactory = _ => Execution.EngineOptions.Default.Timeout.TotalSeconds,
        HelpName = "SECONDS",
    };

    public static EngineOptions EngineOptions(CliConsole console, long maxSteps, double timeout) => Execution.EngineOptions.Default with
    {
        MaxSteps = maxSteps,
        Timeout = TimeSpan.FromSeconds(Math.Max(0, timeout)),
        Log = new TextWriterLogSink(console.Out),
    };

    /// <summary>
    /// Opens the paths as resource centers; prints every error of the models (as <c>flexo check</c> does) and returns
    /// null when there is one, so that nothing runs on models that do not check.
    /// </summary>
    public static FlexoHost? Open(CliConsole console, string command, IReadOnlyList<string> paths, EngineOptions engine, IReadOnlyList<string>? plugins = null)
    {
        foreach (var folder in plugins ?? [])
        {
            if (!Directory.Exists(folder))
            {
                console.Error.WriteLine($"flexo {command}: error: no such plugins folder: '{folder}'.");
                return null;
            }
        }

        foreach (var path in paths)
        {
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                console.Error.WriteLine($"flexo {command}: error: no such file or folder: '{path}'.");
                return null;
            }
        }

        var host = FlexoHost.Open(new HostOptions { Paths = paths, Engine = engine, PluginFolders = plugins ?? [] });
        foreach (var problem in host.AdapterProblems)
        {
            console.Error.WriteLine($"flexo {command}: warning: {problem}");
        }

        if (!host.HasErrors)
        {
            return host;
        }

        var errors = 0;
        foreach (var problem in host.Workspace.Problems.Where(p => p.IsError))
        {
            console.Error.WriteLine(CliErrors.For(problem).Format(new Fml.Text.SourceText(string.Empty, problem.RelativePath)));
            errors++;
        }

        foreach (var (path, diagnostics) in host.Diagnostics.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var text = host.Compilation.GetSyntaxTree(path)?.Text;
            foreach (var diagnostic in diagnostics.Where(d => d.IsError))
            {
                console.Error.WriteLine(text is null ? $"{path}: error {diagnostic.Code}: {diagnostic.Message}" : diagnostic.Format(text));
                errors++;
            }
        }

        console.Error.WriteLine($"flexo {command}: the models have {errors.ToString(CultureInfo.InvariantCulture)} error(s); nothing was run.");
        return null;
    }

    /// <summary>Prints an execution error with its FML stack to standard error.</summary>
    public static int Report(CliConsole console, string command, FmlExecutionException error)
    {
        console.Error.WriteLine($"flexo {command}: error {error.Describe()}");
        return ExitCodes.Failure;
    }

    /// <summary>Prints a host error to standard error.</summary>
    public static int Report(CliConsole console, string command, HostException error)
    {
        console.Error.WriteLine($"flexo {command}: error {error.Code}: {error.Message}");
        return ExitCodes.Failure;
    }

    /// <summary>The paths of a workspace's instance resources.</summary>
    public static IEnumerable<string> InstanceFolders(Workspace workspace) => workspace.Instances.Select(i => i.Instance.FullPath);
}
