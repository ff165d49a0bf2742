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
    private readonly Dictionary<PropertySymbol[], Dictionary<CriteriaKey, List<ConceptInstance>>> _indexes = new(ReferenceEqualityComparer.Instance);
    private Func<ConceptInstance, PropertySymbol, object?>? _read;

    /// <summary>Creates an empty set.</summary>
    /// <param name="concept">The matched concept, if known.</param>
    public MatchingSet(ConceptSymbol? concept) => Concept = concept;

    /// <summary>The matched concept.</summary>
    public ConceptSymbol? Concept { get; }

    /// <summary>The candidates, in the order they were added.</summary>
    public IReadOnlyList<ConceptInstance> Candidates => _candidates;

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
        if (!_indexes.TryGetValue(properties, out var index))
        {
            index = new Dictionary<CriteriaKey, List<ConceptInstance>>();
            foreach (var candidate in _candidates)
            {
                if (candidate.IsDeleted)
                {
                    continue;
                }

                var key = new CriteriaKey([.. properties.Select(p => read(candidate, p))]);
                if (!index.TryGetValue(key, out var bucket))
                {
                    index[key] = bucket = [];
                }

                bucket.Add(candidate);
            }

            _indexes[properties] = index;
        }

        if (!index.TryGetValue(new CriteriaKey(values), out var matches))
        {
            return null;
        }

        foreach (var candidate in matches)
        {
            if (candidate.IsDeleted || _claimed.Contains(candidate) || !StillMatches(candidate, properties, values, read))
            {
                continue;
            }

            _claimed.Add(candidate);
            return candidate;
        }

        return null;
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
    public ConceptInstance[] Unmatched() => [.. _candidates.Where(c => !c.IsDeleted && !_claimed.Contains(c))];

    internal void Finish() => IsFinished = true;

    /// <summary>A tuple of criteria values hashed and compared with FML equality.</summary>
    private readonly struct CriteriaKey(object?[] values) : IEquatable<CriteriaKey>
    {
        private readonly object?[] _values = values;

        public bool Equals(CriteriaKey other)
        {
            if (_values.Length != other._values.Length)
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
