using Flexo.Fml.Semantics;

namespace Flexo.Runtime.Values.Tests;

public class CollectionMemberTests
{
    private static List<object?> List(params object?[] items) => [.. items];

    [Fact]
    public void ListBasics()
    {
        object? list = Java.New("java.util.ArrayList");
        Assert.Equal(true, Java.Call(list, "add", (object)"a"));
        Java.Call(list, "add", (object)"b");
        Java.Call(list, "add", 0, "z");
        Assert.Equal(3, Java.Call(list, "size"));
        Assert.Equal("z", Java.Call(list, "get", 0));
        Assert.Equal("z", Java.Call(list, "set", 0, "y"));
        Assert.Equal(1, Java.Call(list, "indexOf", (object)"a"));
        Assert.Equal(-1, Java.Call(list, "indexOf", (object)"q"));
        Assert.Equal(true, Java.Call(list, "contains", (object)"b"));
        Assert.Equal(false, Java.Call(list, "isEmpty"));
        Assert.Equal("[y, a, b]", Java.Call(list, "toString"));
        Java.Call(list, "clear");
        Assert.Equal(0, Java.Call(list, "size"));
    }

    [Fact]
    public void RemoveByIndexAndByValue()
    {
        // list.remove(i) with an int removes at the index; with an Integer (boxed) it removes the element.
        var list = List(10, 20, 1);
        Assert.Equal(20, Java.Call(list, "remove", 1));
        Assert.Equal(List(10, 1), list);
        object? removed = Java.CallAs(new ClassType("java.util.List", [new ClassType("java.lang.Integer")]), list, "remove", (object)new object());
        Assert.Equal(false, removed);
        var byValue = JavaMembers.Invoke(
            Flexo.Fml.Semantics.Java.JavaLibrary.FindMember(new ClassType("java.util.List"), "remove", [new ClassType("java.lang.Integer")])!,
            list,
            [1]);
        Assert.Equal(true, byValue);
        Assert.Equal(List(10), list);
    }

    [Fact]
    public void ContainsAndIndexOfUseFmlEquality()
    {
        var list = List(1L, "a", null);
        Assert.Equal(true, Java.Call(list, "contains", 1));
        Assert.Equal(true, Java.Call(list, "contains", (object?)null));
        Assert.Equal(2, Java.Call(list, "indexOf", (object?)null));
        Assert.Equal(0, Java.Call(list, "indexOf", 1.0));
    }

    public static TheoryData<string, object?[], string> Errors => new()
    {
        { "get", [3], "List.get(int): index 3 out of bounds for length 2 (IndexOutOfBoundsException)" },
        { "get", [-1], "List.get(int): index -1 out of bounds for length 2 (IndexOutOfBoundsException)" },
        { "set", [2, "x"], "List.set(int,E): index 2 out of bounds for length 2 (IndexOutOfBoundsException)" },
        { "remove", [5], "List.remove(int): index 5 out of bounds for length 2 (IndexOutOfBoundsException)" },
        { "add", [3, "x"], "List.add(int,E): index 3 out of bounds for length 3 (IndexOutOfBoundsException)" },
        { "subList", [1, 3], "List.subList(int,int): fromIndex 1, toIndex 3, size 2 (IndexOutOfBoundsException)" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void ListBoundsErrors(string name, object?[] args, string message) =>
        Assert.Equal(message, Assert.Throws<FmlRuntimeError>(() => Java.Call(List("a", "b"), name, args)).Message);

    [Fact]
    public void NullListReceiverIsAnError() =>
        Assert.Equal(
            "cannot call 'size' on null (Collection.size())",
            Assert.Throws<FmlRuntimeError>(() => JavaMembers.Invoke(Java.Member(List(), "size"), null, [])).Message);

    [Fact]
    public void BulkOperations()
    {
        var list = List(1, 2, 3, 2);
        Assert.Equal(true, Java.Call(list, "addAll", List(4, 5)));
        Assert.Equal(true, Java.Call(list, "removeAll", List(2L)));
        Assert.Equal(List(1, 3, 4, 5), list);
        Assert.Equal(true, Java.Call(list, "retainAll", List(1, 5)));
        Assert.Equal(List(1, 5), list);
        Assert.Equal(true, Java.Call(list, "containsAll", List(5)));
        Assert.Equal(true, Java.Call(list, "addAll", 1, List(7, 8)));
        Assert.Equal(List(1, 7, 8, 5), list);
        Assert.Equal(List(7, 8), Java.Call(list, "subList", 1, 3));
        Java.Call(list, "addAll", list);
        Assert.Equal(8, list.Count);
    }

    [Fact]
    public void SubListIsALiveView()
    {
        var list = List(1, 2, 3, 4, 5);
        object? sub = Java.Call(list, "subList", 1, 4);
        Assert.Equal("[2, 3, 4]", JavaText.ToJavaString(sub));
        Java.Call(sub, "set", 0, 20);
        Assert.Equal(List(1, 20, 3, 4, 5), list);
        Java.Call(sub, "remove", 1);
        Assert.Equal(List(1, 20, 4, 5), list);
        Java.Call(sub, "add", (object)9);
        Assert.Equal(List(1, 20, 4, 9, 5), list);
        Java.Call(sub, "clear");
        Assert.Equal(List(1, 5), list);
        Assert.Equal(0, Java.Call(sub, "size"));
        Assert.Throws<FmlRuntimeError>(() => Java.Call(sub, "get", 0));
    }

    [Fact]
    public void ImmutableAndFixedSizeLists()
    {
        object? of = Java.Static("List", "of", 1, 2);
        Assert.Equal(2, Java.Call(of, "size"));
        Assert.Contains("UnsupportedOperationException", Assert.Throws<FmlRuntimeError>(() => Java.Call(of, "add", (object)3)).Message, StringComparison.Ordinal);
        Assert.Throws<FmlRuntimeError>(() => Java.Static("List", "of", 1, null));
        object? asList = Java.Static("Arrays", "asList", "a", "b");
        Java.Call(asList, "set", 0, "z");
        Assert.Equal("[z, b]", JavaText.ToJavaString(asList));
        Assert.Throws<FmlRuntimeError>(() => Java.Call(asList, "remove", 0));
    }

    [Fact]
    public void LinkedListMembers()
    {
        object? list = Java.New("java.util.LinkedList");
        var linked = new ClassType("java.util.LinkedList");
        Java.CallAs(linked, list, "addFirst", (object)"b");
        Java.CallAs(linked, list, "addFirst", (object)"a");
        Java.CallAs(linked, list, "addLast", (object)"c");
        Assert.Equal("[a, b, c]", JavaText.ToJavaString(list));
        Assert.Equal("a", JavaMembers.Invoke(Find(list, "java.util.LinkedList", "getFirst"), list, []));
        Assert.Equal("c", JavaMembers.Invoke(Find(list, "java.util.LinkedList", "removeLast"), list, []));
        Java.Call(list, "clear");
        Assert.Contains("NoSuchElementException", Assert.Throws<FmlRuntimeError>(() => JavaMembers.Invoke(Find(list, "java.util.LinkedList", "getFirst"), list, [])).Message, StringComparison.Ordinal);
    }

    private static Flexo.Fml.Semantics.Java.JavaMember Find(object? receiver, string cls, string name) =>
        Flexo.Fml.Semantics.Java.JavaLibrary.FindMember(new ClassType(cls), name, [])!;

    [Fact]
    public void SetsUseFmlEquality()
    {
        object? set = Java.New("java.util.HashSet");
        Assert.Equal(true, Java.Call(set, "add", (object)1));
        Assert.Equal(false, Java.Call(set, "add", (object)1L));
        Assert.Equal(false, Java.Call(set, "add", (object)1.0));
        Assert.Equal(true, Java.Call(set, "contains", 1L));
        Assert.Equal(1, Java.Call(set, "size"));
        Assert.Equal(true, Java.Call(set, "remove", (object)1.0));
        Assert.Equal(0, Java.Call(set, "size"));
        Assert.Throws<FmlRuntimeError>(() => Java.Static("Set", "of", 1, 1));
    }

    [Fact]
    public void SetsAndMapsKeepInsertionOrderAfterRemovals()
    {
        var set = FmlCollections.NewSet(["a", "b", "c"]);
        Java.Call(set, "remove", (object)"a");
        Java.Call(set, "add", (object)"d");
        Java.Call(set, "add", (object?)null);
        Assert.Equal("[b, c, d, null]", JavaText.ToJavaString(set));
        Assert.Equal(true, Java.Call(set, "contains", (object?)null));
        var map = FmlCollections.NewMap();
        Java.Call(map, "put", "a", 1);
        Java.Call(map, "put", "b", 2);
        Java.Call(map, "remove", (object)"a");
        Java.Call(map, "put", "c", 3);
        Java.Call(map, "put", "a", 4);
        Assert.Equal("{b=2, c=3, a=4}", JavaText.ToJavaString(map));
    }

    [Fact]
    public void SetAlgebra()
    {
        var set = FmlCollections.NewSet([1, 2, 3]);
        Assert.True(set.IsSupersetOf([1L, 2.0]));
        Assert.True(set.SetEquals([3, 2, 1, 1]));
        set.SymmetricExceptWith([3, 4]);
        Assert.Equal("[1, 2, 4]", JavaText.ToJavaString(set));
        set.IntersectWith([2, 4, 5]);
        Assert.Equal("[2, 4]", set.ToString());
        Assert.True(set.IsProperSubsetOf([2, 4, 6]));
    }

    [Fact]
    public void TreeSetIsOrdered()
    {
        object? set = Java.New("java.util.TreeSet", List("b", "c", "a"));
        Assert.Equal("[a, b, c]", JavaText.ToJavaString(set));
        Assert.Equal("a", JavaMembers.Invoke(Find(set, "java.util.TreeSet", "first"), set, []));
        Assert.Equal("c", JavaMembers.Invoke(Find(set, "java.util.TreeSet", "last"), set, []));
    }

    [Fact]
    public void CollectionsStatics()
    {
        var list = List(3, 1L, 2.5);
        Java.Static("Collections", "sort", list);
        Assert.Equal(List(1L, 2.5, 3), list);
        Java.Static("Collections", "reverse", list);
        Assert.Equal(List(3, 2.5, 1L), list);
        Assert.Equal(2, Java.Static("Collections", "frequency", List("a", "b", "a"), "a"));
        Assert.Throws<FmlRuntimeError>(() => Java.Static("Collections", "sort", List("a", 1)));
    }

    [Fact]
    public void IteratorsAndStreams()
    {
        var list = List("b", "a", "b");
        object? it = Java.Call(list, "iterator");
        var seen = new List<object?>();
        while ((bool)JavaMembers.Invoke(Find(it, "java.util.Iterator", "hasNext"), it, [])!)
        {
            seen.Add(JavaMembers.Invoke(Find(it, "java.util.Iterator", "next"), it, []));
        }

        Assert.Equal(list, seen);
        Assert.Throws<FmlRuntimeError>(() => JavaMembers.Invoke(Find(it, "java.util.Iterator", "next"), it, []));
        object? stream = Java.Call(list, "stream");
        var streamType = new ClassType("java.util.stream.Stream");
        object? distinct = Java.CallAs(streamType, stream, "distinct");
        object? sorted = Java.CallAs(streamType, distinct, "sorted");
        Assert.Equal("[a, b]", JavaText.ToJavaString(Java.CallAs(streamType, sorted, "toList")));
        Assert.Equal(3L, Java.CallAs(streamType, stream, "count"));
        Assert.Equal(1L, Java.CallAs(streamType, Java.CallAs(streamType, stream, "skip", 2L), "count"));
    }

    [Fact]
    public void MapMembers()
    {
        object? map = Java.New("java.util.HashMap");
        Assert.Null(Java.Call(map, "put", "a", 1));
        Assert.Equal(1, Java.Call(map, "put", "a", 2));
        Java.Call(map, "put", "b", 3);
        Assert.Equal(2, Java.Call(map, "get", (object)"a"));
        Assert.Null(Java.Call(map, "get", (object)"zz"));
        Assert.Null(Java.Call(map, "get", (object?)null));
        Assert.Equal(false, Java.Call(map, "containsKey", (object?)null));
        Assert.Equal(9, Java.Call(map, "getOrDefault", "zz", 9));
        Assert.Equal(true, Java.Call(map, "containsKey", (object)"b"));
        Assert.Equal(true, Java.Call(map, "containsValue", 3L));
        Assert.Equal(2, Java.Call(map, "size"));
        Assert.Equal("{a=2, b=3}", Java.Call(map, "toString"));
        Assert.Equal("[a, b]", JavaText.ToJavaString(Java.Call(map, "keySet")));
        Assert.Equal("[2, 3]", JavaText.ToJavaString(Java.Call(map, "values")));
        Assert.Equal(2, Java.Call(map, "putIfAbsent", "a", 7));
        Assert.Equal(3, Java.Call(map, "remove", (object)"b"));
        Assert.Null(Java.Call(map, "remove", (object)"b"));
        Assert.Contains("NullPointerException", Assert.Throws<FmlRuntimeError>(() => Java.Call(map, "put", null, 1)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MapViewsAreLive()
    {
        var map = FmlCollections.NewMap();
        map["a"] = 1;
        object? keys = Java.Call(map, "keySet");
        object? values = Java.Call(map, "values");
        object? entries = Java.Call(map, "entrySet");
        map["b"] = 2;
        Assert.Equal("[a, b]", JavaText.ToJavaString(keys));
        Assert.Equal("[1, 2]", JavaText.ToJavaString(values));
        Assert.Equal("[a=1, b=2]", JavaText.ToJavaString(entries));
        Assert.Equal(2, Java.Call(keys, "size"));
        Assert.Equal(true, Java.Call(keys, "contains", (object)"b"));
        Assert.Equal(true, Java.Call(values, "contains", 2L));
        Assert.Equal(true, Java.Call(keys, "remove", (object)"a"));
        Assert.Equal("{b=2}", JavaText.ToJavaString(map));
        Assert.Equal(true, Java.Call(values, "remove", (object)2));
        Assert.Empty(map);
        Assert.Contains("UnsupportedOperationException", Assert.Throws<FmlRuntimeError>(() => Java.Call(keys, "add", (object)"c")).Message, StringComparison.Ordinal);
        map["x"] = 1;
        Assert.True(FmlEquality.AreEqual(keys, FmlCollections.NewSet(["x"])));
        Assert.Equal(true, Java.Call(keys, "retainAll", new List<object?>()));
        Assert.Empty(map);
    }

    [Fact]
    public void RemovingAViewFromItselfEmptiesTheMap()
    {
        var map = FmlCollections.NewMap();
        map["a"] = 1;
        map["b"] = 2;
        object? keys = Java.Call(map, "keySet");
        Assert.Equal(true, Java.Call(keys, "removeAll", keys));
        Assert.Empty(map);
    }

    [Fact]
    public void MapKeysUseFmlEquality()
    {
        var map = FmlCollections.NewMap();
        Java.Call(map, "put", 2L, "two");
        Assert.Equal("two", Java.Call(map, "get", (object)2));
    }

    [Fact]
    public void EntriesWriteThrough()
    {
        var map = FmlCollections.NewMap();
        map["k"] = 1;
        object? entries = Java.Call(map, "entrySet");
        var entry = ((IEnumerable<object?>)entries!).Single();
        var entryType = new ClassType("java.util.Map.Entry");
        Assert.Equal("k", Java.CallAs(entryType, entry, "getKey"));
        Assert.Equal(1, Java.CallAs(entryType, entry, "setValue", 5));
        Assert.Equal(5, map["k"]);
        Assert.Equal("k=5", JavaText.ToJavaString(entry));
    }

    [Fact]
    public void TreeMapIsOrdered()
    {
        var source = FmlCollections.NewMap();
        source["b"] = 2;
        source["a"] = 1;
        object? tree = Java.New("java.util.TreeMap", source);
        Assert.Equal("{a=1, b=2}", JavaText.ToJavaString(tree));
    }
}
