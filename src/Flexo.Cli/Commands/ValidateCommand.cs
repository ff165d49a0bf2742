using System.CommandLine;
using Flexo.Execution;
using Flexo.Host;

namespace Flexo.Cli.Commands;

/// <summary>
/// <c>flexo validate DIR [INSTANCE.fml.rt...]</c>: loads the model instances of the resource center (or the given
/// ones) and checks every invariant and cardinality (FML.md §5.10). Prints one line per violation; exit code 0 when
/// none, 1 when there are violations or something cannot be loaded, 2 on usage problems.
/// </summary>
internal sealed class ValidateCommand(CliConsole console) : ICliCommand
{
    private readonly Argument<string> _directory = new("DIR") { Description = "The resource center holding the models (and the instances)." };

    private readonly Argument<string[]> _instances = new("INSTANCE")
    {
        Description = "Model instance folders (.fml.rt) to validate; default: every one in DIR.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<long> _maxSteps = HostSupport.MaxStepsOption();
    private readonly Option<double> _timeout = HostSupport.TimeoutOption();

    /// <inheritdoc />
    public Command Create()
    {
        var command = new Command("validate", "Check the invariants and cardinalities of saved model instances.") { _directory, _instances, _maxSteps, _timeout };
        command.SetAction(parse => Run(parse.GetValue(_directory)!, parse.GetValue(_instances) ?? [], HostSupport.EngineOptions(console, parse.GetValue(_maxSteps), parse.GetValue(_timeout))));
        return command;
    }

    /// <summary>Validates and returns the exit code.</summary>
    public int Run(string directory, IReadOnlyList<string> instances, EngineOptions engine)
    {
        if (!Directory.Exists(directory))
        {
            return CommandSupport.UsageError(console, "validate", $"no such folder: '{directory}'.");
        }

        var host = HostSupport.Open(console, "validate", [directory], engine);
        if (host is null)
        {
            return ExitCodes.Failure;
        }

        var folders = instances.Count > 0 ? instances.Select(Path.GetFullPath).ToList() : [.. HostSupport.InstanceFolders(host.Workspace)];
        if (folders.Count == 0)
        {
            console.Out.WriteLine("No model instance to validate.");
            return ExitCodes.Success;
        }

        var violations = 0;
        foreach (var folder in folders)
        {
            try
            {
                var (instance, warnings) = host.Load(folder);
                foreach (var warning in warnings)
                {
                    console.Out.WriteLine(warning.ToString());
                }

                foreach (var violation in host.Validate(instance))
                {
                    var where = violation.Location is { File: { } file } location ? $" (declared in {file}:{location.Line})" : "";
                    console.Out.WriteLine($"{Path.GetRelativePath(Directory.GetCurrentDirectory(), folder)}: error {violation.Code}: {violation.Message}{where}");
                    violations++;
                }
            }
            catch (HostException e)
            {
                console.Error.WriteLine($"flexo validate: error {e.Code}: {e.Message}");
                violations++;
            }
            catch (FmlExecutionException e)
            {
                HostSupport.Report(console, "validate", e);
                violations++;
            }
        }

        console.Out.WriteLine($"Validated {folders.Count} model instance(s): {(violations == 0 ? "no violation" : $"{violations} violation(s)")}.");
        return violations == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
