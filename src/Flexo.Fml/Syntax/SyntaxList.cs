using System.Collections;

namespace Flexo.Fml.Syntax;

/// <summary>An immutable list of nodes (a thin view over an array: no allocation of its own).</summary>
public readonly struct SyntaxList<T> : IReadOnlyList<T>
    where T : SyntaxNode
{
    private readonly T[]? _items;

    internal SyntaxList(T[] items) => _items = items;

    /// <summary>The empty list.</summary>
    public static SyntaxList<T> Empty => default;

    /// <inheritdoc />
    public int Count => _items?.Length ?? 0;

    /// <inheritdoc />
    public T this[int index] => (_items ?? [])[index];

    /// <summary>The children as the tree walkers see the slot (null when empty).</summary>
    internal object? Slot => _items is { Length: > 0 } ? _items : null;

    internal int FirstTokenIndex
    {
        get
        {
            foreach (var item in _items ?? [])
            {
                if (item.FirstTokenIndex is >= 0 and var index)
                {
                    return index;
                }
            }

            return -1;
        }
    }

    internal int LastTokenIndex
    {
        get
        {
            for (var i = (_items?.Length ?? 0) - 1; i >= 0; i--)
            {
                if (_items![i].LastTokenIndex is >= 0 and var index)
                {
                    return index;
                }
            }

            return -1;
        }
    }

    /// <summary>Enumerates the items without allocating.</summary>
    public ArrayEnumerator<T> GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? []).GetEnumerator();

    internal static SyntaxList<T> Create(List<T>? items) =>
        items is null || items.Count == 0 ? default : new SyntaxList<T>([.. items]);
}

/// <summary>An immutable list of tokens (modifiers, skipped tokens).</summary>
public readonly struct SyntaxTokenList : IReadOnlyList<SyntaxToken>
{
    private readonly TokenTable? _table;
    private readonly int[]? _items;

    internal SyntaxTokenList(TokenTable table, int[] items)
    {
        _table = table;
        _items = items;
    }

    /// <summary>The empty list.</summary>
    public static SyntaxTokenList Empty => default;

    /// <inheritdoc />
    public int Count => _items?.Length ?? 0;

    /// <inheritdoc />
    public SyntaxToken this[int index] => _table!.Token((_items ?? [])[index]);

    internal int FirstTokenIndex => _items is { Length: > 0 } ? _items[0] : -1;

    internal int LastTokenIndex => _items is { Length: > 0 } ? _items[^1] : -1;

    internal object? Slot
    {
        get
        {
            if (_items is not { Length: > 0 })
            {
                return null;
            }

            var slot = new object[_items.Length];
            for (var i = 0; i < _items.Length; i++)
            {
                slot[i] = _table!.Token(_items[i]);
            }

            return slot;
        }
    }

    /// <summary>True when a token of <paramref name="kind"/> is in the list.</summary>
    public bool Contains(SyntaxKind kind)
    {
        foreach (var index in _items ?? [])
        {
            if (_table![index].Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public IEnumerator<SyntaxToken> GetEnumerator()
    {
        foreach (var index in _items ?? [])
        {
            yield return _table!.Token(index);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal static SyntaxTokenList Create(TokenTable table, List<int>? items) =>
        items is null || items.Count == 0 ? default : new SyntaxTokenList(table, [.. items]);
}

/// <summary>An immutable list of nodes separated by tokens (usually commas).</summary>
public readonly struct SeparatedSyntaxList<T> : IReadOnlyList<T>
    where T : SyntaxNode
{
    private readonly TokenTable? _table;
    private readonly T[]? _items;
    private readonly int[]? _separators;

    internal SeparatedSyntaxList(TokenTable table, T[] items, int[] separators)
    {
        _table = table;
        _items = items;
        _separators = separators;
    }

    /// <summary>The empty list.</summary>
    public static SeparatedSyntaxList<T> Empty => default;

    /// <inheritdoc />
    public int Count => _items?.Length ?? 0;

    /// <inheritdoc />
    public T this[int index] => (_items ?? [])[index];

    /// <summary>The number of separators.</summary>
    public int SeparatorCount => _separators?.Length ?? 0;

    /// <summary>The separator after item <paramref name="index"/>.</summary>
    public SyntaxToken GetSeparator(int index) => _table!.Token((_separators ?? [])[index]);

    internal int FirstTokenIndex => _items is { Length: > 0 } ? _items[0].FirstTokenIndex : -1;

    internal int LastTokenIndex
    {
        get
        {
            if (_items is not { Length: > 0 })
            {
                return -1;
            }

            // A trailing separator (one more than the items' gaps) ends the list.
            return _separators is { Length: > 0 } && _separators.Length >= _items.Length ? _separators[^1] : _items[^1].LastTokenIndex;
        }
    }

    internal object? Slot
    {
        get
        {
            if (_items is not { Length: > 0 })
            {
                return null;
            }

            var separators = _separators ?? [];
            var slot = new object[_items.Length + separators.Length];
            for (var i = 0; i < _items.Length; i++)
            {
                slot[2 * i] = _items[i];
                if (i < separators.Length)
                {
                    slot[(2 * i) + 1] = _table!.Token(separators[i]);
                }
            }

            return slot;
        }
    }

    /// <summary>Enumerates the items without allocating.</summary>
    public ArrayEnumerator<T> GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? []).GetEnumerator();
}

/// <summary>Allocation-free enumerator over a list's backing array.</summary>
public struct ArrayEnumerator<T>
{
    private readonly T[]? _items;
    private int _index;

    internal ArrayEnumerator(T[]? items)
    {
        _items = items;
        _index = -1;
    }

    /// <summary>The current item.</summary>
    public readonly T Current => _items![_index];

    /// <summary>Moves to the next item.</summary>
    public bool MoveNext() => _items is not null && ++_index < _items.Length;
}
