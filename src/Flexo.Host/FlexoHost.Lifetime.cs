using System.Collections.Concurrent;
using Flexo.Runtime;

namespace Flexo.Host;

public sealed partial class FlexoHost : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<ModelInstanceRepository>> _repositories = new(StringComparer.Ordinal);

    /// <summary>True once <see cref="Close"/> ran.</summary>
    public bool IsClosed { get; private set; }

    /// <summary>
    /// The model instances registered for a resource center (by its base URI), created on first request. Get-or-create
    /// is atomic: concurrent callers all receive the registered repository (D30).
    /// </summary>
    /// <param name="baseUri">The resource center's base URI.</param>
    /// <returns>The repository.</returns>
    public ModelInstanceRepository Repository(string baseUri)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        return _repositories.GetOrAdd(baseUri, static uri => new Lazy<ModelInstanceRepository>(() => new ModelInstanceRepository(uri))).Value;
    }

    /// <summary>The repositories created so far, as a snapshot.</summary>
    public IReadOnlyList<ModelInstanceRepository> Repositories => [.. _repositories.Values.Select(l => l.Value)];

    /// <summary>
    /// Unloads a model instance (D27): it leaves the engine (its listeners are released), releases what it holds on
    /// other loaded instances, and is forgotten by the host. No behaviour runs and nothing is saved or deleted.
    /// </summary>
    /// <param name="instance">A top-level model instance this host created or loaded.</param>
    public void Unload(VirtualModelInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        Engine.Detach(instance);
        if (!instance.IsDeleted)
        {
            instance.Unload();
        }

        _loaded.Remove(instance);
        foreach (var repository in Repositories)
        {
            repository.Remove(instance);
        }
    }

    /// <summary>
    /// Unloads every instance, closes the adapters' open resources without saving them, and closes the host (D27,
    /// D31): always completes; runs no behaviour.
    /// </summary>
    public void Close()
    {
        if (IsClosed)
        {
            return;
        }

        foreach (var instance in _loaded.ToArray())
        {
            Unload(instance);
        }

        _repositories.Clear();
        Adapters.Dispose();
        IsClosed = true;
    }

    /// <inheritdoc />
    public void Dispose() => Close();

    private void ThrowIfClosed()
    {
        if (IsClosed)
        {
            throw new HostException(HostErrors.UnknownModel, "the host is closed");
        }
    }
}

/// <summary>The model instances of one resource center, with notification of each one added.</summary>
public sealed class ModelInstanceRepository
{
    private readonly List<VirtualModelInstance> _instances = [];
    private readonly object _gate = new();

    internal ModelInstanceRepository(string baseUri) => BaseUri = baseUri;

    /// <summary>The resource center's base URI.</summary>
    public string BaseUri { get; }

    /// <summary>Raised after a model instance is registered.</summary>
    public event EventHandler<VirtualModelInstance>? Added;

    /// <summary>The registered instances, as a snapshot.</summary>
    public IReadOnlyList<VirtualModelInstance> Instances
    {
        get
        {
            lock (_gate)
            {
                return [.. _instances];
            }
        }
    }

    /// <summary>Registers an instance and notifies the observers.</summary>
    /// <param name="instance">The model instance.</param>
    public void Add(VirtualModelInstance instance)
    {
        lock (_gate)
        {
            _instances.Add(instance);
        }

        Added?.Invoke(this, instance);
    }

    internal void Remove(VirtualModelInstance instance)
    {
        lock (_gate)
        {
            _instances.Remove(instance);
        }
    }
}
