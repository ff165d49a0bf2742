using System.Collections;
using System.Globalization;
using Flexo.Fml.Semantics;

namespace Flexo.Runtime;

/// <summary>
/// An instance of a concept (FML.md §5.1): its concept, the model instance that owns it, its container instance (for
/// concepts declared inside another concept), the instances embedded in it, and its stored property values.
/// Identity is stable: <see cref="FlexoId"/> is unique within the owning model instance and never reused; the URI is
/// <c>&lt;model instance URI&gt;#&lt;UserId&gt;_&lt;FlexoId&gt;</c>. Instances are created by
/// <see cref="VirtualModelInstance.CreateInstance"/> and removed by <see cref="Delete"/>.
/// The instance model is not thread-safe: one thread mutates at a time (see docs/runtime.md).
/// </summary>
public class ConceptInstance
{
    private readonly VirtualModelInstance? _owner;
    private static readonly List<ConceptInstance> s_noEmbedded = [];
    private PropertyValues _values;
    private List<ConceptInstance>? _embedded;

    /// <summary>Who refers to this instance: (holder, effective property) and how many times (created on first reference).</summary>
    private Dictionary<(ConceptInstance Holder, PropertySymbol Property), int>? _referrers;

    private ObserverList? _observers;
    private bool _deleting;
    private bool _detaching;

    private protected ConceptInstance(ConceptSymbol concept, VirtualModelInstance? owner, ConceptInstance? container, long flexoId, string userId)
    {
        Concept = concept;
        _owner = owner;
        Container = container;
        FlexoId = flexoId;
        UserId = userId;
    }

    internal static ConceptInstance CreateForModel(ConceptSymbol concept, VirtualModelInstance owner, ConceptInstance? container, long flexoId, string userId) =>
        new(concept, owner, container, flexoId, userId);

    /// <summary>The concept this is an instance of (a model for a <see cref="VirtualModelInstance"/>).</summary>
    public ConceptSymbol Concept { get; }

    /// <summary>The model instance that owns this instance (itself for a model instance).</summary>
    public VirtualModelInstance ModelInstance => _owner ?? (VirtualModelInstance)this;

    /// <summary>The instance this one is embedded in, or null for a root instance.</summary>
    public ConceptInstance? Container { get; private set; }

    /// <summary>True when the instance has no container instance.</summary>
    public bool IsRoot => Container is null;

    /// <summary>The numeric identity, unique within the owning model instance (0 for a model instance).</summary>
    public long FlexoId { get; }

    /// <summary>The identifier of the user who created the instance.</summary>
    public string UserId { get; }

    /// <summary>The URI: <c>&lt;model instance URI&gt;#&lt;UserId&gt;_&lt;FlexoId&gt;</c>.</summary>
    public virtual string Uri => ModelInstance.Uri + "#" + UserId + "_" + FlexoId.ToString(CultureInfo.InvariantCulture);

    /// <summary>True once <see cref="Delete"/> has completed; any further use is an error.</summary>
    public bool IsDeleted { get; private set; }

    /// <summary>The instances embedded in this one, in creation order.</summary>
    public IReadOnlyList<ConceptInstance> EmbeddedInstances => _embedded ?? s_noEmbedded;

    /// <summary>The embedded instances whose concept is <paramref name="concept"/> or one of its sub-concepts, in creation order.</summary>
    /// <param name="concept">The concept.</param>
    /// <returns>A snapshot of the matching instances.</returns>
    public IReadOnlyList<ConceptInstance> EmbeddedInstancesOf(ConceptSymbol concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        ThrowIfDeleted();
        return _embedded is null ? [] : [.. _embedded.Where(e => concept.IsSuperConceptOf(e.Concept))];
    }

    /// <summary>The properties of this instance's concept, declared and inherited (the most specialised of each name), own ones first.</summary>
    public IReadOnlyList<PropertySymbol> Properties => [.. AllProperties(Concept)];

    /// <summary>The property named <paramref name="name"/> of this instance's concept, declared or inherited (most specialised first).</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The property, or null.</returns>
    public PropertySymbol? FindProperty(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FindEffective(Concept, name);
    }

    /// <summary>
    /// Reads a property (FML.md §5.4): the effective property of the instance's concept, else of the first container
    /// instance (then the owning model instance) that has it. A multi-valued property returns its live
    /// <see cref="RoleList"/>; an unset single-valued property reads null.
    /// </summary>
    /// <param name="property">The property (possibly declared in an ancestor, a container concept or the model).</param>
    /// <returns>The value.</returns>
    /// <exception cref="FmlRuntimeException">The instance is deleted, the property does not apply, or it is computed (expression, get/set) or abstract.</exception>
    public object? Get(PropertySymbol property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var (target, effective) = Resolve(property.Name, property);
        return target.ReadStored(effective);
    }

    /// <summary>Reads the property named <paramref name="name"/>, resolved as in <see cref="Get(PropertySymbol)"/>.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The value.</returns>
    public object? Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var (target, effective) = Resolve(name, null);
        return target.ReadStored(effective);
    }

    /// <summary>The live list of a multi-valued property.</summary>
    /// <param name="property">The property.</param>
    /// <returns>The list.</returns>
    /// <exception cref="FmlRuntimeException">The property is single-valued, or as for <see cref="Get(PropertySymbol)"/>.</exception>
    public RoleList GetList(PropertySymbol property) =>
        Get(property) as RoleList ?? throw new FmlRuntimeException($"Property '{property.Name}' of '{Concept.Name}' is single-valued.");

    /// <summary>The live list of the multi-valued property named <paramref name="name"/>.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The list.</returns>
    public RoleList GetList(string name) =>
        Get(name) as RoleList ?? throw new FmlRuntimeException($"Property '{name}' of '{Concept.Name}' is single-valued.");

    /// <summary>
    /// Writes a property, resolved as in <see cref="Get(PropertySymbol)"/>. Nothing happens (and nothing is notified)
    /// when the value equals the current one. For a multi-valued property the value is a sequence (or null for
    /// empty) that replaces the content of the live list, notified as removals then additions.
    /// </summary>
    /// <param name="property">The property.</param>
    /// <param name="value">The new value.</param>
    /// <exception cref="FmlRuntimeException">The instance or value is deleted, the value has the wrong concept, the property does not apply or is not stored.</exception>
    public void Set(PropertySymbol property, object? value)
    {
        ArgumentNullException.ThrowIfNull(property);
        var (target, effective) = Resolve(property.Name, property);
        target.WriteStored(effective, value);
    }

    /// <summary>Writes the property named <paramref name="name"/>, as <see cref="Set(PropertySymbol, object)"/>.</summary>
    /// <param name="name">The property name.</param>
    /// <param name="value">The new value.</param>
    public void Set(string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        var (target, effective) = Resolve(name, null);
        target.WriteStored(effective, value);
    }

    /// <summary>
    /// Observes this instance: its property and list changes and its deletion. Disposing the result unsubscribes;
    /// the observers of a deleted instance are released after the <see cref="InstanceChangeKind.Deleted"/> notification.
    /// </summary>
    /// <param name="observer">The observer.</param>
    /// <returns>The subscription.</returns>
    public IDisposable Observe(IInstanceObserver observer)
    {
        ThrowIfDeleted();
        return (_observers ??= new ObserverList()).Add(observer);
    }

    /// <summary>
    /// Deletes the instance (FML.md §5.8, D22, D23), in this order: (1) every embedded instance (for a model instance:
    /// every contained model instance, then every root instance) is deleted by this same procedure, in creation order,
    /// while still attached; (2) every role of every instance that references this one forgets it (removed from lists,
    /// other elements keeping their order; single values set to null), each removal notified; (3) the instance is
    /// detached from its container and its model instance's indexes, marked deleted, and
    /// <see cref="InstanceChangeKind.Deleted"/> is notified. Deletion schemes are not run by the instance model.
    /// </summary>
    /// <exception cref="FmlRuntimeException">The instance is already deleted.</exception>
    public void Delete()
    {
        ThrowIfDeleted();
        if (_deleting)
        {
            return;
        }

        _deleting = true;
        DeleteContents();
        if (_embedded is not null)
        {
            DeleteAll(_embedded);
        }

        // From here on the instance can no longer be stored anywhere nor receive new embedded instances.
        _detaching = true;

        // D22: no role exposes the instance any more.
        foreach (var ((holder, property), _) in _referrers?.ToArray() ?? [])
        {
            if (holder.IsDeleted)
            {
                continue;
            }

            if (holder._values.Get(property) is RoleList list)
            {
                list.RemoveAll(this);
            }
            else
            {
                holder.WriteStored(property, null);
            }
        }

        _referrers = null;

        // The instance's own references no longer count.
        foreach (var (property, value) in _values.Entries())
        {
            if (value is RoleList list)
            {
                foreach (var item in list.Items)
                {
                    ReleaseReference(property, item);
                }
            }
            else
            {
                ReleaseReference(property, value);
            }
        }

        _values.Clear();
        Container?._embedded?.Remove(this);
        Detach();
        IsDeleted = true;
        if (IsObserved)
        {
            Notify(new InstanceChange(InstanceChangeKind.Deleted, this, null, null, null, -1));
        }
        _observers?.Clear();
        _observers = null;
        ReleaseObservers();
    }

    /// <inheritdoc />
    public override string ToString() => Concept.Name + " " + Uri;

    /// <summary>Deletes what a model instance holds (nothing for a concept instance).</summary>
    private protected virtual void DeleteContents()
    {
    }

    /// <summary>Deletes the instances of <paramref name="instances"/> (which shrinks as they go) until none is left that is not already being deleted.</summary>
    private protected static void DeleteAll(IEnumerable<ConceptInstance> instances)
    {
        while (instances.FirstOrDefault(i => !i._deleting) is { } next)
        {
            next.Delete();
        }
    }

    /// <summary>Releases the observers a model instance holds once it is deleted (nothing for a concept instance).</summary>
    private protected virtual void ReleaseObservers()
    {
    }

    /// <summary>Removes the instance from its owner's indexes.</summary>
    private protected virtual void Detach() => ModelInstance.Unregister(this);

    internal void AddEmbedded(ConceptInstance instance) => (_embedded ??= []).Add(instance);

    /// <summary>True once <see cref="Delete"/> has started on this instance.</summary>
    internal bool IsDeleting => _deleting;

    /// <summary>Refuses an instance that is deleted or being detached (a deletion past its embedded instances).</summary>
    internal void ThrowIfUnavailable()
    {
        ThrowIfDeleted();
        if (_detaching)
        {
            throw new FmlRuntimeException($"The instance {Uri} of '{Concept.Name}' is being deleted.");
        }
    }

    internal void ThrowIfDeleted()
    {
        if (IsDeleted)
        {
            throw new FmlRuntimeException($"The instance {Uri} of '{Concept.Name}' has been deleted.");
        }
    }

    /// <summary>Delivers a change to the observers of the changed instance (not necessarily this one), then of its model instance and of every containing model instance.</summary>
    /// <summary>True when some observer would receive a change of this instance (so that unobserved changes allocate nothing).</summary>
    internal bool IsObserved
    {
        get
        {
            if (_observers is { Count: > 0 })
            {
                return true;
            }

            for (var model = ModelInstance; model is not null; model = model.ContainerModelInstance)
            {
                if (model.HasModelObservers)
                {
                    return true;
                }
            }

            return false;
        }
    }

    internal void Notify(InstanceChange change)
    {
        change.Instance._observers?.Notify(change);
        for (var model = change.Instance.ModelInstance; model is not null; model = model.ContainerModelInstance)
        {
            model.NotifyModelObservers(change);
        }
    }

    /// <summary>Checks a value for a property: no deleted instance, and the right concept or enum for concept-typed properties.</summary>
    internal void CheckValue(PropertySymbol property, object? value)
    {
        if (value is ConceptInstance { IsDeleted: true } or ConceptInstance { _detaching: true })
        {
            var dead = (ConceptInstance)value;
            throw new FmlRuntimeException($"Cannot store the deleted instance {dead.Uri} in '{property.Name}' of '{Concept.Name}'.");
        }

        if (value is null || property.ElementType is not ConceptType { Concept: { } expected })
        {
            return;
        }

        if (expected.Kind == ConceptKind.Enum)
        {
            if (value is not EnumValueSymbol enumValue || !expected.EnumValues.Contains(enumValue))
            {
                throw new FmlRuntimeException($"'{property.Name}' of '{Concept.Name}' expects a value of enum '{expected.Name}', not '{value}'.");
            }
        }
        else if (value is not ConceptInstance instance || !expected.IsSuperConceptOf(instance.Concept))
        {
            var actual = value is ConceptInstance other ? other.Concept.Name : value.GetType().Name;
            throw new FmlRuntimeException($"'{property.Name}' of '{Concept.Name}' expects an instance of '{expected.Name}', not '{actual}'.");
        }
    }

    internal void AcquireReference(PropertySymbol property, object? value)
    {
        if (value is ConceptInstance target)
        {
            var key = (this, property);
            var referrers = target._referrers ??= [];
            referrers[key] = referrers.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>Releases the reverse references this instance registered on the instances <paramref name="outside"/> selects (unloading).</summary>
    internal void ReleaseOutsideReferences(Func<ConceptInstance, bool> outside)
    {
        foreach (var (property, value) in _values.Entries())
        {
            if (value is RoleList list)
            {
                foreach (var item in list.Items)
                {
                    if (item is ConceptInstance target && outside(target))
                    {
                        ReleaseReference(property, target);
                    }
                }
            }
            else if (value is ConceptInstance target && outside(target))
            {
                ReleaseReference(property, target);
            }
        }

        _observers?.Clear();
        _observers = null;
    }

    internal void ReleaseReference(PropertySymbol property, object? value)
    {
        if (value is ConceptInstance target)
        {
            var key = (this, property);
            if (target._referrers is not { } referrers)
            {
                return;
            }

            var count = referrers.GetValueOrDefault(key);
            if (count <= 1)
            {
                referrers.Remove(key);
            }
            else
            {
                referrers[key] = count - 1;
            }
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ConceptSymbol, object> s_storedCounts = [];

    /// <summary>How many stored properties instances of a concept can hold (sizes their value array once).</summary>
    private static int StoredPropertyCount(ConceptSymbol concept) =>
        (int)s_storedCounts.GetValue(concept, static c => AllProperties(c).Count(p => p.Kind is not (PropertyKind.Expression or PropertyKind.GetSet or PropertyKind.Abstract)));

    /// <summary>Every property of a concept, declared or inherited, the most specialised of each name, own ones first.</summary>
    internal static IEnumerable<PropertySymbol> AllProperties(ConceptSymbol concept)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var owner in concept.AllAncestors().Prepend(concept))
        {
            foreach (var property in owner.Properties)
            {
                if (names.Add(property.Name))
                {
                    yield return property;
                }
            }
        }
    }

    /// <summary>The current value of a stored property, without notification (null or the live list when unset).</summary>
    internal object? Peek(PropertySymbol effective) =>
        effective.Cardinality.IsMultiple ? ListOf(effective) : _values.Get(effective);

    private static PropertySymbol? FindEffective(ConceptSymbol concept, string name)
    {
        foreach (var owner in concept.AllAncestors().Prepend(concept))
        {
            foreach (var property in owner.Properties)
            {
                if (property.Name == name)
                {
                    return property;
                }
            }
        }

        return null;
    }

    private (ConceptInstance Target, PropertySymbol Effective) Resolve(string name, PropertySymbol? requested)
    {
        ThrowIfDeleted();
        if (requested is not null && ReferenceEquals(requested.Owner, Concept))
        {
            CheckStored(this, requested);
            return (this, requested);
        }

        for (ConceptInstance? current = this; current is not null; current = current.Container ?? (current is VirtualModelInstance ? null : current.ModelInstance))
        {
            if ((requested is null || requested.Owner.IsSuperConceptOf(current.Concept)) && FindEffective(current.Concept, name) is { } effective)
            {
                CheckStored(current, effective);
                return (current, effective);
            }
        }

        throw new FmlRuntimeException($"'{Concept.Name}' has no property '{name}' (nor do its containers or its model).");
    }

    private static void CheckStored(ConceptInstance target, PropertySymbol effective)
    {
        switch (effective.Kind)
        {
            case PropertyKind.Expression:
            case PropertyKind.GetSet:
                throw new FmlRuntimeException($"Property '{effective.Name}' of '{target.Concept.Name}' is computed ({effective.Kind}); computed properties are evaluated by the interpreter, not by the instance model.");
            case PropertyKind.Abstract:
                throw new FmlRuntimeException($"Property '{effective.Name}' is abstract and has no implementation in '{target.Concept.Name}'.");
        }
    }

    private object? ReadStored(PropertySymbol effective) => Peek(effective);

    private RoleList ListOf(PropertySymbol effective)
    {
        if (_values.Get(effective) is RoleList list)
        {
            return list;
        }

        list = new RoleList(this, effective);
        _values.Set(effective, list, _values.IsEmpty ? StoredPropertyCount(Concept) : 0);
        return list;
    }

    private void WriteStored(PropertySymbol effective, object? value)
    {
        if (effective.Cardinality.IsMultiple)
        {
            IReadOnlyList<object?> items = value switch
            {
                null => [],
                string => throw new FmlRuntimeException($"'{effective.Name}' of '{Concept.Name}' is multi-valued: assign a sequence, not a string."),
                IEnumerable sequence => [.. sequence.Cast<object?>()],
                _ => throw new FmlRuntimeException($"'{effective.Name}' of '{Concept.Name}' is multi-valued: assign a sequence."),
            };
            var list = ListOf(effective);
            if (!list.Items.SequenceEqual(items))
            {
                list.ReplaceAll(items);
            }

            return;
        }

        CheckValue(effective, value);
        var old = _values.Get(effective);
        if (Equals(old, value))
        {
            return;
        }

        if (value is null)
        {
            _values.Remove(effective);
        }
        else
        {
            _values.Set(effective, value, _values.IsEmpty ? StoredPropertyCount(Concept) : 0);
        }

        ReleaseReference(effective, old);
        AcquireReference(effective, value);
        if (IsObserved)
        {
            Notify(new InstanceChange(InstanceChangeKind.PropertyChanged, this, effective, old, value, -1));
        }
    }
}
