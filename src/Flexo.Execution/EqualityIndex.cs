using System.Runtime.CompilerServices;
using Flexo.Fml.Semantics;
using Flexo.Runtime;
using Flexo.Runtime.Values;

namespace Flexo.Execution;

/// <summary>
/// The instances of one concept (sub-concepts included) of a model instance, by the value of one stored single-valued
/// property, kept up to date from the instance model's change notifications. <c>select</c> uses it when a condition
/// is <c>selected.p == e</c>, so that finding the matches is a hash lookup instead of a scan.
/// </summary>
internal sealed class EqualityIndex
{
    private readonly ConceptSymbol _concept;
    private readonly string _property;
    private readonly Dictionary<object, List<ConceptInstance>> _buckets = new(FmlEquality.Instance!);
    private readonly List<ConceptInstance> _nulls = [];
    private readonly Dictionary<ConceptInstance, object?> _keys = new(ReferenceEqualityComparer.Instance);

    public EqualityIndex(VirtualModelInstance model, ConceptSymbol concept, PropertySymbol property)
    {
        _concept = concept;
        _property = property.Name;
        foreach (var instance in model.InstancesOf(concept))
        {
            Add(instance, instance.Get(property));
        }
    }

    /// <summary>The live bucket of instances whose property equals <paramref name="key"/> (any order; do not keep).</summary>
    public IReadOnlyList<ConceptInstance> Bucket(object? key) =>
        (key is null ? _nulls : _buckets.GetValueOrDefault(key)) ?? (IReadOnlyList<ConceptInstance>)[];

    /// <summary>The instances whose property equals <paramref name="key"/>, in creation order.</summary>
    public ConceptInstance[] Lookup(object? key)
    {
        var bucket = key is null ? _nulls : _buckets.GetValueOrDefault(key);
        if (bucket is null || bucket.Count == 0)
        {
            return [];
        }

        var result = bucket.ToArray();
        if (result.Length > 1)
        {
            Array.Sort(result, static (a, b) => a.FlexoId.CompareTo(b.FlexoId));
        }

        return result;
    }

    public void OnChange(InstanceChange change)
    {
        var instance = change.Instance;
        switch (change.Kind)
        {
            case InstanceChangeKind.Created when _concept.IsSuperConceptOf(instance.Concept):
                Add(instance, null);
                break;
            case InstanceChangeKind.PropertyChanged when change.Property?.Name == _property && _keys.ContainsKey(instance):
                Remove(instance);
                Add(instance, change.NewValue);
                break;
            case InstanceChangeKind.Deleted when _keys.ContainsKey(instance):
                Remove(instance);
                break;
        }
    }

    private void Add(ConceptInstance instance, object? key)
    {
        _keys[instance] = key;
        if (key is null)
        {
            _nulls.Add(instance);
            return;
        }

        if (!_buckets.TryGetValue(key, out var bucket))
        {
            _buckets[key] = bucket = [];
        }

        bucket.Add(instance);
    }

    private void Remove(ConceptInstance instance)
    {
        var key = _keys[instance];
        _keys.Remove(instance);
        var bucket = key is null ? _nulls : _buckets.GetValueOrDefault(key);
        bucket?.Remove(instance);
        if (key is not null && bucket is { Count: 0 })
        {
            _buckets.Remove(key);
        }
    }
}

/// <summary>The equality indexes of one model instance, created on demand and fed by one observer.</summary>
internal sealed class EqualityIndexes : IInstanceObserver
{
    private static readonly ConditionalWeakTable<VirtualModelInstance, EqualityIndexes> s_byModel = [];
    private readonly Dictionary<(ConceptSymbol, PropertySymbol), EqualityIndex> _indexes = [];
    private readonly VirtualModelInstance _model;

    private EqualityIndexes(VirtualModelInstance model)
    {
        _model = model;
        model.ObserveAll(this);
    }

    public static EqualityIndex For(VirtualModelInstance model, ConceptSymbol concept, PropertySymbol property)
    {
        var indexes = s_byModel.GetValue(model, static m => new EqualityIndexes(m));
        if (!indexes._indexes.TryGetValue((concept, property), out var index))
        {
            index = new EqualityIndex(indexes._model, concept, property);
            indexes._indexes[(concept, property)] = index;
        }

        return index;
    }

    public void OnChange(InstanceChange change)
    {
        foreach (var index in _indexes.Values)
        {
            index.OnChange(change);
        }
    }
}
