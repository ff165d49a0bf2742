using System.CommandLine;
using Flexo.Cli.Files;

namespace Flexo.Cli.Commands;

/// <summary>Pieces shared by the commands: path arguments and usage errors.</summary>
internal static class CommandSupport
{
    /// <summary>The <c>PATH...</c> argument: one or more files or folders, <c>-</c> for standard input.</summary>
    public static Argument<string[]> PathsArgument(string description) => new("PATH")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>Prints a usage error for <paramref name="command"/> and returns <see cref="ExitCodes.Usage"/>.</summary>
    public static int UsageError(CliConsole console, string command, string message)
    {
        console.Error.WriteLine($"flexo {command}: error: {message}");
        console.Error.WriteLine($"Run 'flexo {command} --help' for usage.");
        return ExitCodes.Usage;
    }

    /// <summary>Expands the paths; prints a usage error and returns false when some path does not exist.</summary>
    public static bool TryFindFiles(CliConsole console, string command, IEnumerable<string> paths, out SourceFileSet set, out int exitCode)
    {
        set = SourceFileFinder.Find(paths);
        if (set.MissingPaths.Length == 0)
        {
            exitCode = ExitCodes.Success;
            return true;
        }

        foreach (var missing in set.MissingPaths)
        {
            console.Error.WriteLine($"flexo {command}: error: no such file or folder: '{missing}'.");
        }

        console.Error.WriteLine($"Run 'flexo {command} --help' for usage.");
        exitCode = ExitCodes.Usage;
        return false;
    }
}
