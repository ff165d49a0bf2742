using Flexo.Fml.Semantics;

namespace Flexo.Resources;

/// <summary>
/// What a workspace is made of: resource centers, files and folders given by the user, and in-memory documents, in
/// the order they were added. <see cref="Load"/> scans and reads them into one <see cref="Workspace"/> whose single
/// <see cref="Compilation"/> holds every document, so imports between resource centers resolve. Loading again gives a
/// fresh snapshot of the disk.
/// </summary>
public sealed class ResourceCenterSet
{
    private readonly List<Input> _inputs = [];

    /// <summary>Creates an empty set; <paramref name="options"/> apply to every resource center opened.</summary>
    public ResourceCenterSet(ResourceCenterOptions? options = null)
    {
        Options = options ?? ResourceCenterOptions.Default;
    }

    /// <summary>The options used to open resource centers.</summary>
    public ResourceCenterOptions Options { get; }

    /// <summary>The number of inputs added.</summary>
    public int Count => _inputs.Count;

    /// <summary>
    /// Adds a file or folder as a user gives it (on a command line). Its resource center is found with
    /// <see cref="ResourceCenterLocator"/>: the nearest enclosing folder with a marker file, else the folder itself
    /// (moved out of model folders). Only the path itself is scanned (a file is taken whatever its extension).
    /// Paths are shown as <paramref name="displayPath"/> (default: <paramref name="path"/> as given) joined with the
    /// path found below it. Returns false, and adds nothing, when there is no such file or folder.
    /// </summary>
    public bool TryAddPath(string path, string? displayPath = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0 || path.AsSpan().IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0)
        {
            return false;
        }

        var full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(path));
        if (!Directory.Exists(full) && !File.Exists(full))
        {
            return false;
        }

        _inputs.Add(new PathInput(displayPath ?? path, full));
        return true;
    }

    /// <summary>
    /// Adds the whole folder <paramref name="rootPath"/> as a resource center, exactly there (no search for an
    /// enclosing marker). Paths are shown relative to <paramref name="displayRoot"/> (default: the absolute root).
    /// </summary>
    public ResourceCenterSet AddResourceCenter(string rootPath, string? displayRoot = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(rootPath);
        var full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(rootPath));
        _inputs.Add(new CenterInput(full, displayRoot ?? full));
        return this;
    }

    /// <summary>Adds a document that is not on disk (standard input, an editor buffer); its path must be unique.</summary>
    public ResourceCenterSet AddDocument(FmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _inputs.Add(new DocumentInput(document));
        return this;
    }

    /// <summary>Scans every input, reads every source and builds the workspace and its compilation. Never throws for what is on disk.</summary>
    public Workspace Load(CompilationOptions? options = null) => LoadCore(options ?? CompilationOptions.Default, previous: null);

    /// <summary>
    /// Loads again, with the options of <paramref name="previous"/>, and builds the new compilation from the previous
    /// one: documents whose path, text, URI and container are unchanged keep their syntax trees.
    /// <see cref="Workspace.ChangesSince"/> then says which documents changed.
    /// </summary>
    public Workspace Reload(Workspace previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        return LoadCore(previous.Compilation.Options, previous);
    }

    private Workspace LoadCore(CompilationOptions options, Workspace? previous)
    {
        var builder = new WorkspaceBuilder();
        foreach (var input in _inputs)
        {
            switch (input)
            {
                case PathInput path:
                    var isFolder = Directory.Exists(path.FullPath);
                    var location = ResourceCenterLocator.Locate(path.FullPath);
                    var scoped = DirectoryResourceCenter.Open(location.RootPath, [location.Scope], Options);
                    builder.AddCenter(scoped, full => DisplayPaths.Relative(path.DisplayPath, path.FullPath, isFolder, full));
                    break;
                case CenterInput center:
                    var whole = DirectoryResourceCenter.Open(center.RootPath, Options);
                    builder.AddCenter(whole, full => DisplayPaths.Relative(center.DisplayRoot, center.RootPath, isFolder: true, full));
                    break;
                case DocumentInput document:
                    builder.AddDocument(document.Document);
                    break;
            }
        }

        return builder.Build(options, previous?.Compilation);
    }

    private abstract record Input;

    private sealed record PathInput(string DisplayPath, string FullPath) : Input;

    private sealed record CenterInput(string RootPath, string DisplayRoot) : Input;

    private sealed record DocumentInput(FmlDocument Document) : Input;
}
