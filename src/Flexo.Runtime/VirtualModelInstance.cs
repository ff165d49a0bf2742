using Flexo.Fml.Semantics;

namespace Flexo.Runtime;

/// <summary>
/// An instance of a model (FML.md §5.1): itself a concept instance (the model's properties are stored on it), it owns
/// the concept instances created in it, indexed by concept and every ancestor concept in creation order, and the
/// model instances of its contained models. URI: <c>&lt;base URI&gt;/&lt;name&gt;.fml.rt</c>, or for a contained
/// model instance <c>&lt;container URI&gt;/&lt;name&gt;.fml.rt</c> (FML.md §6.1).
/// Not thread-safe: one thread mutates at a time (see docs/runtime.md).
/// </summary>
public sealed partial class VirtualModelInstance : ConceptInstance
{
    /// <summary>The user identifier used when none is given.</summary>
    public const string DefaultUserId = "FLX";

    private readonly string _uri;
    private readonly List<VirtualModelInstance> _contained = [];
    private readonly InstanceList _all = new();
    private readonly InstanceList _roots = new();
    private readonly Dictionary<ConceptSymbol, InstanceList> _byConcept = [];
    private readonly Dictionary<ConceptSymbol, ConceptSymbol[]> _indexedAs = [];
    private ObserverList? _modelObservers;
    private long _lastFlexoId;

    private VirtualModelInstance(ConceptSymbol model, string name, string uri, string userId, VirtualModelInstance? container, long flexoId = 0)
        : base(model, null, null, flexoId, userId)
    {
        Name = name;
        _uri = uri;
        ContainerModelInstance = container;
        _lastFlexoId = flexoId;
    }

    /// <summary>
    /// Creates a top-level model instance. No constructor is run (behaviours are executed by the interpreter).
    /// </summary>
    /// <param name="model">The model to instantiate (a concrete model).</param>
    /// <param name="name">The instance name (no '/', '#' or whitespace-only).</param>
    /// <param name="baseUri">The base URI (a trailing '/' is ignored).</param>
    /// <param name="userId">The identifier of the creating user, part of instance URIs.</param>
    /// <returns>The new model instance.</returns>
    /// <exception cref="FmlRuntimeException"><paramref name="model"/> is not a model, is abstract, or the name is invalid.</exception>
    public static VirtualModelInstance Create(ConceptSymbol model, string name, string baseUri, string userId = DefaultUserId)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(baseUri);
        CheckModel(model, name, userId);
        return new VirtualModelInstance(model, name, baseUri.TrimEnd('/') + "/" + name + ".fml.rt", userId, null);
    }

    /// <summary>The instance name.</summary>
    public string Name { get; }

    /// <summary>The resource URI of the model instance.</summary>
    public override string Uri => _uri;

    /// <summary>The model instance containing this one, or null for a top-level one.</summary>
    public VirtualModelInstance? ContainerModelInstance { get; private set; }

    /// <summary>The model instances contained in this one, in creation order.</summary>
    public IReadOnlyList<VirtualModelInstance> ContainedModelInstances => _contained;

    /// <summary>The concept instances with no container instance, in creation order.</summary>
    public IReadOnlyList<ConceptInstance> RootInstances => _roots.ToArray();

    /// <summary>Every concept instance of this model instance (not of contained ones), in creation order.</summary>
    public IReadOnlyList<ConceptInstance> AllInstances => _all.ToArray();

    /// <summary>The number of concept instances owned by this model instance.</summary>
    public int InstanceCount => _all.Count;

    /// <summary>
    /// Creates an instance of <paramref name="concept"/> in this model instance and notifies
    /// <see cref="InstanceChangeKind.Created"/>. No constructor is run and initializers are not evaluated (that is the
    /// interpreter's job); every property starts unset (null, or an empty list).
    /// </summary>
    /// <param name="concept">A concrete concept (or event) of this instance's model or of one of its ancestors.</param>
    /// <param name="container">
    /// The container instance: required, and an instance of (a sub-concept of) the concept's
    /// <see cref="ConceptSymbol.ApplicableContainer"/> in this model instance, when the concept has one; null otherwise.
    /// </param>
    /// <returns>The new instance.</returns>
    /// <exception cref="FmlRuntimeException">One of the rules above is broken, or an instance involved is deleted.</exception>
    public ConceptInstance CreateInstance(ConceptSymbol concept, ConceptInstance? container = null)
    {
        ArgumentNullException.ThrowIfNull(concept);
        CheckNewInstance(concept, container);
        if (_lastFlexoId == long.MaxValue)
        {
            throw new FmlRuntimeException($"{Uri} has used every identity: no instance can be created in it any more.");
        }

        return Register(CreateForModel(concept, this, container, ++_lastFlexoId, UserId));
    }

    /// <summary>Checks the rules of <see cref="CreateInstance"/> for a new instance of <paramref name="concept"/> in <paramref name="container"/>.</summary>
    private void CheckNewInstance(ConceptSymbol concept, ConceptInstance? container)
    {
        ThrowIfUnavailable();
        container?.ThrowIfUnavailable();
        if (concept.Kind is not (ConceptKind.Concept or ConceptKind.Event))
        {
            throw new FmlRuntimeException(concept.IsModel
                ? $"'{concept.Name}' is a model: use CreateContainedModelInstance or VirtualModelInstance.Create."
                : $"'{concept.Name}' is an enum: its values are not created.");
        }

        if (concept.IsAbstract)
        {
            throw new FmlRuntimeException($"Concept '{concept.Name}' is abstract and cannot be instantiated.");
        }

        if (!concept.OwningModel.IsSuperConceptOf(Concept))
        {
            throw new FmlRuntimeException($"Concept '{concept.Name}' belongs to model '{concept.OwningModel.Name}', not to '{Concept.Name}' or one of its ancestors.");
        }

        var required = concept.ApplicableContainer is { IsModel: false } applicable ? applicable : null;
        if (required is null && container is not null)
        {
            throw new FmlRuntimeException($"Concept '{concept.Name}' is a root concept: its instances have no container instance.");
        }

        if (required is not null)
        {
            if (container is null)
            {
                throw new FmlRuntimeException($"Concept '{concept.Name}' lives inside '{required.Name}': a container instance is required.");
            }

            if (!required.IsSuperConceptOf(container.Concept))
            {
                throw new FmlRuntimeException($"Concept '{concept.Name}' lives inside '{required.Name}', not inside '{container.Concept.Name}'.");
            }

            if (container.ModelInstance != this || container is VirtualModelInstance)
            {
                throw new FmlRuntimeException($"The container {container.Uri} does not belong to {Uri}.");
            }
        }
    }

    /// <summary>Registers a new instance in every index and its container, and notifies its creation.</summary>
    private ConceptInstance Register(ConceptInstance instance)
    {
        var concept = instance.Concept;
        var container = instance.Container;
        _all.Add(instance);
        foreach (var indexed in IndexedAs(concept))
        {
            if (!_byConcept.TryGetValue(indexed, out var index))
            {
                index = new InstanceList();
                _byConcept.Add(indexed, index);
            }

            index.Add(instance);
        }

        if (container is null)
        {
            _roots.Add(instance);
        }
        else
        {
            container.AddEmbedded(instance);
        }

        if (IsObserved)
        {
            Notify(new InstanceChange(InstanceChangeKind.Created, instance, null, null, null, -1));
        }
        return instance;
    }

    /// <summary>Creates the model instance of a contained model (URI <c>&lt;this URI&gt;/&lt;name&gt;.fml.rt</c>) and notifies its creation.</summary>
    /// <param name="model">A concrete model whose container model is this instance's model (or one of its ancestors).</param>
    /// <param name="name">The instance name, unique among the contained model instances.</param>
    /// <returns>The new model instance, sharing this instance's user identifier.</returns>
    /// <exception cref="FmlRuntimeException">The model is not contained in this one, is abstract, or the name is invalid or taken.</exception>
    public VirtualModelInstance CreateContainedModelInstance(ConceptSymbol model, string name)
    {
        ArgumentNullException.ThrowIfNull(model);
        return AddContained(model, name, UserId, 0);
    }

    /// <summary>Checks and creates a contained model instance, then notifies its creation.</summary>
    private VirtualModelInstance AddContained(ConceptSymbol model, string name, string userId, long flexoId)
    {
        ThrowIfUnavailable();
        CheckModel(model, name, userId);
        if (model.ContainerModel is not { } containerModel || !containerModel.IsSuperConceptOf(Concept))
        {
            throw new FmlRuntimeException($"Model '{model.Name}' is not contained in model '{Concept.Name}'.");
        }

        var uri = Uri + "/" + name + ".fml.rt";
        if (_contained.Any(c => c.Uri == uri))
        {
            throw new FmlRuntimeException($"A model instance named '{name}' already exists in {Uri}.");
        }

        var instance = new VirtualModelInstance(model, name, uri, userId, this, flexoId);
        _contained.Add(instance);
        if (IsObserved)
        {
            Notify(new InstanceChange(InstanceChangeKind.Created, instance, null, null, null, -1));
        }
        return instance;
    }

    /// <summary>The highest identity given so far in this model instance (instances created later have higher ones).</summary>
    public long HighestFlexoId => _lastFlexoId;

    /// <summary>The instances of <paramref name="concept"/> and of its sub-concepts, in creation order.</summary>
    /// <param name="concept">The concept.</param>
    /// <returns>A snapshot of the instances.</returns>
    public IReadOnlyList<ConceptInstance> InstancesOf(ConceptSymbol concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        ThrowIfDeleted();
        return _byConcept.TryGetValue(concept, out var index) ? index.ToArray() : [];
    }

    /// <summary>The instance with the given URI: this model instance, one of its concept instances, or (recursively) a contained model instance or its instances.</summary>
    /// <param name="uri">The URI.</param>
    /// <returns>The instance, or null.</returns>
    public ConceptInstance? FindInstance(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ThrowIfDeleted();
        if (uri == Uri)
        {
            return this;
        }

        if (uri.Length > Uri.Length + 1 && uri[Uri.Length] == '#' && uri.StartsWith(Uri, StringComparison.Ordinal))
        {
            var local = uri.AsSpan(Uri.Length + 1);
            var separator = local.LastIndexOf('_');
            if (separator > 0
                && long.TryParse(local[(separator + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
                && _all.Find(id) is { } instance
                && local[..separator].SequenceEqual(instance.UserId))
            {
                return instance;
            }

            return null;
        }

        foreach (var contained in _contained)
        {
            if (uri.StartsWith(contained.Uri, StringComparison.Ordinal) && contained.FindInstance(uri) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// Observes everything in this model instance and in its contained model instances: creations, deletions and
    /// property changes of every instance (this one included). Disposing the result unsubscribes.
    /// </summary>
    /// <param name="observer">The observer.</param>
    /// <returns>The subscription.</returns>
    public IDisposable ObserveAll(IInstanceObserver observer)
    {
        ThrowIfDeleted();
        return (_modelObservers ??= new ObserverList()).Add(observer);
    }

    /// <summary>
    /// Checks the declared bounds of every stored property of this model instance and its concept instances (D7):
    /// bounds are never enforced by add or set, only reported here.
    /// </summary>
    /// <returns>The violations, by instance in creation order (this instance first) then property.</returns>
    public IReadOnlyList<CardinalityViolation> ValidateCardinalities()
    {
        ThrowIfDeleted();
        var violations = new List<CardinalityViolation>();
        foreach (var instance in _all.ToArray().Prepend(this))
        {
            foreach (var property in AllProperties(instance.Concept))
            {
                if (property.Kind is PropertyKind.Expression or PropertyKind.GetSet or PropertyKind.Abstract)
                {
                    continue;
                }

                var value = instance.Peek(property);
                var count = value is RoleList list ? list.Count : value is null ? 0 : 1;
                var bounds = property.Cardinality;
                if (count < bounds.Lower || (bounds.Upper is { } upper && count > upper))
                {
                    violations.Add(new CardinalityViolation(instance, property, count));
                }
            }
        }

        return violations;
    }

    /// <summary>The concepts an instance of <paramref name="concept"/> is indexed under: itself and every ancestor.</summary>
    private ConceptSymbol[] IndexedAs(ConceptSymbol concept)
    {
        if (!_indexedAs.TryGetValue(concept, out var indexed))
        {
            indexed = [.. concept.AllAncestors().Prepend(concept)];
            _indexedAs.Add(concept, indexed);
        }

        return indexed;
    }

    internal bool HasModelObservers => _modelObservers is { Count: > 0 };

    internal void NotifyModelObservers(InstanceChange change) => _modelObservers?.Notify(change);

    internal void Unregister(ConceptInstance instance)
    {
        _all.Remove(instance);
        _roots.Remove(instance);
        foreach (var indexed in IndexedAs(instance.Concept))
        {
            if (_byConcept.TryGetValue(indexed, out var index))
            {
                index.Remove(instance);
            }
        }
    }

    /// <inheritdoc />
    private protected override void DeleteContents()
    {
        DeleteAll(_contained);
        while (_roots.FirstWhereNot(static i => i.IsDeleting) is { } next)
        {
            next.Delete();
        }
    }

    /// <inheritdoc />
    private protected override void ReleaseObservers()
    {
        _modelObservers?.Clear();
        _modelObservers = null;
    }

    /// <inheritdoc />
    private protected override void Detach()
    {
        ContainerModelInstance?._contained.Remove(this);
    }

    private static void CheckModel(ConceptSymbol model, string name, string userId)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(userId);
        if (!model.IsModel)
        {
            throw new FmlRuntimeException($"'{model.Name}' is not a model.");
        }

        if (model.IsAbstract)
        {
            throw new FmlRuntimeException($"Model '{model.Name}' is abstract and cannot be instantiated.");
        }

        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(['/', '#']) >= 0)
        {
            throw new FmlRuntimeException($"'{name}' is not a valid model instance name (non-empty, no '/' or '#').");
        }

        CheckUserId(userId);
    }
}

/// <summary>A stored property whose number of values is outside its declared bounds (D7).</summary>
/// <param name="Instance">The instance.</param>
/// <param name="Property">The property (effective).</param>
/// <param name="Count">The number of values it holds.</param>
public sealed record CardinalityViolation(ConceptInstance Instance, PropertySymbol Property, int Count)
{
    /// <summary>A readable description.</summary>
    public string Message =>
        $"'{Property.Name}' of {Instance.Uri} holds {Count} value(s), outside {Property.Cardinality}.";
}
