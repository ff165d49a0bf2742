namespace Flexo.Adapters;

/// <summary>
/// A kind of resource an adapter reads and writes (a file type, by extension): how to open, create, name, save and
/// close one, and how to find an element inside it from the element's URI. Opened resources are cached per engine, so
/// every role and slot that names the same file shares one resource.
/// </summary>
/// <typeparam name="TResource">The CLR type of an open resource (it is registered as a technology type too).</typeparam>
public abstract class ResourceKind<TResource>
    where TResource : class
{
    /// <summary>The file extensions, with the dot (<c>.csv</c>).</summary>
    public abstract IReadOnlyList<string> Extensions { get; }

    /// <summary>Opens an existing file. Throw <see cref="Execution.TechnologyException"/> for a user error.</summary>
    /// <param name="path">The absolute path.</param>
    /// <param name="settings">The model slot's settings.</param>
    /// <returns>The open resource.</returns>
    public abstract TResource Open(string path, SlotSettings settings);

    /// <summary>Creates a new file (never over an existing one).</summary>
    /// <param name="path">The absolute path.</param>
    /// <param name="settings">The creating action's arguments.</param>
    /// <returns>The open resource.</returns>
    public virtual TResource Create(string path, SlotSettings settings) =>
        throw new Execution.TechnologyException($"this adapter cannot create '{Path.GetFileName(path)}'");

    /// <summary>The resource's URI (an absolute <c>file:</c> URI); element URIs start with it, then <c>#</c>.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>The URI.</returns>
    public abstract string UriOf(TResource resource);

    /// <summary>Writes the resource if it changed (atomically; an unchanged resource keeps its bytes).</summary>
    /// <param name="resource">The resource.</param>
    public abstract void Save(TResource resource);

    /// <summary>The element an element URI designates inside the resource, or null when it does not exist.</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="uri">The full element URI.</param>
    /// <returns>The element, or null.</returns>
    public abstract object? Resolve(TResource resource, string uri);

    /// <summary>Releases the resource (disposes it by default).</summary>
    /// <param name="resource">The resource.</param>
    public virtual void Close(TResource resource) => (resource as IDisposable)?.Dispose();

    /// <summary>
    /// The file of an open resource changed on disk: read it again if the resource holds no unsaved edit
    /// (<see cref="ResourceRefresh.Reloaded"/>), else keep the edits (<see cref="ResourceRefresh.KeptEdits"/>: nothing is
    /// lost; saving then reports the conflict). The default does not know how (<see cref="ResourceRefresh.NotSupported"/>).
    /// </summary>
    /// <param name="resource">The open resource.</param>
    /// <returns>What was done.</returns>
    public virtual ResourceRefresh Refresh(TResource resource) => ResourceRefresh.NotSupported;
}

/// <summary>What refreshing an open resource from its changed file did.</summary>
public enum ResourceRefresh
{
    /// <summary>The resource reads the new content of the file.</summary>
    Reloaded,

    /// <summary>The resource holds unsaved edits: they are kept, the file is not read.</summary>
    KeptEdits,

    /// <summary>The adapter cannot reload this kind of resource.</summary>
    NotSupported,
}
