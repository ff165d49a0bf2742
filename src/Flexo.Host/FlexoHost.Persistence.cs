using System.Collections.Immutable;
using Flexo.Persistence;
using Flexo.Runtime;

namespace Flexo.Host;

public sealed partial class FlexoHost
{
    private readonly List<VirtualModelInstance> _loaded = [];

    /// <summary>The model instances this host loaded or created through <see cref="Load"/> and <see cref="CreateModelInstance"/>.</summary>
    public IReadOnlyList<VirtualModelInstance> LoadedInstances => _loaded;

    /// <summary>
    /// Saves a model instance (and its contained ones) as <c>Name.fml.rt/</c> in <paramref name="directory"/>, atomically;
    /// an unchanged instance rewrites nothing. The adapters' changed resources (CSV files, workbooks) are saved too.
    /// </summary>
    /// <param name="instance">The model instance.</param>
    /// <param name="directory">The folder to save into (created when missing).</param>
    /// <returns>The path of the <c>.fml.rt</c> folder.</returns>
    /// <exception cref="HostException">The instance cannot be saved (FML8006, with the persistence error).</exception>
    public string Save(VirtualModelInstance instance, string directory)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(directory);
        try
        {
            using var scope = TechnologyValueScope.Use(Adapters);
            var saved = FmlRtStore.Save(instance, directory);
            Adapters.SaveAll();
            return saved;
        }
        catch (FmlPersistenceException e)
        {
            throw new HostException(HostErrors.PersistenceFailed, e.Diagnostic.ToString());
        }
        catch (Exception e) when (e is not (OutOfMemoryException or HostException))
        {
            // An adapter resource (a CSV file, a workbook) could not be written; the layer left the file intact.
            throw new HostException(HostErrors.PersistenceFailed, e.Message);
        }
    }

    /// <summary>
    /// Loads a <c>.fml.rt</c> folder; references to other model instances resolve against the instances already loaded.
    /// The instance is attached to the engine (its listeners are live). Nothing is loaded when there is an error.
    /// </summary>
    /// <param name="fmlRtDirectory">The <c>Name.fml.rt</c> folder.</param>
    /// <returns>The model instance and the warnings of the load.</returns>
    /// <exception cref="HostException">The folder cannot be loaded (FML8006, every problem listed).</exception>
    public (VirtualModelInstance Instance, ImmutableArray<PersistenceDiagnostic> Warnings) Load(string fmlRtDirectory)
    {
        ArgumentNullException.ThrowIfNull(fmlRtDirectory);
        using var scope = TechnologyValueScope.Use(Adapters);
        var result = FmlRtStore.Load(fmlRtDirectory, Compilation, baseUri: null, FmlRtStore.ResolverFor(_loaded));
        if (!result.Succeeded || result.Instance is null)
        {
            throw new HostException(HostErrors.PersistenceFailed, string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.IsError)));
        }

        Track(result.Instance);
        return (result.Instance, [.. result.Diagnostics]);
    }

    private void Track(VirtualModelInstance instance)
    {
        _loaded.Add(instance);
        Engine.Attach(instance);
    }
}
