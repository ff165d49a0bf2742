using Flexo.Fml.Semantics;

namespace Flexo.Runtime;

/// <summary>
/// The stored values of one instance: the first two (property, value) pairs inline, the others in an array of
/// interleaved pairs allocated when a third value is stored; searched by reference. Instances hold a handful of
/// properties, where a linear search beats hashing and costs far less memory than a dictionary, and most hold one or
/// two values, which then cost no object at all. A mutable struct: used only as a field of
/// <see cref="ConceptInstance"/>, never copied.
/// </summary>
internal struct PropertyValues
{
    private PropertySymbol? _key0;
    private object? _value0;
    private PropertySymbol? _key1;
    private object? _value1;
    private object?[]? _more;
    private int _count;

    /// <summary>True before the first value is stored.</summary>
    public readonly bool IsEmpty => _count == 0;

    public readonly object? Get(PropertySymbol property)
    {
        if (ReferenceEquals(_key0, property))
        {
            return _value0;
        }

        if (ReferenceEquals(_key1, property))
        {
            return _value1;
        }

        var more = _more;
        for (var i = 0; i < _count - 2; i++)
        {
            if (ReferenceEquals(more![2 * i], property))
            {
                return more[(2 * i) + 1];
            }
        }

        return null;
    }

    /// <summary>Sets a value; <paramref name="capacityHint"/> sizes the overflow array (the concept's property count).</summary>
    public void Set(PropertySymbol property, object? value, int capacityHint = 4)
    {
        if (ReferenceEquals(_key0, property))
        {
            _value0 = value;
            return;
        }

        if (ReferenceEquals(_key1, property))
        {
            _value1 = value;
            return;
        }

        for (var i = 0; i < _count - 2; i++)
        {
            if (ReferenceEquals(_more![2 * i], property))
            {
                _more[(2 * i) + 1] = value;
                return;
            }
        }

        switch (_count)
        {
            case 0:
                _key0 = property;
                _value0 = value;
                break;
            case 1:
                _key1 = property;
                _value1 = value;
                break;
            default:
                var index = _count - 2;
                if (_more is null)
                {
                    _more = new object?[2 * Math.Max(1, capacityHint - 2)];
                }
                else if (2 * index == _more.Length)
                {
                    Array.Resize(ref _more, _more.Length * 2);
                }

                _more[2 * index] = property;
                _more[(2 * index) + 1] = value;
                break;
        }

        _count++;
    }

    public void Remove(PropertySymbol property)
    {
        var entries = Entries().Where(e => !ReferenceEquals(e.Key, property)).ToList();
        if (entries.Count == _count)
        {
            return;
        }

        Clear();
        foreach (var (key, value) in entries)
        {
            Set(key, value, entries.Count);
        }
    }

    public readonly IEnumerable<KeyValuePair<PropertySymbol, object?>> Entries()
    {
        var result = new KeyValuePair<PropertySymbol, object?>[_count];
        if (_count > 0)
        {
            result[0] = new(_key0!, _value0);
        }

        if (_count > 1)
        {
            result[1] = new(_key1!, _value1);
        }

        for (var i = 0; i < _count - 2; i++)
        {
            result[i + 2] = new((PropertySymbol)_more![2 * i]!, _more[(2 * i) + 1]);
        }

        return result;
    }

    public void Clear()
    {
        _key0 = null;
        _value0 = null;
        _key1 = null;
        _value1 = null;
        _more = null;
        _count = 0;
    }
}
