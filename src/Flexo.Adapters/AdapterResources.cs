using Flexo.Execution;

namespace Flexo.Adapters;

/// <summary>
/// The resources one adapter has open for one engine: opened once per file and shared by every slot and role that
/// names it, saved together, closed together. Relative paths are resolved against <see cref="BaseDirectory"/>.
/// </summary>
public sealed class AdapterResources : IDisposable
{
    private readonly AdapterDefinition _adapter;
    private readonly Dictionary<string, (object Resource, ResourceBinding Kind)> _open = new(StringComparer.Ordinal);

    internal AdapterResources(AdapterDefinition adapter, string baseDirectory)
    {
        _adapter = adapter;
        BaseDirectory = baseDirectory;
    }

    /// <summary>The folder relative paths are resolved against.</summary>
    public string BaseDirectory { get; }

    /// <summary>The open resources.</summary>
    public IEnumerable<object> Open => _open.Values.Select(v => v.Resource);

    /// <summary>The absolute path of a path or <c>file:</c> URI.</summary>
    /// <param name="pathOrUri">A path (absolute or relative) or a <c>file:</c> URI.</param>
    /// <returns>The absolute path.</returns>
    public string FullPath(string pathOrUri)
    {
        ArgumentNullException.ThrowIfNull(pathOrUri);
        if (pathOrUri.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && System.Uri.TryCreate(pathOrUri, UriKind.Absolute, out var uri))
        {
            return Path.GetFullPath(uri.LocalPath);
        }

        return Path.GetFullPath(Path.Combine(BaseDirectory, pathOrUri));
    }

    /// <summary>The open resource of a file, opening it on first use with <paramref name="settings"/>.</summary>
    /// <param name="pathOrUri">The file.</param>
    /// <param name="settings">The settings to open it with (ignored when it is already open).</param>
    /// <param name="resourceType">The FML type wanted (null: by extension).</param>
    /// <returns>The resource.</returns>
    public object OpenResource(string pathOrUri, SlotSettings? settings = null, string? resourceType = null)
    {
        var path = FullPath(pathOrUri);
        if (_open.TryGetValue(path, out var open))
        {
            return open.Resource;
        }

        var kind = (resourceType is null ? null : _adapter.ResourceOfType(resourceType)) ?? _adapter.ResourceOfPath(path)
            ?? throw new TechnologyException($"the {_adapter.DisplayName} adapter cannot open '{Path.GetFileName(path)}'");
        var resource = kind.Open(path, settings ?? SlotSettings.Empty);
        _open[path] = (resource, kind);
        return resource;
    }

    /// <summary>Creates a new file and keeps it open.</summary>
    /// <param name="pathOrUri">The file to create.</param>
    /// <param name="settings">The creation settings.</param>
    /// <param name="resourceType">The FML type of the resource (null: by extension).</param>
    /// <returns>The resource.</returns>
    public object CreateResource(string pathOrUri, SlotSettings settings, string? resourceType = null)
    {
        var path = FullPath(pathOrUri);
        var kind = (resourceType is null ? null : _adapter.ResourceOfType(resourceType)) ?? _adapter.ResourceOfPath(path)
            ?? throw new TechnologyException($"the {_adapter.DisplayName} adapter cannot create '{Path.GetFileName(path)}'");
        var resource = kind.Create(path, settings);
        _open[path] = (resource, kind);
        return resource;
    }

    /// <summary>Saves every open resource that changed (each atomically; unchanged ones keep their bytes).</summary>
    public void SaveAll()
    {
        foreach (var (resource, kind) in _open.Values)
        {
            kind.Save(resource);
        }
    }

    /// <summary>Saves one open resource.</summary>
    /// <param name="resource">The resource.</param>
    public void Save(object resource)
    {
        var entry = _open.Values.FirstOrDefault(v => ReferenceEquals(v.Resource, resource));
        (entry.Kind ?? _adapter.Resources.FirstOrDefault(r => r.Clr.IsInstanceOfType(resource)))?.Save(resource);
    }

    /// <summary>The file at <paramref name="path"/> changed on disk: refreshes the open resource reading it, if any.</summary>
    /// <param name="path">The changed file.</param>
    /// <returns>The resource and what was done, or null when no open resource reads that file.</returns>
    public (object Resource, ResourceRefresh Outcome)? Refresh(string path)
    {
        var full = Path.GetFullPath(path);
        return _open.TryGetValue(full, out var open) ? (open.Resource, open.Kind.Refresh(open.Resource)) : null;
    }

    /// <summary>Closes every open resource without saving.</summary>
    public void Dispose()
    {
        foreach (var (resource, kind) in _open.Values)
        {
            kind.Close(resource);
        }

        _open.Clear();
    }

    /// <summary>The URI of a resource or element this adapter knows, or null.</summary>
    internal string? UriOf(object value)
    {
        if (value is TechnologyReference reference)
        {
            return reference.Uri;
        }

        foreach (var (clr, uriOf) in _adapter.References)
        {
            if (clr.IsInstanceOfType(value))
            {
                return uriOf(value);
            }
        }

        return _adapter.Resources.FirstOrDefault(r => r.Clr.IsInstanceOfType(value))?.UriOf(value);
    }

    /// <summary>Resolves a URI: the resource before <c>#</c> (opened on demand), then the element the fragment names.</summary>
    internal object Resolve(string uri, string? resourceType)
    {
        var hash = uri.IndexOf('#', StringComparison.Ordinal);
        var resourcePart = hash < 0 ? uri : uri[..hash];
        var resource = OpenResource(resourcePart, null, hash < 0 ? resourceType : null);
        if (hash < 0)
        {
            return resource;
        }

        var kind = _open[FullPath(resourcePart)].Kind;
        return kind.Resolve(resource, uri) ?? throw new TechnologyException($"'{uri}' designates nothing in {Path.GetFileName(FullPath(resourcePart))}");
    }
}
