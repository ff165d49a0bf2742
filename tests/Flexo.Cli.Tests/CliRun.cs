using System.Text;
using Flexo.Fml.Syntax;

namespace Flexo.Cli.Tests;

/// <summary>The result of one in-process run of the tool.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>Standard output split into lines (no trailing empty line).</summary>
    public IReadOnlyList<string> OutLines => Split(Out);

    /// <summary>Standard error split into lines.</summary>
    public IReadOnlyList<string> ErrorLines => Split(Error);

    private static string[] Split(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs <c>flexo</c> in-process with captured output.</summary>
public static class CliRun
{
    /// <summary>Runs the tool with <paramref name="args"/>.</summary>
    public static CliResult Run(params string[] args) => Run(args, stdin: null, formatter: null);

    /// <summary>Runs the tool with standard input and an optional formatter replacing the real one.</summary>
    public static CliResult Run(string[] args, byte[]? stdin, Func<SyntaxTree, string>? formatter)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(output, error, () => new MemoryStream(stdin ?? []));
        var code = FlexoApp.Run(args, console, formatter);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the tool with <paramref name="formatter"/> replacing the real formatter.</summary>
    public static CliResult RunWithFormatter(Func<SyntaxTree, string> formatter, params string[] args) =>
        Run(args, stdin: null, formatter);

    /// <summary>Runs the tool with <paramref name="stdin"/> as standard input.</summary>
    public static CliResult RunWithInput(string stdin, params string[] args) =>
        Run(args, Encoding.UTF8.GetBytes(stdin), formatter: null);
}
