using System.Collections.Immutable;
using Flexo.Fml.Semantics;

namespace Flexo.Resources;

/// <summary>
/// A snapshot of everything a <see cref="ResourceCenterSet"/> found and read: the sources in order, the problems,
/// the instance resources, and one <see cref="Compilation"/> of all the documents. Immutable.
/// </summary>
public sealed class Workspace
{
    private readonly Dictionary<string, WorkspaceSource> _byUri = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WorkspaceSource> _byPath = new(StringComparer.Ordinal);

    internal Workspace(
        Compilation compilation,
        ImmutableArray<WorkspaceEntry> entries,
        ImmutableArray<WorkspaceSource> contextSources,
        ImmutableArray<DirectoryResourceCenter> resourceCenters)
    {
        Compilation = compilation;
        Entries = entries;
        ContextSources = contextSources;
        ResourceCenters = resourceCenters;
        Sources = [.. entries.OfType<WorkspaceSource>()];
        Instances = [.. entries.OfType<WorkspaceInstance>()];
        Problems = [.. entries.Select(e => e switch
        {
            WorkspaceSource source => source.Problem,
            WorkspaceProblem problem => problem.Problem,
            _ => null,
        }).OfType<ResourceProblem>()];

        foreach (var source in Sources.Concat(ContextSources))
        {
            _byUri.TryAdd(source.Uri, source);
            _byPath.TryAdd(source.Path, source);
            if (source.FullPath is { } full)
            {
                _byPath.TryAdd(full, source);
            }
        }
    }

    /// <summary>The compilation of every document read (the requested sources and the enclosing models they need).</summary>
    public Compilation Compilation { get; }

    /// <summary>What was asked for, in order: sources, problems and instance resources.</summary>
    public ImmutableArray<WorkspaceEntry> Entries { get; }

    /// <summary>The requested FML sources, in order (those that could not be read included).</summary>
    public ImmutableArray<WorkspaceSource> Sources { get; }

    /// <summary>
    /// Sources that were not asked for but are in the compilation because a requested contained model needs them:
    /// the models enclosing it (<c>Parent.fml/Parent.fml</c> for <c>Parent.fml/Child.fml/Child.fml</c>).
    /// </summary>
    public ImmutableArray<WorkspaceSource> ContextSources { get; }

    /// <summary>The instance resources found (<c>*.fml.rt</c> folders), in order.</summary>
    public ImmutableArray<WorkspaceInstance> Instances { get; }

    /// <summary>Every problem: files and folders that could not be used, sources that could not be read.</summary>
    public ImmutableArray<ResourceProblem> Problems { get; }

    /// <summary>The resource centers scanned, one per input, in order.</summary>
    public ImmutableArray<DirectoryResourceCenter> ResourceCenters { get; }

    /// <summary>The source with this computed URI (requested sources first, then context sources), or null.</summary>
    public WorkspaceSource? FindByUri(string uri) => _byUri.GetValueOrDefault(uri);

    /// <summary>The source whose document path or absolute path is <paramref name="path"/>, or null.</summary>
    public WorkspaceSource? FindByPath(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>
    /// The documents of this workspace's compilation that are new, changed (text, URI or container) or gone compared
    /// with <paramref name="previous"/>, by document path in ordinal order.
    /// </summary>
    public WorkspaceChanges ChangesSince(Workspace previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        var before = previous.Compilation.Documents.ToDictionary(d => d.Path, StringComparer.Ordinal);
        var after = Compilation.Documents.ToDictionary(d => d.Path, StringComparer.Ordinal);
        return new WorkspaceChanges(
            [.. after.Values.Where(d => !before.ContainsKey(d.Path)).OrderBy(d => d.Path, StringComparer.Ordinal)],
            [.. after.Values.Where(d => before.TryGetValue(d.Path, out var old) && old != d).OrderBy(d => d.Path, StringComparer.Ordinal)],
            [.. before.Keys.Where(p => !after.ContainsKey(p)).Order(StringComparer.Ordinal)]);
    }
}
