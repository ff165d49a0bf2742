using System.Collections;
using Flexo.Fml.Semantics;

namespace Flexo.Runtime;

/// <summary>
/// The live value of a multi-valued property (FML.md §5.5): every change made through this list (add, insert, remove,
/// clear, indexer) is stored in the instance and notified. Cardinality bounds are never enforced here (D7): they are
/// reported by <see cref="VirtualModelInstance.ValidateCardinalities"/>. Values are checked like single values
/// (a deleted instance, or an instance of the wrong concept, is refused).
/// </summary>
public sealed class RoleList : IList<object?>, IReadOnlyList<object?>, IList
{
    private readonly List<object?> _items = [];

    internal RoleList(ConceptInstance owner, PropertySymbol property)
    {
        Owner = owner;
        Property = property;
    }

    /// <summary>The instance that holds the list.</summary>
    public ConceptInstance Owner { get; }

    /// <summary>The (effective) property whose value this list is.</summary>
    public PropertySymbol Property { get; }

    /// <inheritdoc cref="ICollection{T}.Count" />
    public int Count => _items.Count;

    /// <inheritdoc />
    public bool IsReadOnly => false;

    /// <inheritdoc cref="IList{T}.this" />
    public object? this[int index]
    {
        get => _items[index];
        set
        {
            Owner.ThrowIfDeleted();
            Owner.CheckValue(Property, value);
            var old = _items[index];
            if (Equals(old, value))
            {
                return;
            }

            _items[index] = value;
            Owner.ReleaseReference(Property, old);
            Owner.AcquireReference(Property, value);
            if (Owner.IsObserved)
            {
                Owner.Notify(new InstanceChange(InstanceChangeKind.ElementReplaced, Owner, Property, old, value, index));
            }
        }
    }

    /// <inheritdoc />
    public void Add(object? item) => Insert(_items.Count, item);

    /// <inheritdoc />
    public void Insert(int index, object? item)
    {
        Owner.ThrowIfDeleted();
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, _items.Count);
        Owner.CheckValue(Property, item);
        _items.Insert(index, item);
        Owner.AcquireReference(Property, item);
        if (Owner.IsObserved)
        {
            Owner.Notify(new InstanceChange(InstanceChangeKind.ElementAdded, Owner, Property, null, item, index));
        }
    }

    /// <inheritdoc />
    public bool Remove(object? item)
    {
        Owner.ThrowIfDeleted();
        var index = _items.IndexOf(item);
        if (index < 0)
        {
            return false;
        }

        RemoveAt(index);
        return true;
    }

    /// <inheritdoc />
    public void RemoveAt(int index)
    {
        Owner.ThrowIfDeleted();
        var old = _items[index];
        _items.RemoveAt(index);
        Owner.ReleaseReference(Property, old);
        if (Owner.IsObserved)
        {
            Owner.Notify(new InstanceChange(InstanceChangeKind.ElementRemoved, Owner, Property, old, null, index));
        }
    }

    /// <summary>Removes every element, last first, notifying one removal per element.</summary>
    public void Clear()
    {
        Owner.ThrowIfDeleted();
        for (var i = _items.Count - 1; i >= 0; i--)
        {
            RemoveAt(i);
        }
    }

    /// <inheritdoc />
    public bool Contains(object? item) => _items.Contains(item);

    /// <inheritdoc />
    public int IndexOf(object? item) => _items.IndexOf(item);

    /// <inheritdoc />
    public void CopyTo(object?[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    /// <summary>Enumerates the elements; changing the list during the enumeration is an error.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<object?> GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Replaces the whole content: clears, then adds each value in order (all checked first).</summary>
    internal void ReplaceAll(IReadOnlyList<object?> values)
    {
        foreach (var value in values)
        {
            Owner.CheckValue(Property, value);
        }

        Clear();
        foreach (var value in values)
        {
            Add(value);
        }
    }

    /// <summary>Removes every occurrence of <paramref name="value"/> (last first), notifying each removal.</summary>
    internal void RemoveAll(object value)
    {
        for (var i = _items.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(_items[i], value))
            {
                RemoveAt(i);
            }
        }
    }

    /// <summary>The elements, without notification (used when the owner is deleted).</summary>
    internal List<object?> Items => _items;

    /// <inheritdoc />
    bool IList.IsFixedSize => false;

    /// <inheritdoc />
    bool ICollection.IsSynchronized => false;

    /// <inheritdoc />
    object ICollection.SyncRoot => _items;

    /// <inheritdoc />
    object? IList.this[int index]
    {
        get => this[index];
        set => this[index] = value;
    }

    /// <inheritdoc />
    int IList.Add(object? value)
    {
        Add(value);
        return _items.Count - 1;
    }

    /// <inheritdoc />
    void IList.Remove(object? value) => Remove(value);

    /// <inheritdoc />
    void ICollection.CopyTo(Array array, int index) => ((ICollection)_items).CopyTo(array, index);
}
