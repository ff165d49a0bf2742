using Flexo.Fml.Semantics;
using Flexo.Runtime;
using Flexo.Runtime.Values;

namespace Flexo.Execution;

/// <summary>
/// The value of <c>begin match</c> (type <c>MatchingSet&lt;C&gt;</c>): candidate instances, the ones a <c>match</c>
/// claimed, and the leftovers <c>end match</c> acts on. Finding the candidate for given criteria is a hash lookup
/// (an index per criteria list is built on first use), so a resynchronisation is linear in the number of matches.
/// </summary>
public sealed class MatchingSet
{
    private readonly List<ConceptInstance> _candidates = [];
    private readonly HashSet<ConceptInstance> _claimed = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PropertySymbol[], Dictionary<object, object>> _indexes = new(ReferenceEqualityComparer.Instance);
    private Func<ConceptInstance, PropertySymbol, object?>? _read;
    private readonly VirtualModelInstance? _model;
    private readonly long _watermark;
    private bool _materialized;

    /// <summary>Creates an empty set.</summary>
    /// <param name="concept">The matched concept, if known.</param>
    public MatchingSet(ConceptSymbol? concept) => Concept = concept;

    /// <summary>
    /// A set whose candidates are the instances of <paramref name="concept"/> that exist now in <paramref name="model"/>
    /// (those created later are not candidates), found through the model's equality indexes instead of being copied:
    /// an implicit set (D1) then costs nothing to open, and a match by a stored property is a hash lookup.
    /// </summary>
    internal MatchingSet(ConceptSymbol concept, VirtualModelInstance model)
    {
        Concept = concept;
        _model = model;
        _watermark = model.HighestFlexoId;
    }

    /// <summary>The matched concept.</summary>
    public ConceptSymbol? Concept { get; }

    /// <summary>The candidates, in the order they were added (creation order for a set over a model instance).</summary>
    public IReadOnlyList<ConceptInstance> Candidates => _model is null || _materialized ? _candidates : ModelCandidates();

    private ConceptInstance[] ModelCandidates() => [.. _model!.InstancesOf(Concept!).Where(c => c.FlexoId <= _watermark)];

    private static bool Indexable(PropertySymbol property) =>
        !property.Cardinality.IsMultiple && property.Kind is PropertyKind.Primitive or PropertyKind.Java or PropertyKind.ConceptInstance;

    /// <summary>How many candidates (or created instances) were claimed.</summary>
    public int ClaimedCount => _claimed.Count;

    /// <summary>True once <c>end match</c> (or the end of the behaviour) has finished the set.</summary>
    public bool IsFinished { get; private set; }

    internal void SetReader(Func<ConceptInstance, PropertySymbol, object?> read) => _read ??= read;

    /// <summary>Adds a candidate.</summary>
    /// <param name="candidate">An instance the set may match.</param>
    public void AddCandidate(ConceptInstance candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        _candidates.Add(candidate);
        _indexes.Clear();
    }

    /// <summary>Finds an unclaimed candidate whose properties equal the criteria, claims it and returns it; else null.</summary>
    internal object? Claim(PropertySymbol[] properties, object?[] values)
    {
        var read = _read ?? ((instance, property) => instance.Get(property));
        if (_model is not null && !_materialized)
        {
            if (properties.Length > 0 && Indexable(properties[0]) && !_model.IsDeleted)
            {
                ConceptInstance? best = null;
                foreach (var candidate in EqualityIndexes.For(_model, Concept!, properties[0]).Bucket(values[0]))
                {
                    if (candidate.FlexoId <= _watermark && (best is null || candidate.FlexoId < best.FlexoId)
                        && !candidate.IsDeleted && !_claimed.Contains(candidate) && StillMatches(candidate, properties, values, read))
                    {
                        best = candidate;
                    }
                }

                if (best is not null)
                {
                    _claimed.Add(best);
                }

                return best;
            }

            _candidates.AddRange(ModelCandidates());
            _materialized = true;
        }

        if (!_indexes.TryGetValue(properties, out var index))
        {
            index = new Dictionary<object, object>(KeyComparer.Instance);
            foreach (var candidate in _candidates)
            {
                if (candidate.IsDeleted)
                {
                    continue;
                }

                var key = KeyOf(properties, candidate, read);
                if (!index.TryGetValue(key, out var existing))
                {
                    index[key] = candidate;
                }
                else if (existing is List<ConceptInstance> bucket)
                {
                    bucket.Add(candidate);
                }
                else
                {
                    index[key] = new List<ConceptInstance> { (ConceptInstance)existing, candidate };
                }
            }

            _indexes[properties] = index;
        }

        if (!index.TryGetValue(properties.Length == 1 ? values[0] ?? NullKey : new CriteriaKey(values), out var matches))
        {
            return null;
        }

        if (matches is ConceptInstance single)
        {
            return TryClaim(single, properties, values, read) ? single : null;
        }

        foreach (var candidate in (List<ConceptInstance>)matches)
        {
            if (TryClaim(candidate, properties, values, read))
            {
                return candidate;
            }
        }

        return null;
    }

    private static readonly object NullKey = new();

    private static object KeyOf(PropertySymbol[] properties, ConceptInstance candidate, Func<ConceptInstance, PropertySymbol, object?> read)
    {
        if (properties.Length == 1)
        {
            return read(candidate, properties[0]) ?? NullKey;
        }

        var values = new object?[properties.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = read(candidate, properties[i]);
        }

        return new CriteriaKey(values);
    }

    private bool TryClaim(ConceptInstance candidate, PropertySymbol[] properties, object?[] values, Func<ConceptInstance, PropertySymbol, object?> read)
    {
        if (candidate.IsDeleted || _claimed.Contains(candidate) || !StillMatches(candidate, properties, values, read))
        {
            return false;
        }

        _claimed.Add(candidate);
        return true;
    }

    private static bool StillMatches(ConceptInstance candidate, PropertySymbol[] properties, object?[] values, Func<ConceptInstance, PropertySymbol, object?> read)
    {
        for (var i = 0; i < properties.Length; i++)
        {
            if (!FmlEquality.AreEqual(read(candidate, properties[i]), values[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Claims an instance created by an <c>unmatched:</c> clause, so that it is never a leftover.</summary>
    internal void ClaimCreated(object? created)
    {
        if (created is ConceptInstance instance)
        {
            _claimed.Add(instance);
        }
    }

    /// <summary>The candidates no match claimed and that still exist, in candidate order.</summary>
    public ConceptInstance[] Unmatched() => [.. Candidates.Where(c => !c.IsDeleted && !_claimed.Contains(c))];

    internal void Finish() => IsFinished = true;

    /// <summary>Index keys: single values and <see cref="CriteriaKey"/> tuples, compared with FML equality.</summary>
    private sealed class KeyComparer : IEqualityComparer<object>
    {
        public static KeyComparer Instance { get; } = new();

        public new bool Equals(object? x, object? y) => x is CriteriaKey a ? y is CriteriaKey b && a.Equals(b) : FmlEquality.AreEqual(x, y);

        public int GetHashCode(object obj) => obj is CriteriaKey key ? key.GetHashCode() : FmlEquality.Instance.GetHashCode(obj);
    }

    /// <summary>A tuple of criteria values hashed and compared with FML equality.</summary>
    private sealed class CriteriaKey(object?[] values) : IEquatable<CriteriaKey>
    {
        private readonly object?[] _values = values;

        public bool Equals(CriteriaKey? other)
        {
            if (other is null || _values.Length != other._values.Length)
            {
                return false;
            }

            for (var i = 0; i < _values.Length; i++)
            {
                if (!FmlEquality.AreEqual(_values[i], other._values[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is CriteriaKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var value in _values)
            {
                hash.Add(value is null ? 0 : FmlEquality.Instance.GetHashCode(value));
            }

            return hash.ToHashCode();
        }
    }
}
