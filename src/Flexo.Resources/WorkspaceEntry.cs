using Flexo.Fml.Semantics;

namespace Flexo.Resources;

/// <summary>One item of a <see cref="Workspace"/>: an FML source, a problem or an instance resource.</summary>
/// <param name="Path">The path shown to the user (as given on the command line, joined with the path found below it); for sources, the document path in the compilation.</param>
/// <param name="FullPath">The absolute path on disk; null for in-memory documents.</param>
public abstract record WorkspaceEntry(string Path, string? FullPath);

/// <summary>
/// One FML source of a workspace. <see cref="Document"/> is null when the file could not be read; then
/// <see cref="Problem"/> says why.
/// </summary>
/// <param name="Path">The document path (what diagnostics print).</param>
/// <param name="FullPath">The source file's absolute path; null for in-memory documents.</param>
/// <param name="Uri">The computed URI (FML.md §6.1).</param>
/// <param name="Resource">The resource found in a resource center; null for in-memory documents.</param>
/// <param name="Document">The document handed to the compilation, or null.</param>
/// <param name="Problem">Why the file could not be read, or null.</param>
public sealed record WorkspaceSource(
    string Path,
    string? FullPath,
    string Uri,
    FmlResource? Resource,
    FmlDocument? Document,
    ResourceProblem? Problem) : WorkspaceEntry(Path, FullPath);

/// <summary>A file or folder that could not be used (and is not an FML source that failed to read).</summary>
/// <param name="Path">The path shown to the user.</param>
/// <param name="FullPath">The absolute path.</param>
/// <param name="Problem">What went wrong.</param>
public sealed record WorkspaceProblem(string Path, string FullPath, ResourceProblem Problem) : WorkspaceEntry(Path, FullPath);

/// <summary>A model instance folder (<c>*.fml.rt</c>) of a workspace; listed, not read.</summary>
/// <param name="Path">The path shown to the user.</param>
/// <param name="FullPath">The folder's absolute path.</param>
/// <param name="Instance">The instance resource.</param>
public sealed record WorkspaceInstance(string Path, string FullPath, InstanceResource Instance) : WorkspaceEntry(Path, FullPath);
