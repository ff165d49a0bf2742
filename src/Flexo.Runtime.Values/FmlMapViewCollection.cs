using System.Collections;

namespace Flexo.Runtime.Values;

/// <summary>Which view of a map an <see cref="FmlMapViewCollection"/> is.</summary>
public enum FmlMapViewKind
{
    /// <summary><c>keySet()</c>: the keys, a set.</summary>
    Keys,

    /// <summary><c>values()</c>: the values, a collection.</summary>
    Values,

    /// <summary><c>entrySet()</c>: the entries (<see cref="FmlMapEntry"/>), a set.</summary>
    Entries,
}

/// <summary>
/// A live view of a map, as Java's <c>keySet()</c>, <c>values()</c> and <c>entrySet()</c>: it reflects later changes of
/// the map, and removing from it (<c>remove</c>, <c>removeAll</c>, <c>retainAll</c>, <c>clear</c>) removes from the
/// map. Adding is a run-time error (Java's <c>UnsupportedOperationException</c>).
/// </summary>
public sealed class FmlMapViewCollection : ICollection<object?>, IReadOnlyCollection<object?>
{
    private readonly IDictionary<object, object?> map;

    /// <summary>Creates a view of a map.</summary>
    /// <param name="map">The map.</param>
    /// <param name="kind">The view.</param>
    public FmlMapViewCollection(IDictionary<object, object?> map, FmlMapViewKind kind)
    {
        this.map = map ?? throw new ArgumentNullException(nameof(map));
        Kind = kind;
    }

    /// <summary>Which view this is.</summary>
    public FmlMapViewKind Kind { get; }

    /// <summary>True for the key and entry views, which are sets.</summary>
    public bool IsSet => Kind != FmlMapViewKind.Values;

    /// <inheritdoc />
    public int Count => map.Count;

    /// <inheritdoc />
    public bool IsReadOnly => false;

    /// <inheritdoc />
    public void Add(object? item) => throw new NotSupportedException("a map view cannot be added to");

    /// <inheritdoc />
    public void Clear() => map.Clear();

    /// <inheritdoc />
    public bool Contains(object? item) => Kind switch
    {
        FmlMapViewKind.Keys => item is not null && map.ContainsKey(item),
        FmlMapViewKind.Values => map.Values.Any(v => FmlEquality.AreEqual(v, item)),
        _ => item is FmlMapEntry e && map.TryGetValue(e.Key, out object? v) && FmlEquality.AreEqual(v, e.Value),
    };

    /// <inheritdoc />
    public bool Remove(object? item)
    {
        switch (Kind)
        {
            case FmlMapViewKind.Keys:
                return item is not null && map.Remove(item);
            case FmlMapViewKind.Values:
                foreach (var pair in map)
                {
                    if (FmlEquality.AreEqual(pair.Value, item))
                    {
                        return map.Remove(pair.Key);
                    }
                }

                return false;
            default:
                return Contains(item) && map.Remove(((FmlMapEntry)item!).Key);
        }
    }

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
    public IEnumerator<object?> GetEnumerator()
    {
        foreach (var pair in map)
        {
            yield return Kind switch
            {
                FmlMapViewKind.Keys => pair.Key,
                FmlMapViewKind.Values => pair.Value,
                _ => new FmlMapEntry(map, pair.Key, pair.Value),
            };
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => JavaText.ToJavaString(this);
}
