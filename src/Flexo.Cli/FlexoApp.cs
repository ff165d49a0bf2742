using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using Flexo.Cli.Commands;

namespace Flexo.Cli;

/// <summary>
/// The <c>flexo</c> command line: builds the commands, parses the arguments, maps usage errors to exit code 2 and
/// unexpected exceptions to exit code 3 (<c>flexo: internal error: ...</c>, full exception only with
/// <c>FLEXO_DEBUG=1</c>). Everything is printed through a <see cref="CliConsole"/>.
/// </summary>
internal static class FlexoApp
{
    /// <summary>
    /// Runs the tool with <paramref name="args"/> and returns the process exit code. <paramref name="formatter"/>
    /// replaces <see cref="Fml.Formatting.FmlFormatter.Format"/> (tests use it to exercise <c>fmt</c> on its own).
    /// </summary>
    public static int Run(IReadOnlyList<string> args, CliConsole console, Func<Fml.Syntax.SyntaxTree, string>? formatter = null)
    {
        try
        {
            var root = CreateRootCommand(console, formatter);
            var parseResult = root.Parse(args);
            var unknownOptions = FindUnknownOptions(parseResult);
            if (parseResult.Action is ParseErrorAction || unknownOptions.Count > 0)
            {
                return ReportUsageErrors(parseResult, unknownOptions, console);
            }

            var configuration = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            };
            return parseResult.Invoke(configuration);
        }
        catch (Exception e)
        {
            return ReportInternalError(e, console);
        }
        finally
        {
            FlushQuietly(console.Out);
            FlushQuietly(console.Error);
        }
    }

    /// <summary>The root command with every verb.</summary>
    public static RootCommand CreateRootCommand(CliConsole console, Func<Fml.Syntax.SyntaxTree, string>? formatter = null)
    {
        var root = new RootCommand("Flexo: check, format and run FML, the Openflexo modelling language (FML 2.99).");
        ICliCommand[] commands =
        [
            new CheckCommand(console), new FormatCommand(console, formatter), new ParseCommand(console),
            new RunCommand(console), new ScriptFileCommand(console), new ReplCommand(console), new ValidateCommand(console),
        ];
        foreach (var command in commands)
        {
            root.Add(command.Create());
        }

        return root;
    }

    /// <summary>
    /// Tokens that look like options but are not known. System.CommandLine takes them as values of a
    /// <c>PATH...</c> argument; a path that really starts with '-' can still be given after <c>--</c>.
    /// </summary>
    private static List<string> FindUnknownOptions(ParseResult parseResult)
    {
        var unknown = new List<string>();
        if (parseResult.Action is HelpAction)
        {
            return unknown;
        }

        var valueOptions = ValueOptionNames(parseResult.RootCommandResult.Command);
        Token? previous = null;
        foreach (var token in parseResult.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }

            var isOptionValue = previous is { Type: TokenType.Option } && valueOptions.Contains(previous.Value);
            if (token.Type == TokenType.Argument && !isOptionValue && token.Value.Length > 1 && token.Value[0] == '-')
            {
                unknown.Add(token.Value);
            }

            previous = token;
        }

        return unknown;
    }

    private static HashSet<string> ValueOptionNames(Command root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Command>([root]);
        while (pending.Count > 0)
        {
            var command = pending.Pop();
            foreach (var option in command.Options.Where(o => o.ValueType != typeof(bool)))
            {
                names.Add(option.Name);
                names.UnionWith(option.Aliases);
            }

            foreach (var subcommand in command.Subcommands)
            {
                pending.Push(subcommand);
            }
        }

        return names;
    }

    private static int ReportUsageErrors(ParseResult parseResult, List<string> unknownOptions, CliConsole console)
    {
        var command = parseResult.CommandResult.Command;
        var name = command is RootCommand ? "flexo" : $"flexo {command.Name}";
        foreach (var option in unknownOptions)
        {
            console.Error.WriteLine($"{name}: error: unknown option '{option}'.");
        }

        foreach (var error in parseResult.Errors)
        {
            console.Error.WriteLine($"{name}: error: {error.Message}");
        }

        console.Error.WriteLine($"Run '{name} --help' for usage.");
        return ExitCodes.Usage;
    }

    private static int ReportInternalError(Exception exception, CliConsole console)
    {
        while (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            exception = aggregate.InnerExceptions[0];
        }

        FlushQuietly(console.Out);
        console.Error.WriteLine($"flexo: internal error: {exception.Message}");
        console.Error.WriteLine(console.Debug
            ? exception.ToString()
            : "This is a bug in Flexo. Run again with FLEXO_DEBUG=1 for details, and please report it.");
        return ExitCodes.InternalError;
    }

    private static void FlushQuietly(TextWriter writer)
    {
        try
        {
            writer.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The stream is gone (closed pipe); there is nobody left to tell.
        }
    }
}
