using System.Collections;
using Flexo.Fml.Semantics;

namespace Flexo.Runtime.Values;

/// <summary>Factories of the .NET collections that represent FML lists, sets and maps.</summary>
public static class FmlCollections
{
    /// <summary>A new growable list (<c>ArrayList</c>, <c>LinkedList</c>).</summary>
    /// <param name="items">The initial elements, or null.</param>
    /// <returns>The list.</returns>
    public static List<object?> NewList(IEnumerable<object?>? items = null) => items is null ? [] : [.. items];

    /// <summary>A new set using FML equality, in insertion order (<c>HashSet</c>, <c>LinkedHashSet</c>).</summary>
    /// <param name="items">The initial elements, or null.</param>
    /// <returns>The set.</returns>
    public static FmlSet NewSet(IEnumerable<object?>? items = null) => items is null ? new FmlSet() : new FmlSet(items);

    /// <summary>A new set ordered by Java's <c>compareTo</c> (<c>TreeSet</c>).</summary>
    /// <param name="items">The initial elements, or null.</param>
    /// <returns>The set.</returns>
    public static SortedSet<object?> NewSortedSet(IEnumerable<object?>? items = null) =>
        items is null ? new SortedSet<object?>(JavaComparer.Instance) : new SortedSet<object?>(items, JavaComparer.Instance);

    /// <summary>A new map using FML equality on keys, in insertion order (<c>HashMap</c>, <c>LinkedHashMap</c>).</summary>
    /// <param name="entries">The initial entries, or null.</param>
    /// <returns>The map.</returns>
    public static OrderedDictionary<object, object?> NewMap(IEnumerable<KeyValuePair<object, object?>>? entries = null)
    {
        var map = new OrderedDictionary<object, object?>(FmlEquality.Instance!);
        foreach (var entry in entries ?? [])
        {
            map[entry.Key] = entry.Value;
        }

        return map;
    }

    /// <summary>A new map ordered by Java's <c>compareTo</c> on keys (<c>TreeMap</c>).</summary>
    /// <param name="entries">The initial entries, or null.</param>
    /// <returns>The map.</returns>
    public static SortedDictionary<object, object?> NewSortedMap(IEnumerable<KeyValuePair<object, object?>>? entries = null)
    {
        var map = new SortedDictionary<object, object?>(JavaComparer.Instance!);
        foreach (var entry in entries ?? [])
        {
            map[entry.Key] = entry.Value;
        }

        return map;
    }
}

/// <summary>Java's natural order (<c>compareTo</c>) on FML values: numbers, strings (by UTF-16 units), chars, booleans, dates, durations, enum names.</summary>
public sealed class JavaComparer : IComparer<object?>
{
    /// <summary>The comparer.</summary>
    public static JavaComparer Instance { get; } = new();

    private JavaComparer()
    {
    }

    /// <inheritdoc />
    public int Compare(object? x, object? y)
    {
        if (x is null || y is null)
        {
            throw new FmlRuntimeError("null cannot be compared (NullPointerException)");
        }

        if (Numbers.IsNumeric(x) && Numbers.IsNumeric(y))
        {
            return Numbers.IsIntegral(x) && Numbers.IsIntegral(y)
                ? Numbers.ToLong(x).CompareTo(Numbers.ToLong(y))
                : JavaMembers.CompareDoubles(Numbers.ToDouble(x), Numbers.ToDouble(y));
        }

        return (x, y) switch
        {
            (string a, string b) => JavaMembers.CompareStrings(a, b),
            (bool a, bool b) => a.CompareTo(b),
            (DateTime a, DateTime b) => a.ToUniversalTime().CompareTo(b.ToUniversalTime()),
            (TimeSpan a, TimeSpan b) => a.CompareTo(b),
            (IFmlEnumValue a, IFmlEnumValue b) => string.CompareOrdinal(a.Name, b.Name),
            (EnumValueSymbol a, EnumValueSymbol b) => a.Ordinal.CompareTo(b.Ordinal),
            _ => throw new FmlRuntimeError(
                $"{Numbers.Describe(x)} and {Numbers.Describe(y)} cannot be compared (ClassCastException)"),
        };
    }
}

/// <summary>A Java iterator over a snapshot of a collection (<c>Iterable.iterator()</c>).</summary>
public sealed class FmlIterator
{
    private readonly IReadOnlyList<object?> items;
    private int next;

    /// <summary>Creates an iterator over the elements of a sequence, in iteration order.</summary>
    /// <param name="items">The elements.</param>
    public FmlIterator(IEnumerable items)
    {
        ArgumentNullException.ThrowIfNull(items);
        this.items = items.Cast<object?>().ToList();
    }

    /// <summary>True while elements remain.</summary>
    public bool HasNext => next < items.Count;

    /// <summary>The next element; a run-time error when none remains.</summary>
    /// <returns>The element.</returns>
    public object? Next() =>
        next < items.Count ? items[next++] : throw new FmlRuntimeError("Iterator.next(): no more elements (NoSuchElementException)");
}

/// <summary>A Java stream without lambdas: an ordered snapshot of elements (<c>Collection.stream()</c>).</summary>
/// <param name="Items">The elements.</param>
public sealed record FmlStream(IReadOnlyList<object?> Items);

/// <summary>A Java class as a value (<c>x.getClass()</c>, <c>Class.forName</c>).</summary>
/// <param name="Name">The fully qualified name (<c>java.lang.String</c>).</param>
public sealed record FmlJavaClass(string Name)
{
    /// <summary>The simple name (<c>String</c>).</summary>
    public string SimpleName => Name[(Name.LastIndexOf('.') + 1)..];

    /// <inheritdoc />
    public override string ToString() => "class " + Name;
}
