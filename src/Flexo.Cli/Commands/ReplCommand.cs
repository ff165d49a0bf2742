using System.CommandLine;
using System.Text;
using Flexo.Execution;
using Flexo.Host.Scripts;

namespace Flexo.Cli.Commands;

/// <summary>
/// <c>flexo repl [--rc DIR]...</c>: the script language interactively. Lines are read from standard input until a
/// command is complete (ends with ';'), then run; values of expressions are printed; a failing command is reported and
/// the session goes on. <c>exit;</c> or the end of input ends it.
/// </summary>
internal sealed class ReplCommand(CliConsole console) : ICliCommand
{
    private readonly Option<string[]> _rc = new("--rc")
    {
        Description = "A resource center to load (repeatable); default: the current folder.",
        HelpName = "DIR",
    };

    private readonly Option<long> _maxSteps = HostSupport.MaxStepsOption();
    private readonly Option<double> _timeout = HostSupport.TimeoutOption();

    /// <inheritdoc />
    public Command Create()
    {
        var command = new Command("repl", "Run FML script commands interactively.") { _rc, _maxSteps, _timeout };
        command.SetAction(parse => Run(parse.GetValue(_rc) ?? [], HostSupport.EngineOptions(console, parse.GetValue(_maxSteps), parse.GetValue(_timeout))));
        return command;
    }

    /// <summary>Runs the session and returns the exit code (0, or 1 when the models do not check).</summary>
    public int Run(IReadOnlyList<string> resourceCenters, EngineOptions engine)
    {
        var host = HostSupport.Open(console, "repl", resourceCenters.Count > 0 ? resourceCenters : ["."], engine);
        if (host is null)
        {
            return ExitCodes.Failure;
        }

        var runner = new ScriptRunner(host, console.Out) { EchoValues = true, Errors = console.Error };
        using var input = new StreamReader(console.OpenInput(), Encoding.UTF8);
        var pending = new StringBuilder();
        var interactive = !Console.IsInputRedirected;
        var number = 0;
        while (!runner.Exited)
        {
            if (interactive)
            {
                console.Out.Write(pending.Length == 0 ? "fml> " : "...> ");
                console.Out.Flush();
            }

            var line = input.ReadLine();
            if (line is null)
            {
                break;
            }

            pending.AppendLine(line);
            if (!line.TrimEnd().EndsWith(';'))
            {
                continue;
            }

            number++;
            var result = runner.Run(pending.ToString(), $"<repl:{number}>");
            pending.Clear();
            if (result.Failure is { } failure)
            {
                console.Error.WriteLine(failure.ToString());
            }
        }

        return ExitCodes.Success;
    }
}
