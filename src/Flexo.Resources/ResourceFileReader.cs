using Flexo.Fml.Diagnostics;

namespace Flexo.Resources;

/// <summary>The text of a source file, or the problem that kept it from being read.</summary>
/// <param name="Text">The decoded text (without byte order mark); null when <paramref name="Problem"/> is set.</param>
/// <param name="HasByteOrderMark">True when the file starts with a UTF-8 byte order mark.</param>
/// <param name="Problem">Why the file could not be used, or null.</param>
public sealed record ResourceText(string? Text, bool HasByteOrderMark, ResourceProblem? Problem)
{
    /// <summary>True when the text was read and decoded.</summary>
    public bool IsSuccess => Problem is null;
}

/// <summary>Reads resource files as strict UTF-8. Never throws for IO or encoding problems: they become <see cref="ResourceProblem"/>s.</summary>
public static class ResourceFileReader
{
    /// <summary>Reads and decodes the file at <paramref name="fullPath"/>; <paramref name="relativePath"/> is copied into a problem.</summary>
    public static ResourceText Read(string fullPath, string relativePath)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (IsIoProblem(e))
        {
            return new ResourceText(null, false, Unreadable(ResourceProblemKind.UnreadableFile, relativePath, fullPath, e));
        }

        var decoded = Utf8Text.Decode(bytes);
        if (decoded.Error is { } error)
        {
            var problem = new ResourceProblem(relativePath, fullPath, ResourceProblemKind.InvalidUtf8, DiagnosticSeverity.Error,
                $"invalid byte 0x{error.Value:X2} at byte offset {error.ByteOffset}", error, decoded.Text);
            return new ResourceText(null, decoded.HasByteOrderMark, problem);
        }

        return new ResourceText(decoded.Text, decoded.HasByteOrderMark, null);
    }

    /// <summary>True for the exceptions that mean "this file or folder cannot be used", as opposed to bugs.</summary>
    public static bool IsIoProblem(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or System.Security.SecurityException;

    /// <summary>A short reason for an IO exception, without the absolute path .NET puts in its messages.</summary>
    public static string Describe(Exception exception, string? fullPath = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            UnauthorizedAccessException or System.Security.SecurityException => "permission denied",
            FileNotFoundException or DirectoryNotFoundException => "no such file",
            PathTooLongException => "the path is too long",
            IOException io when io.Message.Length > 0 => WithoutPath(io.Message, fullPath).TrimEnd('.'),
            _ => exception.GetType().Name,
        };
    }

    internal static ResourceProblem Unreadable(ResourceProblemKind kind, string relativePath, string fullPath, Exception exception) =>
        new(relativePath, fullPath, kind, DiagnosticSeverity.Error, Describe(exception, fullPath));

    private static string WithoutPath(string message, string? fullPath) =>
        fullPath is null ? message : message.Replace($"'{fullPath}'", $"'{Path.GetFileName(fullPath)}'", StringComparison.Ordinal)
            .Replace(fullPath, Path.GetFileName(fullPath), StringComparison.Ordinal);
}
