namespace Flexo.Fml.Semantics.Java;

/// <summary>The java.util part of the table (see docs/java-compat.md for the conventions).</summary>
internal static partial class JavaClassTable
{
    private const string Unsupported = "on a fixed-size or read-only list (split, asList, of): run-time error (UnsupportedOperationException)";
    private const string Empty = "empty collection: run-time error (NoSuchElementException)";

    private static IEnumerable<ClassSpec> UtilClasses() =>
    [
        new("java.util.Iterator<E>", "an enumerator with one element of look-ahead", [],
        [
            "boolean hasNext() | whether MoveNext() found another element (looked ahead once)",
            "E next() | the next element | no more elements: run-time error (NoSuchElementException)",
            "void remove() | removes the last element returned from the underlying collection | next() not called yet: run-time error",
        ]),

        new("java.util.Collection<E>", "ICollection<object?> (a list or a set)", ["Iterable<E>"],
        [
            "int size() | c.Count",
            "boolean isEmpty() | c.Count == 0",
            "boolean contains(Object) | whether an element equals the argument with FML equality (see Object.equals)",
            "boolean add(E) | c.Add(element); true for a list, whether the element was new for a set | " + Unsupported,
            "boolean remove(Object) | removes the first element equal to the argument (FML equality); true if one was removed | " + Unsupported,
            "boolean addAll(Collection<? extends E>) | adds every element in order; true if the collection changed | " + NullArgument + "; " + Unsupported,
            "boolean removeAll(Collection<?>) | removes every element contained in the argument; true if the collection changed | " + NullArgument,
            "boolean retainAll(Collection<?>) | keeps only the elements contained in the argument; true if the collection changed | " + NullArgument,
            "boolean containsAll(Collection<?>) | every element of the argument is contained | " + NullArgument,
            "void clear() | c.Clear() | " + Unsupported,
            "Stream<E> stream() | a sequential stream over the elements (see Stream)",
        ]),

        new("java.util.List<E>", "IList<object?> (List<object?> unless it is a role list)", ["Collection<E>"],
        [
            "E get(int) | list[index] | index < 0 or index >= size: run-time error",
            "E set(int,E) | the old list[index], then list[index] = element | index out of range: run-time error",
            "void add(int,E) | list.Insert(index, element) | index < 0 or index > size: run-time error; " + Unsupported,
            "E remove(int) | the element at index, then list.RemoveAt(index) (an int argument selects this overload, as Java) | index out of range: run-time error; " + Unsupported,
            "int indexOf(Object) | index of the first element equal to the argument (FML equality), -1 if none",
            "int lastIndexOf(Object) | index of the last element equal to the argument (FML equality), -1 if none",
            "List<E> subList(int,int) | a live view of the range [from, to) of the list, as Java: changes go through to the list | from < 0, to > size or from > to: run-time error",
            "boolean addAll(int,Collection<? extends E>) | list.InsertRange(index, elements); true if the list changed | index out of range: run-time error; " + NullArgument,
            "static <T> List<T> of(T...) | an immutable list of the arguments | null element: run-time error",
        ]),

        new("java.util.ArrayList<E>", "List<object?>", ["List<E>"],
        [
            "new() | new List<object?>()",
            "new(int) | new List<object?>(capacity) | negative capacity: run-time error",
            "new(Collection<? extends E>) | new List<object?>(elements) | " + NullArgument,
        ]),

        new("java.util.LinkedList<E>", "List<object?> (the engine does not need a linked representation)", ["List<E>"],
        [
            "new() | new List<object?>()",
            "new(Collection<? extends E>) | new List<object?>(elements) | " + NullArgument,
            "void addFirst(E) | list.Insert(0, element)",
            "void addLast(E) | list.Add(element)",
            "E getFirst() | list[0] | " + Empty,
            "E getLast() | list[^1] | " + Empty,
            "E removeFirst() | list[0], then list.RemoveAt(0) | " + Empty,
            "E removeLast() | list[^1], then list.RemoveAt(list.Count - 1) | " + Empty,
        ]),

        new("java.util.Set<E>", "ISet<object?> (HashSet<object?> with FML equality)", ["Collection<E>"],
        [
            "static <T> Set<T> of(T...) | an immutable set of the arguments | null or duplicate element: run-time error",
        ]),

        new("java.util.HashSet<E>", "HashSet<object?> with FML equality (iteration order unspecified, as Java)", ["Set<E>"],
        [
            "new() | new HashSet<object?>(FmlEquality.Comparer)",
            "new(Collection<? extends E>) | new HashSet<object?>(elements, FmlEquality.Comparer) | " + NullArgument,
        ]),

        new("java.util.LinkedHashSet<E>", "an insertion-ordered set with FML equality", ["HashSet<E>"],
        [
            "new() | an empty insertion-ordered set",
            "new(Collection<? extends E>) | an insertion-ordered set of the elements | " + NullArgument,
        ]),

        new("java.util.TreeSet<E>", "SortedSet<object?> ordered by compareTo", ["Set<E>"],
        [
            "new() | new SortedSet<object?>(Java natural order)",
            "new(Collection<? extends E>) | new SortedSet<object?>(elements, Java natural order) | " + NullArgument + "; elements that are not mutually comparable: run-time error",
            "E first() | set.Min | " + Empty,
            "E last() | set.Max | " + Empty,
        ]),

        new("java.util.Map<K,V>", "IDictionary<object, object?> with FML equality on keys (insertion-ordered)", [],
        [
            "int size() | map.Count",
            "boolean isEmpty() | map.Count == 0",
            "V get(Object) | the value for the key, or null when there is none (also for a null key)",
            "V put(K,V) | the previous value (or null), then map[key] = value | null key: run-time error (.NET dictionaries have no null key)",
            "boolean containsKey(Object) | map.ContainsKey(key); false for null",
            "boolean containsValue(Object) | an entry's value equals the argument (FML equality)",
            "V remove(Object) | the removed value (or null; also for a null key), then map.Remove(key)",
            "Set<K> keySet() | a live view of the keys, as Java (removing a key removes the entry)",
            "Collection<V> values() | a live view of the values",
            "Set<Map.Entry<K,V>> entrySet() | a live view of the entries, in the map's order",
            "V getOrDefault(Object,V) | the value for the key, or defaultValue when there is none (also for a null key)",
            "V putIfAbsent(K,V) | the current value if the key is present, else null after map[key] = value | null key: run-time error",
            "void putAll(Map<? extends K,? extends V>) | map[key] = value for every entry of the argument | " + NullArgument,
            "void clear() | map.Clear()",
        ]),

        new("java.util.Map.Entry<K,V>", "a key/value pair bound to its map", [],
        [
            "K getKey() | entry.Key",
            "V getValue() | entry.Value",
            "V setValue(V) | the old value, then the map's value for the key is replaced",
        ]),

        new("java.util.HashMap<K,V>", "Dictionary<object, object?> with FML equality on keys (the engine keeps insertion order)", ["Map<K,V>"],
        [
            "new() | an empty map",
            "new(Map<? extends K,? extends V>) | a map with the argument's entries | " + NullArgument,
        ]),

        new("java.util.LinkedHashMap<K,V>", "an insertion-ordered dictionary with FML equality on keys", ["HashMap<K,V>"],
        [
            "new() | an empty map",
            "new(Map<? extends K,? extends V>) | a map with the argument's entries | " + NullArgument,
        ]),

        new("java.util.TreeMap<K,V>", "SortedDictionary<object, object?> ordered by compareTo on keys", ["Map<K,V>"],
        [
            "new() | an empty map ordered by the keys' natural order",
            "new(Map<? extends K,? extends V>) | a sorted map with the argument's entries | " + NullArgument,
        ]),

        new("java.util.Date", "DateTime in UTC, millisecond precision", [],
        [
            "new() | the current time: DateTime.UtcNow truncated to the millisecond",
            "new(long) | DateTime.UnixEpoch.AddMilliseconds(milliseconds)",
            "long getTime() | milliseconds since 1970-01-01T00:00:00Z: (long)(d - DateTime.UnixEpoch).TotalMilliseconds",
            "boolean before(Date) | d < other | " + NullArgument,
            "boolean after(Date) | d > other | " + NullArgument,
            "int compareTo(Date) | d.CompareTo(other) | " + NullArgument,
        ]),

        new("java.util.Objects", "static members only", [],
        [
            "static boolean equals(Object,Object) | both null, or a.equals(b) with FML equality",
            "static int hashCode(Object) | 0 for null, else the value's hashCode()",
            "static String toString(Object) | the Java string form; \"null\" for null",
            "static String toString(Object,String) | the Java string form, or the second argument for null",
            "static boolean isNull(Object) | value is null",
            "static boolean nonNull(Object) | value is not null",
            "static <T> T requireNonNull(T) | the value | null: run-time error (NullPointerException)",
        ]),

        new("java.util.Arrays", "static members only", [],
        [
            "static <T> List<T> asList(T...) | a fixed-size list of the arguments (set works, add and remove do not)",
        ]),

        new("java.util.Collections", "static members only", [],
        [
            "static void sort(List<?>) | a stable sort of the list in place by Java natural order (compareTo) | elements that are not mutually comparable, or null elements: run-time error",
            "static void reverse(List<?>) | reverses the list in place",
            "static void shuffle(List<?>) | shuffles the list in place with Random.Shared",
            "static int frequency(Collection<?>,Object) | the number of elements equal to the argument (FML equality)",
        ]),

        new("java.util.stream.Stream<T>", "a lazy sequence (IEnumerable<object?>)", [],
        [
            "List<T> toList() | an immutable list of the elements",
            "long count() | the number of elements",
            "Stream<T> distinct() | the elements without duplicates (FML equality), in order",
            "Stream<T> sorted() | the elements in Java natural order (stable) | elements that are not mutually comparable: run-time error",
            "Stream<T> limit(long) | the first n elements | n < 0: run-time error",
            "Stream<T> skip(long) | all but the first n elements | n < 0: run-time error",
        ]),
    ];
}
