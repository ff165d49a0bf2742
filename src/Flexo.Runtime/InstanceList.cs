namespace Flexo.Runtime;

/// <summary>
/// Instances in increasing <see cref="ConceptInstance.FlexoId"/> order (creation order): appending is O(1), removal
/// O(log n) (a binary search on the identities; the slot is cleared and the array compacted once half of it is
/// empty), enumeration skips removed slots. Identities arriving out of order (restored instances) are inserted at
/// their place.
/// </summary>
internal sealed class InstanceList
{
    private ConceptInstance?[] _items = new ConceptInstance?[4];
    private long[] _ids = new long[4];
    private int _size;

    public int Count { get; private set; }

    public void Add(ConceptInstance instance)
    {
        if (_size == _items.Length)
        {
            Compact();
            if (_size == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
                Array.Resize(ref _ids, _ids.Length * 2);
            }
        }

        var id = instance.FlexoId;
        var at = _size;
        if (_size > 0 && _ids[_size - 1] > id)
        {
            at = Array.BinarySearch(_ids, 0, _size, id);
            at = at < 0 ? ~at : at;
            Array.Copy(_items, at, _items, at + 1, _size - at);
            Array.Copy(_ids, at, _ids, at + 1, _size - at);
        }

        _items[at] = instance;
        _ids[at] = id;
        _size++;
        Count++;
    }

    public bool Remove(ConceptInstance instance)
    {
        var at = Array.BinarySearch(_ids, 0, _size, instance.FlexoId);
        if (at < 0 || !ReferenceEquals(_items[at], instance))
        {
            return false;
        }

        _items[at] = null;
        Count--;
        if (_size > 32 && Count < _size / 2)
        {
            Compact();
        }

        return true;
    }

    /// <summary>The instance with this identity, or null (a binary search).</summary>
    public ConceptInstance? Find(long id)
    {
        var at = Array.BinarySearch(_ids, 0, _size, id);
        return at < 0 ? null : _items[at];
    }

    public ConceptInstance[] ToArray()
    {
        var result = new ConceptInstance[Count];
        var next = 0;
        for (var i = 0; i < _size; i++)
        {
            if (_items[i] is { } item)
            {
                result[next++] = item;
            }
        }

        return result;
    }

    /// <summary>The first instance not matching <paramref name="skip"/>, in order, or null.</summary>
    public ConceptInstance? FirstWhereNot(Func<ConceptInstance, bool> skip)
    {
        for (var i = 0; i < _size; i++)
        {
            if (_items[i] is { } item && !skip(item))
            {
                return item;
            }
        }

        return null;
    }

    private void Compact()
    {
        var next = 0;
        for (var i = 0; i < _size; i++)
        {
            if (_items[i] is { } item)
            {
                _items[next] = item;
                _ids[next] = _ids[i];
                next++;
            }
        }

        Array.Clear(_items, next, _size - next);
        _size = next;
    }
}
