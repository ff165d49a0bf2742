using System.Collections;

namespace Flexo.Runtime.Values;

/// <summary>
/// The set of FML (<c>HashSet</c>, <c>LinkedHashSet</c>): membership by FML equality, iteration in insertion order
/// (also after removals), null allowed as an element.
/// </summary>
public sealed class FmlSet : ISet<object?>, IReadOnlyCollection<object?>
{
    private static readonly object NullElement = new();
    private readonly OrderedDictionary<object, object?> items = new(FmlEquality.Instance!);

    /// <summary>Creates an empty set.</summary>
    public FmlSet()
    {
    }

    /// <summary>Creates a set of the given elements (duplicates are kept once, the first one).</summary>
    /// <param name="elements">The elements.</param>
    public FmlSet(IEnumerable<object?> elements)
    {
        UnionWith(elements);
    }

    /// <inheritdoc />
    public int Count => items.Count;

    /// <inheritdoc />
    public bool IsReadOnly => false;

    private static object Key(object? element) => element ?? NullElement;

    private static object? Element(object key) => ReferenceEquals(key, NullElement) ? null : key;

    /// <inheritdoc />
    public bool Add(object? item) => items.TryAdd(Key(item), null);

    /// <inheritdoc />
    void ICollection<object?>.Add(object? item) => Add(item);

    /// <inheritdoc />
    public void Clear() => items.Clear();

    /// <inheritdoc />
    public bool Contains(object? item) => items.ContainsKey(Key(item));

    /// <inheritdoc />
    public void CopyTo(object?[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        foreach (object? e in this)
        {
            array[arrayIndex++] = e;
        }
    }

    /// <inheritdoc />
    public bool Remove(object? item) => items.Remove(Key(item));

    /// <inheritdoc />
    public IEnumerator<object?> GetEnumerator() => items.Keys.Select(Element).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public void UnionWith(IEnumerable<object?> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (object? e in other.ToList())
        {
            Add(e);
        }
    }

    /// <inheritdoc />
    public void ExceptWith(IEnumerable<object?> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (object? e in other.ToList())
        {
            Remove(e);
        }
    }

    /// <inheritdoc />
    public void IntersectWith(IEnumerable<object?> other)
    {
        var keep = new FmlSet(other);
        foreach (object? e in this.ToList())
        {
            if (!keep.Contains(e))
            {
                Remove(e);
            }
        }
    }

    /// <inheritdoc />
    public void SymmetricExceptWith(IEnumerable<object?> other)
    {
        foreach (object? e in new FmlSet(other))
        {
            if (!Remove(e))
            {
                Add(e);
            }
        }
    }

    /// <inheritdoc />
    public bool IsSubsetOf(IEnumerable<object?> other)
    {
        var set = new FmlSet(other);
        return this.All(set.Contains);
    }

    /// <inheritdoc />
    public bool IsSupersetOf(IEnumerable<object?> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.All(Contains);
    }

    /// <inheritdoc />
    public bool IsProperSubsetOf(IEnumerable<object?> other)
    {
        var set = new FmlSet(other);
        return set.Count > Count && this.All(set.Contains);
    }

    /// <inheritdoc />
    public bool IsProperSupersetOf(IEnumerable<object?> other)
    {
        var set = new FmlSet(other);
        return Count > set.Count && set.All(Contains);
    }

    /// <inheritdoc />
    public bool Overlaps(IEnumerable<object?> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Any(Contains);
    }

    /// <inheritdoc />
    public bool SetEquals(IEnumerable<object?> other)
    {
        var set = new FmlSet(other);
        return set.Count == Count && set.All(Contains);
    }

    /// <inheritdoc />
    public override string ToString() => JavaText.ToJavaString(this);
}
