namespace Flexo.Execution;

/// <summary>Receives the messages of <c>log</c> statements.</summary>
public interface ILogSink
{
    /// <summary>Called for every executed <c>log</c>.</summary>
    /// <param name="message">The logged value, in its Java string form.</param>
    /// <param name="location">Where the <c>log</c> is (file, line, column, behaviour).</param>
    void Log(string message, FmlStackFrame location);
}

/// <summary>Writes logged messages to standard output, one line each.</summary>
public sealed class ConsoleLogSink : ILogSink
{
    private ConsoleLogSink()
    {
    }

    /// <summary>The single instance.</summary>
    public static ConsoleLogSink Instance { get; } = new();

    /// <inheritdoc />
    public void Log(string message, FmlStackFrame location) => Console.Out.WriteLine(message);
}

/// <summary>Keeps logged messages in memory (tests, servers).</summary>
public sealed class MemoryLogSink : ILogSink
{
    private readonly List<string> _messages = [];

    /// <summary>The messages logged so far, in order.</summary>
    public IReadOnlyList<string> Messages => _messages;

    /// <inheritdoc />
    public void Log(string message, FmlStackFrame location) => _messages.Add(message);
}

/// <summary>Writes logged messages to a text writer, one line each.</summary>
public sealed class TextWriterLogSink(TextWriter writer) : ILogSink
{
    /// <inheritdoc />
    public void Log(string message, FmlStackFrame location) => writer.WriteLine(message);
}
