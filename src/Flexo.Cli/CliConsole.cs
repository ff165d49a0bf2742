namespace Flexo.Cli;

/// <summary>
/// Where a command reads and writes: standard output, standard error and standard input. Commands never touch
/// <see cref="Console"/> directly, so tests can run them in-process and capture everything they print.
/// </summary>
internal sealed class CliConsole
{
    private static readonly System.Text.UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Func<Stream> _openInput;

    /// <summary>Creates a console from explicit writers; <paramref name="openInput"/> opens standard input (bytes).</summary>
    public CliConsole(TextWriter output, TextWriter error, Func<Stream>? openInput = null, bool debug = false)
    {
        Out = output;
        Error = error;
        _openInput = openInput ?? (() => Stream.Null);
        Debug = debug;
    }

    /// <summary>Normal output: diagnostics, reports, formatted text.</summary>
    public TextWriter Out { get; }

    /// <summary>Usage errors, notes and internal errors.</summary>
    public TextWriter Error { get; }

    /// <summary>True when internal errors should show the full exception (<c>FLEXO_DEBUG=1</c>).</summary>
    public bool Debug { get; }

    /// <summary>The process console, with <c>FLEXO_DEBUG</c> read from the environment.</summary>
    public static CliConsole FromProcess()
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), Utf8NoBom) { AutoFlush = false, NewLine = "\n" };
        var error = new StreamWriter(Console.OpenStandardError(), Utf8NoBom) { AutoFlush = true, NewLine = "\n" };
        var debug = Environment.GetEnvironmentVariable("FLEXO_DEBUG") is "1" or "true";
        return new CliConsole(output, error, Console.OpenStandardInput, debug);
    }

    /// <summary>Opens standard input as raw bytes (decoded by the caller, which checks the UTF-8).</summary>
    public Stream OpenInput() => _openInput();
}
