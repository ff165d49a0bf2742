using Flexo.Fml.Diagnostics;
using Flexo.Fml.Text;

namespace Flexo.Cli.Diagnostics;

/// <summary>
/// The catalogue of command-line diagnostics (codes <c>FML0xxx</c>): problems with files rather than with FML text.
/// They print like syntax diagnostics. Codes are never reused; docs/diagnostics.md lists them.
/// </summary>
internal static class CliErrors
{
    /// <summary>FML0001: the file could not be read.</summary>
    public static Diagnostic CannotRead(string reason) =>
        Error("FML0001", default, $"Cannot read the file: {reason}.");

    /// <summary>FML0002: the file is not valid UTF-8; <paramref name="span"/> points at the first bad byte.</summary>
    public static Diagnostic InvalidUtf8(TextSpan span, long byteOffset, byte value) =>
        Error("FML0002", span, $"The file is not valid UTF-8: invalid byte 0x{value:X2} at byte offset {byteOffset}; "
            + "FML files must be saved as UTF-8.");

    /// <summary>FML0003: the formatted text could not be written back.</summary>
    public static Diagnostic CannotWrite(string reason) =>
        Error("FML0003", default, $"Cannot write the formatted file: {reason}; the file was left unchanged.");

    /// <summary>FML0004: the formatter failed or produced text that does not parse (a Flexo bug).</summary>
    public static Diagnostic FormatterFailed(string reason) =>
        Error("FML0004", default, $"Internal formatter error: {reason}; the file was left unchanged. Please report this.");

    /// <summary>A human-readable reason for an IO exception, without the absolute path .NET puts in its messages.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        PathTooLongException => "the path is too long",
        IOException io when io.Message.Length > 0 => io.Message.TrimEnd('.'),
        _ => exception.GetType().Name,
    };

    private static Diagnostic Error(string code, TextSpan span, string message) =>
        new(code, DiagnosticSeverity.Error, span, message);
}
