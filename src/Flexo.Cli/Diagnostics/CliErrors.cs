using Flexo.Fml.Diagnostics;
using Flexo.Fml.Text;
using Flexo.Resources;

namespace Flexo.Cli.Diagnostics;

/// <summary>
/// The catalogue of command-line diagnostics (codes <c>FML0xxx</c>): problems with files and folders rather than
/// with FML text. They print like syntax diagnostics. Codes are never reused; docs/diagnostics.md lists them.
/// </summary>
internal static class CliErrors
{
    /// <summary>FML0001: the file could not be read.</summary>
    public static Diagnostic CannotRead(string reason) =>
        Error("FML0001", default, $"Cannot read the file: {reason}.");

    /// <summary>FML0001: a folder could not be listed while scanning.</summary>
    public static Diagnostic CannotReadFolder(string reason) =>
        Error("FML0001", default, $"Cannot read the folder: {reason}.");

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

    /// <summary>FML0005: a model folder <c>X.fml/</c> without <c>X.fml</c>, or an instance folder without its XML file.</summary>
    public static Diagnostic IncompleteResourceFolder(string reason) =>
        Error("FML0005", default, $"Incomplete resource folder: {reason}.");

    /// <summary>FML0006: a <c>.fml</c> file inside a model folder that is not the folder's source; it is not loaded.</summary>
    public static Diagnostic FileIgnored(string reason) =>
        new("FML0006", DiagnosticSeverity.Warning, default, $"File ignored: {reason}.");

    /// <summary>FML0007: a symbolic link to a folder met while scanning; it is not followed.</summary>
    public static Diagnostic FolderNotScanned(string reason) =>
        new("FML0007", DiagnosticSeverity.Info, default, $"Folder not scanned: {reason}.");

    /// <summary>FML0008: the resource center marker file is empty; the default base URI is used.</summary>
    public static Diagnostic MarkerIgnored(string reason) =>
        new("FML0008", DiagnosticSeverity.Warning, default, $"Marker file ignored: {reason}.");

    /// <summary>The diagnostic for a resource problem found while scanning or reading a resource center.</summary>
    public static Diagnostic For(ResourceProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Kind switch
        {
            ResourceProblemKind.UnreadableFile => CannotRead(problem.Reason),
            ResourceProblemKind.UnreadableFolder => CannotReadFolder(problem.Reason),
            ResourceProblemKind.InvalidUtf8 when problem.Utf8Error is { } error =>
                InvalidUtf8(new TextSpan(error.CharOffset, 0), error.ByteOffset, error.Value),
            ResourceProblemKind.MissingSourceFile or ResourceProblemKind.MissingInstanceFile => IncompleteResourceFolder(problem.Reason),
            ResourceProblemKind.IgnoredFile => FileIgnored(problem.Reason),
            ResourceProblemKind.FolderLinkNotFollowed => FolderNotScanned(problem.Reason),
            ResourceProblemKind.EmptyMarkerFile => MarkerIgnored(problem.Reason),
            _ => CannotRead(problem.Reason),
        };
    }

    /// <summary>A human-readable reason for an IO exception, without the absolute path .NET puts in its messages.</summary>
    public static string Describe(Exception exception) => ResourceFileReader.Describe(exception);

    private static Diagnostic Error(string code, TextSpan span, string message) =>
        new(code, DiagnosticSeverity.Error, span, message);
}
