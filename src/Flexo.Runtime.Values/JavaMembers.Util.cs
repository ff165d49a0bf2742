using System.Collections;
using System.Collections.ObjectModel;

namespace Flexo.Runtime.Values;

public static partial class JavaMembers
{
    // ------------------------------------------------------------------ Iterable, Iterator

    private static object? IteratorMember(string id, object? r) => id switch
    {
        "Iterable.iterator()" => r switch
        {
            string or IDictionary => throw Error(id, $"{Numbers.Describe(r)} is not iterable"),
            FmlStream s => new FmlIterator(s.Items),
            IEnumerable e => new FmlIterator(e),
            _ => throw Error(id, $"{Numbers.Describe(r)} is not iterable"),
        },
        "Iterator.hasNext()" => AsIterator(id, r).HasNext,
        "Iterator.next()" => AsIterator(id, r).Next(),
        "Iterator.remove()" => throw Error(id, "removing through an iterator is not supported (UnsupportedOperationException)"),
        _ => throw Unknown(id),
    };

    private static FmlIterator AsIterator(string id, object? r) =>
        r as FmlIterator ?? throw Error(id, $"{Numbers.Describe(r)} is not an Iterator");

    // ------------------------------------------------------------------ collections

    private static object? CollectionMember(string id, object? r, Args a)
    {
        switch (id)
        {
            case "ArrayList.new()" or "LinkedList.new()":
                return FmlCollections.NewList();
            case "ArrayList.new(int)":
                int capacity = a.Int(0);
                return capacity >= 0 ? new List<object?>(capacity) : throw Error(id, $"Illegal Capacity: {capacity} (IllegalArgumentException)");
            case "ArrayList.new(Collection<? extends E>)" or "LinkedList.new(Collection<? extends E>)":
                return FmlCollections.NewList(a.Enumerable(0));
            case "HashSet.new()" or "LinkedHashSet.new()":
                return FmlCollections.NewSet();
            case "HashSet.new(Collection<? extends E>)" or "LinkedHashSet.new(Collection<? extends E>)":
                return FmlCollections.NewSet(a.Enumerable(0));
            case "TreeSet.new()":
                return FmlCollections.NewSortedSet();
            case "TreeSet.new(Collection<? extends E>)":
                return FmlCollections.NewSortedSet(a.Enumerable(0).Select(e => e ?? throw Error(id, "null element (NullPointerException)")));
            case "List.of(T...)":
                var items = a.Rest(0);
                return items.Any(e => e is null)
                    ? throw Error(id, "null element (NullPointerException)")
                    : new ReadOnlyCollection<object?>(items.ToArray());
            case "Set.of(T...)":
                var set = FmlCollections.NewSet();
                foreach (object? e in a.Rest(0))
                {
                    if (!set.Add(e ?? throw Error(id, "null element (NullPointerException)")))
                    {
                        throw Error(id, $"duplicate element: {JavaText.ToJavaString(e)} (IllegalArgumentException)");
                    }
                }

                return new ReadOnlySet<object?>(set);
            case "Arrays.asList(T...)":
                return a.Rest(0).ToArray();
            case "Collections.sort(List<?>)":
                var toSort = AsList(id, a[0]);
                var sorted = toSort.Cast<object?>().OrderBy(e => e, JavaComparer.Instance).ToList();
                for (int i = 0; i < sorted.Count; i++)
                {
                    toSort[i] = sorted[i];
                }

                return null;
            case "Collections.reverse(List<?>)":
                var toReverse = AsList(id, a[0]);
                var reversed = toReverse.Cast<object?>().Reverse().ToList();
                for (int i = 0; i < reversed.Count; i++)
                {
                    toReverse[i] = reversed[i];
                }

                return null;
            case "Collections.shuffle(List<?>)":
                var toShuffle = AsList(id, a[0]);
                var shuffled = toShuffle.Cast<object?>().ToArray();
                Random.Shared.Shuffle(shuffled);
                for (int i = 0; i < shuffled.Length; i++)
                {
                    toShuffle[i] = shuffled[i];
                }

                return null;
            case "Collections.frequency(Collection<?>,Object)":
                return a.Enumerable(0).Count(e => FmlEquality.AreEqual(e, a[1]));
        }

        if (id.StartsWith("Stream.", StringComparison.Ordinal))
        {
            return StreamMember(id, r as FmlStream ?? throw Error(id, $"{Numbers.Describe(r)} is not a Stream"), a);
        }

        if (id.StartsWith("TreeSet.", StringComparison.Ordinal))
        {
            var tree = r as SortedSet<object?> ?? throw Error(id, $"{Numbers.Describe(r)} is not a TreeSet");
            return tree.Count == 0
                ? throw Error(id, "the set is empty (NoSuchElementException)")
                : id == "TreeSet.first()" ? tree.Min : tree.Max;
        }

        if (id.StartsWith("List.", StringComparison.Ordinal) || id.StartsWith("LinkedList.", StringComparison.Ordinal))
        {
            return ListMember(id, AsList(id, r), a);
        }

        var collection = r as IEnumerable is { } e2 && r is not string && r is not IDictionary
            ? e2
            : throw Error(id, $"{Numbers.Describe(r)} is not a collection");
        switch (id)
        {
            case "Collection.size()":
                return Count(collection);
            case "Collection.isEmpty()":
                return Count(collection) == 0;
            case "Collection.contains(Object)":
                return Contains(collection, a[0]);
            case "Collection.containsAll(Collection<?>)":
                return a.Enumerable(0).All(e => Contains(collection, e));
            case "Collection.add(E)":
                return Add(id, collection, a[0]);
            case "Collection.remove(Object)":
                return Remove(id, collection, a[0]);
            case "Collection.addAll(Collection<? extends E>)":
                bool added = false;
                foreach (object? e in a.Enumerable(0).ToList())
                {
                    added |= Add(id, collection, e);
                }

                return added;
            case "Collection.removeAll(Collection<?>)":
                var toRemove = a.Enumerable(0).ToList();
                return RemoveWhere(id, collection, e => toRemove.Any(x => FmlEquality.AreEqual(x, e)));
            case "Collection.retainAll(Collection<?>)":
                var toKeep = a.Enumerable(0).ToList();
                return RemoveWhere(id, collection, e => !toKeep.Any(x => FmlEquality.AreEqual(x, e)));
            case "Collection.clear()":
                Mutable(id, collection).Clear();
                return null;
            case "Collection.stream()":
                return new FmlStream(collection.Cast<object?>().ToList());
            default:
                throw Unknown(id);
        }
    }

    private static IList AsList(string id, object? value) =>
        value as IList is { } list && value is not string ? list : throw Error(id, $"{Numbers.Describe(value)} is not a List");

    private static ICollection<object?> Mutable(string id, IEnumerable collection) =>
        collection as ICollection<object?> ?? throw Error(id, $"{Numbers.Describe(collection)} cannot be changed (UnsupportedOperationException)");

    private static int Count(IEnumerable collection) => collection switch
    {
        ICollection c => c.Count,
        ICollection<object?> c => c.Count,
        _ => collection.Cast<object?>().Count(),
    };

    private static bool Contains(IEnumerable collection, object? value) => collection switch
    {
        FmlSet set => set.Contains(value),
        SortedSet<object?> sorted when value is not null => sorted.Contains(value),
        _ => collection.Cast<object?>().Any(e => FmlEquality.AreEqual(e, value)),
    };

    private static bool Add(string id, IEnumerable collection, object? value)
    {
        switch (collection)
        {
            case ISet<object?> set:
                if (set is SortedSet<object?> && value is null)
                {
                    throw Error(id, "null element in a TreeSet (NullPointerException)");
                }

                return set.Add(value);
            case IList list:
                if (list.IsFixedSize || list.IsReadOnly)
                {
                    throw Error(id, "the list has a fixed size (UnsupportedOperationException)");
                }

                list.Add(value);
                return true;
            default:
                Mutable(id, collection).Add(value);
                return true;
        }
    }

    private static bool Remove(string id, IEnumerable collection, object? value)
    {
        if (collection is IList list)
        {
            for (int i = 0; i < list.Count; i++)
            {
                if (FmlEquality.AreEqual(list[i], value))
                {
                    CheckResizable(id, list);
                    list.RemoveAt(i);
                    return true;
                }
            }

            return false;
        }

        return Mutable(id, collection).Remove(value);
    }

    private static bool RemoveWhere(string id, IEnumerable collection, Func<object?, bool> predicate)
    {
        var doomed = collection.Cast<object?>().Where(predicate).ToList();
        if (doomed.Count == 0)
        {
            return false;
        }

        if (collection is IList list)
        {
            CheckResizable(id, list);
            for (int i = list.Count - 1; i >= 0; i--)
            {
                if (predicate(list[i]))
                {
                    list.RemoveAt(i);
                }
            }

            return true;
        }

        var mutable = Mutable(id, collection);
        foreach (object? e in doomed)
        {
            mutable.Remove(e);
        }

        return true;
    }

    private static void CheckResizable(string id, IList list)
    {
        if (list.IsFixedSize || list.IsReadOnly)
        {
            throw Error(id, "the list has a fixed size (UnsupportedOperationException)");
        }
    }

    private static object? ListMember(string id, IList list, Args a)
    {
        switch (id)
        {
            case "List.get(int)":
                int get = a.Int(0);
                CheckIndex(id, get, list.Count, "IndexOutOfBoundsException");
                return list[get];
            case "List.set(int,E)":
                int set = a.Int(0);
                CheckIndex(id, set, list.Count, "IndexOutOfBoundsException");
                if (list.IsReadOnly)
                {
                    throw Error(id, "the list cannot be changed (UnsupportedOperationException)");
                }

                object? previous = list[set];
                list[set] = a[1];
                return previous;
            case "List.add(int,E)":
                int at = a.Int(0);
                CheckIndex(id, at, list.Count + 1, "IndexOutOfBoundsException");
                CheckResizable(id, list);
                list.Insert(at, a[1]);
                return null;
            case "List.remove(int)":
                int remove = a.Int(0);
                CheckIndex(id, remove, list.Count, "IndexOutOfBoundsException");
                CheckResizable(id, list);
                object? removed = list[remove];
                list.RemoveAt(remove);
                return removed;
            case "List.indexOf(Object)":
                for (int i = 0; i < list.Count; i++)
                {
                    if (FmlEquality.AreEqual(list[i], a[0]))
                    {
                        return i;
                    }
                }

                return -1;
            case "List.lastIndexOf(Object)":
                for (int i = list.Count - 1; i >= 0; i--)
                {
                    if (FmlEquality.AreEqual(list[i], a[0]))
                    {
                        return i;
                    }
                }

                return -1;
            case "List.subList(int,int)":
                int from = a.Int(0), to = a.Int(1);
                return from < 0 || to > list.Count || from > to
                    ? throw Error(id, $"fromIndex {from}, toIndex {to}, size {list.Count} (IndexOutOfBoundsException)")
                    : new Collection<object?>(new SubListWindow(list, from, to - from));
            case "List.addAll(int,Collection<? extends E>)":
                int index = a.Int(0);
                CheckIndex(id, index, list.Count + 1, "IndexOutOfBoundsException");
                var toInsert = a.Enumerable(1).ToList();
                if (toInsert.Count > 0)
                {
                    CheckResizable(id, list);
                }

                for (int i = 0; i < toInsert.Count; i++)
                {
                    list.Insert(index + i, toInsert[i]);
                }

                return toInsert.Count > 0;
            case "LinkedList.addFirst(E)":
                CheckResizable(id, list);
                list.Insert(0, a[0]);
                return null;
            case "LinkedList.addLast(E)":
                CheckResizable(id, list);
                list.Add(a[0]);
                return null;
            case "LinkedList.getFirst()" or "LinkedList.getLast()" or "LinkedList.removeFirst()" or "LinkedList.removeLast()":
                if (list.Count == 0)
                {
                    throw Error(id, "the list is empty (NoSuchElementException)");
                }

                int position = id.EndsWith("First()", StringComparison.Ordinal) ? 0 : list.Count - 1;
                object? element = list[position];
                if (id.StartsWith("LinkedList.remove", StringComparison.Ordinal))
                {
                    CheckResizable(id, list);
                    list.RemoveAt(position);
                }

                return element;
            default:
                throw Unknown(id);
        }
    }

    private static object? StreamMember(string id, FmlStream stream, Args a)
    {
        switch (id)
        {
            case "Stream.toList()":
                return new ReadOnlyCollection<object?>(stream.Items.ToArray());
            case "Stream.count()":
                return (long)stream.Items.Count;
            case "Stream.distinct()":
                return new FmlStream(stream.Items.Distinct(FmlEquality.Instance).ToList());
            case "Stream.sorted()":
                return new FmlStream(stream.Items.OrderBy(e => e, JavaComparer.Instance).ToList());
            case "Stream.limit(long)" or "Stream.skip(long)":
                long n = a.Long(0);
                if (n < 0)
                {
                    throw Error(id, $"{n} (IllegalArgumentException)");
                }

                int count = (int)Math.Min(n, int.MaxValue);
                return new FmlStream(id == "Stream.limit(long)" ? stream.Items.Take(count).ToList() : stream.Items.Skip(count).ToList());
            default:
                throw Unknown(id);
        }
    }

    // ------------------------------------------------------------------ maps

    private static object? MapMember(string id, object? r, Args a)
    {
        switch (id)
        {
            case "HashMap.new()" or "LinkedHashMap.new()":
                return FmlCollections.NewMap();
            case "HashMap.new(Map<? extends K,? extends V>)" or "LinkedHashMap.new(Map<? extends K,? extends V>)":
                return FmlCollections.NewMap(a.Map(0));
            case "TreeMap.new()":
                return FmlCollections.NewSortedMap();
            case "TreeMap.new(Map<? extends K,? extends V>)":
                return FmlCollections.NewSortedMap(a.Map(0));
        }

        if (id.StartsWith("Map.Entry.", StringComparison.Ordinal))
        {
            var entry = r as FmlMapEntry ?? throw Error(id, $"{Numbers.Describe(r)} is not a Map.Entry");
            return id switch
            {
                "Map.Entry.getKey()" => entry.Key,
                "Map.Entry.getValue()" => entry.Value,
                "Map.Entry.setValue(V)" => entry.SetValue(a[0]),
                _ => throw Unknown(id),
            };
        }

        var map = r as IDictionary<object, object?> ?? throw Error(id, $"{Numbers.Describe(r)} is not a Map");
        switch (id)
        {
            case "Map.size()":
                return map.Count;
            case "Map.isEmpty()":
                return map.Count == 0;
            case "Map.get(Object)":
                return a[0] is { } key && map.TryGetValue(key, out object? value) ? value : null;
            case "Map.getOrDefault(Object,V)":
                return a[0] is { } k && map.TryGetValue(k, out object? v) ? v : a[1];
            case "Map.containsKey(Object)":
                return a[0] is { } ck && map.ContainsKey(ck);
            case "Map.containsValue(Object)":
                return map.Values.Any(x => FmlEquality.AreEqual(x, a[0]));
            case "Map.put(K,V)":
                object putKey = a[0] ?? throw Error(id, "null key (NullPointerException)");
                map.TryGetValue(putKey, out object? old);
                map[putKey] = a[1];
                return old;
            case "Map.putIfAbsent(K,V)":
                object absentKey = a[0] ?? throw Error(id, "null key (NullPointerException)");
                if (map.TryGetValue(absentKey, out object? current) && current is not null)
                {
                    return current;
                }

                map[absentKey] = a[1];
                return null;
            case "Map.putAll(Map<? extends K,? extends V>)":
                foreach (var pair in a.Map(0).ToList())
                {
                    map[pair.Key] = pair.Value;
                }

                return null;
            case "Map.remove(Object)":
                return a[0] is { } removeKey && map.Remove(removeKey, out object? removed) ? removed : null;
            case "Map.clear()":
                map.Clear();
                return null;
            case "Map.keySet()":
                return new FmlMapViewCollection(map, FmlMapViewKind.Keys);
            case "Map.values()":
                return new FmlMapViewCollection(map, FmlMapViewKind.Values);
            case "Map.entrySet()":
                return new FmlMapViewCollection(map, FmlMapViewKind.Entries);
            default:
                throw Unknown(id);
        }
    }
}
