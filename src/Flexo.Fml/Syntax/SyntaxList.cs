using System.Collections;

namespace Flexo.Fml.Syntax;

/// <summary>Children of a list slot, as the generic tree walkers see them.</summary>
internal interface ISlotList
{
    int SlotCount { get; }

    object GetSlotItem(int index);
}

/// <summary>An immutable list of nodes.</summary>
public sealed class SyntaxList<T> : IReadOnlyList<T>, ISlotList
    where T : SyntaxNode
{
    private readonly T[] _items;

    internal SyntaxList(T[] items) => _items = items;

    /// <summary>The empty list.</summary>
    public static SyntaxList<T> Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    int ISlotList.SlotCount => _items.Length;

    object ISlotList.GetSlotItem(int index) => _items[index];

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    internal static SyntaxList<T> Create(List<T>? items) =>
        items is null || items.Count == 0 ? Empty : new SyntaxList<T>([.. items]);
}

/// <summary>An immutable list of tokens (modifiers).</summary>
public sealed class SyntaxTokenList : IReadOnlyList<SyntaxToken>, ISlotList
{
    private readonly SyntaxToken[] _items;

    internal SyntaxTokenList(SyntaxToken[] items) => _items = items;

    /// <summary>The empty list.</summary>
    public static SyntaxTokenList Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public SyntaxToken this[int index] => _items[index];

    int ISlotList.SlotCount => _items.Length;

    object ISlotList.GetSlotItem(int index) => _items[index];

    /// <summary>True when a token of <paramref name="kind"/> is in the list.</summary>
    public bool Contains(SyntaxKind kind) => Array.Exists(_items, t => t.Kind == kind);

    /// <inheritdoc />
    public IEnumerator<SyntaxToken> GetEnumerator() => ((IEnumerable<SyntaxToken>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    internal static SyntaxTokenList Create(List<SyntaxToken>? items) =>
        items is null || items.Count == 0 ? Empty : new SyntaxTokenList([.. items]);
}

/// <summary>An immutable list of nodes separated by tokens (usually commas).</summary>
public sealed class SeparatedSyntaxList<T> : IReadOnlyList<T>, ISlotList
    where T : SyntaxNode
{
    private readonly object[] _itemsAndSeparators;

    internal SeparatedSyntaxList(object[] itemsAndSeparators) => _itemsAndSeparators = itemsAndSeparators;

    /// <summary>The empty list.</summary>
    public static SeparatedSyntaxList<T> Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => (_itemsAndSeparators.Length + 1) / 2;

    /// <inheritdoc />
    public T this[int index] => (T)_itemsAndSeparators[index * 2];

    /// <summary>The number of separators.</summary>
    public int SeparatorCount => _itemsAndSeparators.Length / 2;

    /// <summary>The separator after item <paramref name="index"/>.</summary>
    public SyntaxToken GetSeparator(int index) => (SyntaxToken)_itemsAndSeparators[(index * 2) + 1];

    int ISlotList.SlotCount => _itemsAndSeparators.Length;

    object ISlotList.GetSlotItem(int index) => _itemsAndSeparators[index];

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _itemsAndSeparators.Length; i += 2)
        {
            yield return (T)_itemsAndSeparators[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal static SeparatedSyntaxList<T> Create(List<object>? itemsAndSeparators) =>
        itemsAndSeparators is null || itemsAndSeparators.Count == 0 ? Empty : new SeparatedSyntaxList<T>([.. itemsAndSeparators]);
}
