using Flexo.Fml.Semantics;

namespace Flexo.Runtime;

/// <summary>
/// The stored values of one instance: one array of interleaved (property, value) pairs searched by reference,
/// allocated on the first value. Instances hold a handful of properties, where a linear search beats hashing and costs
/// far less memory than a dictionary. A mutable struct: used only as a field of <see cref="ConceptInstance"/>, never copied.
/// </summary>
internal struct PropertyValues
{
    private object?[]? _pairs;
    private int _count;

    public readonly object? Get(PropertySymbol property)
    {
        var pairs = _pairs;
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(pairs![2 * i], property))
            {
                return pairs[(2 * i) + 1];
            }
        }

        return null;
    }

    /// <summary>True before the first value is stored (the array is not allocated yet).</summary>
    public readonly bool IsEmpty => _pairs is null;

    /// <summary>Sets a value; <paramref name="capacityHint"/> sizes the array on the first value (the concept's property count).</summary>
    public void Set(PropertySymbol property, object? value, int capacityHint = 4)
    {
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_pairs![2 * i], property))
            {
                _pairs[(2 * i) + 1] = value;
                return;
            }
        }

        if (_pairs is null)
        {
            _pairs = new object?[2 * Math.Max(1, capacityHint)];
        }
        else if (2 * _count == _pairs.Length)
        {
            Array.Resize(ref _pairs, _pairs.Length * 2);
        }

        _pairs[2 * _count] = property;
        _pairs[(2 * _count) + 1] = value;
        _count++;
    }

    public void Remove(PropertySymbol property)
    {
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_pairs![2 * i], property))
            {
                _count--;
                _pairs[2 * i] = _pairs[2 * _count];
                _pairs[(2 * i) + 1] = _pairs[(2 * _count) + 1];
                _pairs[2 * _count] = null;
                _pairs[(2 * _count) + 1] = null;
                return;
            }
        }
    }

    public readonly IEnumerable<KeyValuePair<PropertySymbol, object?>> Entries()
    {
        var result = new KeyValuePair<PropertySymbol, object?>[_count];
        for (var i = 0; i < _count; i++)
        {
            result[i] = new((PropertySymbol)_pairs![2 * i]!, _pairs[(2 * i) + 1]);
        }

        return result;
    }

    public void Clear()
    {
        _pairs = null;
        _count = 0;
    }
}
