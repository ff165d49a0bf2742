using System.Collections.Concurrent;
using Flexo.Adapters;

namespace Flexo.Host;

/// <summary>What changed on disk and what the host did about it.</summary>
public enum ResourceChangeKind
{
    /// <summary>A data file (CSV, workbook...) an open adapter resource reads: the resource reads the new content.</summary>
    DataReloaded,

    /// <summary>A data file changed while its resource holds unsaved edits: the edits are kept (saving reports the conflict).</summary>
    DataKeptEdits,

    /// <summary>An FML source of the resource centers changed: the models of this host are those it was opened with; reopen it to use the new ones.</summary>
    ModelChanged,
}

/// <summary>One change of a file the host uses.</summary>
/// <param name="Path">The full path of the file.</param>
/// <param name="Kind">What was done.</param>
public sealed record ResourceChange(string Path, ResourceChangeKind Kind);

public sealed partial class FlexoHost
{
    /// <summary>Raised (on the thread that calls <see cref="Refresh"/>) for every change the host handles.</summary>
    public event EventHandler<ResourceChange>? ResourceChanged;

    /// <summary>
    /// The file at <paramref name="path"/> changed on disk: open adapter resources reading it read it again (unless
    /// they hold unsaved edits, which are kept), and a changed FML source is reported. Observers of
    /// <see cref="ResourceChanged"/> are notified. Returns what was done (empty when the host does not use the file).
    /// </summary>
    /// <param name="path">The changed file.</param>
    /// <returns>The changes handled.</returns>
    public IReadOnlyList<ResourceChange> Refresh(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var changes = new List<ResourceChange>();
        foreach (var (_, outcome) in Adapters.Refresh(full))
        {
            changes.Add(new ResourceChange(full, outcome == ResourceRefresh.KeptEdits ? ResourceChangeKind.DataKeptEdits : ResourceChangeKind.DataReloaded));
        }

        if (Workspace.Sources.Concat(Workspace.ContextSources).Any(s => s.FullPath is { } source && Path.GetFullPath(source) == full))
        {
            changes.Add(new ResourceChange(full, ResourceChangeKind.ModelChanged));
        }

        foreach (var change in changes)
        {
            ResourceChanged?.Invoke(this, change);
        }

        return changes;
    }

    /// <summary>
    /// Watches the resource centers (and the folder relative resource paths start from) for changed files. Changes
    /// are queued by the watcher's thread and handled by <see cref="ResourceWatcher.ApplyPending"/> on the host's
    /// thread (the host is not thread-safe); <see cref="ResourceWatcher.ChangesPending"/> tells when to call it.
    /// </summary>
    /// <returns>The watcher; dispose it to stop watching.</returns>
    public ResourceWatcher Watch()
    {
        var resourceFolders = Adapters.Runtimes.OfType<AdapterRuntime>().Select(r => r.Resources.BaseDirectory);
        return Watch(Workspace.ResourceCenters.Select(c => c.RootPath).Concat(resourceFolders));
    }

    /// <summary>Watches the given folders (none: a watcher fed only by <see cref="ResourceWatcher.Queue"/>).</summary>
    /// <param name="folders">The folders to watch, with their sub-folders.</param>
    /// <returns>The watcher; dispose it to stop watching.</returns>
    public ResourceWatcher Watch(IEnumerable<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        return new ResourceWatcher(this, folders.Where(Directory.Exists).Distinct(StringComparer.Ordinal));
    }
}

/// <summary>Collects file changes under folders and hands them to the host on request (see <see cref="FlexoHost.Watch()"/>).</summary>
public sealed class ResourceWatcher : IDisposable
{
    private readonly FlexoHost _host;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);

    internal ResourceWatcher(FlexoHost host, IEnumerable<string> folders)
    {
        _host = host;
        foreach (var folder in folders)
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, e) => Queue(e.FullPath);
            watcher.Created += (_, e) => Queue(e.FullPath);
            watcher.Renamed += (_, e) => Queue(e.FullPath);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Raised on the watcher's thread when a change is queued (schedule <see cref="ApplyPending"/> from it).</summary>
    public event EventHandler? ChangesPending;

    /// <summary>The number of changed files waiting.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>Records a changed file (what the file-system watcher calls; hosts may call it too).</summary>
    /// <param name="path">The changed file.</param>
    public void Queue(string path)
    {
        if (_pending.TryAdd(Path.GetFullPath(path), 0))
        {
            ChangesPending?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>Hands every queued change to the host (<see cref="FlexoHost.Refresh"/>), on the calling thread.</summary>
    /// <returns>What the host did.</returns>
    public IReadOnlyList<ResourceChange> ApplyPending()
    {
        var changes = new List<ResourceChange>();
        foreach (var path in _pending.Keys.Order(StringComparer.Ordinal).ToList())
        {
            _pending.TryRemove(path, out _);
            changes.AddRange(_host.Refresh(path));
        }

        return changes;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _watchers.Clear();
    }
}
