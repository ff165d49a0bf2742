namespace Flexo.Runtime;

/// <summary>Unloading a model instance (D27): releasing what it holds on other model instances, running nothing.</summary>
public sealed partial class VirtualModelInstance
{
    /// <summary>True once <see cref="Unload"/> ran: the instance is out of memory's way, not deleted.</summary>
    public bool IsUnloaded { get; private set; }

    /// <summary>
    /// Unloads this top-level model instance and its contained ones (D27): the reverse references its instances
    /// registered on instances of other model instances are released, so nothing loaded keeps it alive; its own
    /// observers are released. No behaviour runs, nothing is deleted, no change is notified: the saved resource stays
    /// what it was. Values are left in place (the instance can still be read, but should be dropped).
    /// </summary>
    public void Unload()
    {
        ThrowIfDeleted();
        if (IsUnloaded)
        {
            return;
        }

        var root = this;
        foreach (var model in SelfAndContained())
        {
            foreach (var instance in model._all.ToArray().Prepend(model))
            {
                instance.ReleaseOutsideReferences(other => !ReferenceEquals(RootOf(other.ModelInstance), root));
            }

            model.IsUnloaded = true;
            model.ReleaseObservers();
        }
    }

    private IEnumerable<VirtualModelInstance> SelfAndContained()
    {
        yield return this;
        foreach (var contained in _contained)
        {
            foreach (var inner in contained.SelfAndContained())
            {
                yield return inner;
            }
        }
    }

    private static VirtualModelInstance RootOf(VirtualModelInstance model)
    {
        while (model.ContainerModelInstance is { } container)
        {
            model = container;
        }

        return model;
    }
}
