using Flexo.Fml.Semantics;

namespace Flexo.Runtime;

/// <summary>
/// The stored values of one instance: a small array of (property, value) pairs searched by reference, allocated on the
/// first value. Instances hold a handful of properties, where a linear search beats hashing and costs far less memory
/// than a dictionary. A mutable struct: used only as a field of <see cref="ConceptInstance"/>, never copied.
/// </summary>
internal struct PropertyValues
{
    private PropertySymbol?[]? _keys;
    private object?[]? _values;
    private int _count;

    public readonly object? Get(PropertySymbol property)
    {
        var keys = _keys;
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(keys![i], property))
            {
                return _values![i];
            }
        }

        return null;
    }

    public void Set(PropertySymbol property, object? value)
    {
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_keys![i], property))
            {
                _values![i] = value;
                return;
            }
        }

        if (_keys is null)
        {
            _keys = new PropertySymbol?[4];
            _values = new object?[4];
        }
        else if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }

        _keys[_count] = property;
        _values![_count] = value;
        _count++;
    }

    public void Remove(PropertySymbol property)
    {
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_keys![i], property))
            {
                _count--;
                _keys[i] = _keys[_count];
                _values![i] = _values[_count];
                _keys[_count] = null;
                _values[_count] = null;
                return;
            }
        }
    }

    public readonly IEnumerable<KeyValuePair<PropertySymbol, object?>> Entries()
    {
        var result = new KeyValuePair<PropertySymbol, object?>[_count];
        for (var i = 0; i < _count; i++)
        {
            result[i] = new(_keys![i]!, _values![i]);
        }

        return result;
    }

    public void Clear()
    {
        _keys = null;
        _values = null;
        _count = 0;
    }
}
