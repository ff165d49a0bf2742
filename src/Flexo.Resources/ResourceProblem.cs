using Flexo.Fml.Diagnostics;

namespace Flexo.Resources;

/// <summary>What kind of problem a resource center scan or read met.</summary>
public enum ResourceProblemKind
{
    /// <summary>A file exists but cannot be read (permissions, IO error, a link to nothing).</summary>
    UnreadableFile,

    /// <summary>A folder exists but cannot be listed; nothing below it was scanned.</summary>
    UnreadableFolder,

    /// <summary>A file is not valid UTF-8; <see cref="ResourceProblem.Utf8Error"/> says where.</summary>
    InvalidUtf8,

    /// <summary>A model folder <c>X.fml/</c> has no source file <c>X.fml/X.fml</c>.</summary>
    MissingSourceFile,

    /// <summary>An instance folder <c>X.fml.rt/</c> has no data file <c>X.fml.rt/X.fml.rt.xml</c>.</summary>
    MissingInstanceFile,

    /// <summary>A <c>.fml</c> file inside a model folder that is not that folder's source; it is not loaded.</summary>
    IgnoredFile,

    /// <summary>A symbolic link to a folder met while scanning; it is not followed (it could loop).</summary>
    FolderLinkNotFollowed,

    /// <summary>The resource center marker file is empty; the default base URI is used.</summary>
    EmptyMarkerFile,
}

/// <summary>A file or folder of a resource center that could not be used, and why. Never silently dropped.</summary>
/// <param name="RelativePath">The file or folder, relative to the resource center root (<c>/</c> separators; empty for the root itself).</param>
/// <param name="FullPath">Its absolute path.</param>
/// <param name="Kind">What went wrong.</param>
/// <param name="Severity">How serious it is: errors for what cannot be read, warnings for what is ignored, infos for links not followed.</param>
/// <param name="Reason">A short explanation without the path, such as <c>permission denied</c>.</param>
/// <param name="Utf8Error">For <see cref="ResourceProblemKind.InvalidUtf8"/>: where the first invalid byte is.</param>
/// <param name="DecodedText">For <see cref="ResourceProblemKind.InvalidUtf8"/>: the text decoded before the invalid byte (for line and column).</param>
public sealed record ResourceProblem(
    string RelativePath,
    string FullPath,
    ResourceProblemKind Kind,
    DiagnosticSeverity Severity,
    string Reason,
    Utf8Error? Utf8Error = null,
    string? DecodedText = null) : ResourceCenterEntry(RelativePath, FullPath)
{
    /// <summary>True for errors.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;
}
