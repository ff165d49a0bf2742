using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Java;
using Flexo.Fml.Syntax;
using static Flexo.Fml.Tests.Semantics.Types.TestTypes;

namespace Flexo.Fml.Tests.Semantics.Java;

/// <summary>JavaLibrary: class names, members with generic substitution, overloads, properties, statics, constructors.</summary>
public sealed class JavaLibraryTests
{
    private static JavaMember Member(string receiver, string name, string arguments)
    {
        var member = JavaLibrary.FindMember(T(receiver), name, Ts(arguments));
        Assert.True(member is not null, $"{receiver}.{name}({arguments}) was not found");
        return member;
    }

    private static JavaMember Static(string type, string name, string arguments)
    {
        var member = JavaLibrary.FindStatic(type, name, Ts(arguments));
        Assert.True(member is not null, $"{type}.{name}({arguments}) was not found");
        return member;
    }

    // ------------------------------------------------------------------ class names

    [Theory]
    [InlineData("String", "java.lang.String")]
    [InlineData("Object", "java.lang.Object")]
    [InlineData("Integer", "java.lang.Integer")]
    [InlineData("Long", "java.lang.Long")]
    [InlineData("Double", "java.lang.Double")]
    [InlineData("Float", "java.lang.Float")]
    [InlineData("Boolean", "java.lang.Boolean")]
    [InlineData("Character", "java.lang.Character")]
    [InlineData("Short", "java.lang.Short")]
    [InlineData("Byte", "java.lang.Byte")]
    [InlineData("Number", "java.lang.Number")]
    [InlineData("CharSequence", "java.lang.CharSequence")]
    [InlineData("StringBuilder", "java.lang.StringBuilder")]
    [InlineData("Math", "java.lang.Math")]
    [InlineData("Class", "java.lang.Class")]
    [InlineData("Iterable", "java.lang.Iterable")]
    [InlineData("System", "java.lang.System")]
    [InlineData("List", "java.util.List")]
    [InlineData("ArrayList", "java.util.ArrayList")]
    [InlineData("LinkedList", "java.util.LinkedList")]
    [InlineData("Map", "java.util.Map")]
    [InlineData("HashMap", "java.util.HashMap")]
    [InlineData("LinkedHashMap", "java.util.LinkedHashMap")]
    [InlineData("TreeMap", "java.util.TreeMap")]
    [InlineData("Map.Entry", "java.util.Map.Entry")]
    [InlineData("Set", "java.util.Set")]
    [InlineData("HashSet", "java.util.HashSet")]
    [InlineData("LinkedHashSet", "java.util.LinkedHashSet")]
    [InlineData("TreeSet", "java.util.TreeSet")]
    [InlineData("Collection", "java.util.Collection")]
    [InlineData("Iterator", "java.util.Iterator")]
    [InlineData("Date", "java.util.Date")]
    [InlineData("Objects", "java.util.Objects")]
    [InlineData("Arrays", "java.util.Arrays")]
    [InlineData("Collections", "java.util.Collections")]
    [InlineData("Duration", "java.time.Duration")]
    [InlineData("java.lang.String", "java.lang.String")]
    [InlineData("java.lang.Math", "java.lang.Math")]
    [InlineData("java.util.List", "java.util.List")]
    [InlineData("java.util.Date", "java.util.Date")]
    [InlineData("java.util.Map.Entry", "java.util.Map.Entry")]
    [InlineData("java.time.Duration", "java.time.Duration")]
    [InlineData("java.util.stream.Stream", "java.util.stream.Stream")]
    public void Resolves_simple_and_qualified_names(string name, string qualifiedName)
    {
        var type = Assert.IsType<ClassType>(JavaLibrary.ResolveClass(name, []));
        Assert.Equal(qualifiedName, type.QualifiedName);
        Assert.True(type.TypeArguments.IsEmpty);
        Assert.True(JavaLibrary.IsKnownClass(name));
    }

    [Theory]
    [InlineData("Unknown")]
    [InlineData("Stream")]
    [InlineData("string")]
    [InlineData("int")]
    [InlineData("java.lang.Unknown")]
    [InlineData("java.util.String")]
    [InlineData("lang.String")]
    [InlineData("Entry")]
    [InlineData("StringBuffer")]
    [InlineData("")]
    public void Unknown_names_resolve_to_null(string name)
    {
        Assert.Null(JavaLibrary.ResolveClass(name, []));
        Assert.False(JavaLibrary.IsKnownClass(name));
        Assert.Null(JavaLibrary.TypeParameterCount(name));
    }

    [Fact]
    public void Type_arguments_are_checked_and_primitive_ones_boxed()
    {
        Assert.Equal(TypeFacts.ListOf(new ConceptType(Book)), JavaLibrary.ResolveClass("List", [new ConceptType(Book)]));
        Assert.Equal(T("Map<String,Integer>"), JavaLibrary.ResolveClass("java.util.Map", [TypeFacts.String, PrimitiveType.Int]));
        Assert.Equal(T("List<Integer>"), JavaLibrary.ResolveClass("List", [PrimitiveType.Int]));
        Assert.Null(JavaLibrary.ResolveClass("List", [TypeFacts.String, TypeFacts.String]));
        Assert.Null(JavaLibrary.ResolveClass("Map", [TypeFacts.String]));
        Assert.Null(JavaLibrary.ResolveClass("String", [TypeFacts.String]));
        Assert.True(JavaLibrary.IsKnownClass("Map"));
        Assert.Equal(2, JavaLibrary.TypeParameterCount("Map"));
        Assert.Equal(1, JavaLibrary.TypeParameterCount("java.util.List"));
        Assert.Equal(0, JavaLibrary.TypeParameterCount("String"));
    }

    // ------------------------------------------------------------------ instance members

    [Theory]
    // String
    [InlineData("String", "length", "", "int", "String.length()")]
    [InlineData("String", "charAt", "int", "char", "String.charAt(int)")]
    [InlineData("String", "substring", "int", "String", "String.substring(int)")]
    [InlineData("String", "substring", "int, int", "String", "String.substring(int,int)")]
    [InlineData("String", "indexOf", "String", "int", "String.indexOf(String)")]
    [InlineData("String", "indexOf", "String, int", "int", "String.indexOf(String,int)")]
    [InlineData("String", "indexOf", "char", "int", "String.indexOf(int)")]
    [InlineData("String", "lastIndexOf", "String", "int", "String.lastIndexOf(String)")]
    [InlineData("String", "lastIndexOf", "char", "int", "String.lastIndexOf(int)")]
    [InlineData("String", "contains", "String", "boolean", "String.contains(CharSequence)")]
    [InlineData("String", "startsWith", "String", "boolean", "String.startsWith(String)")]
    [InlineData("String", "startsWith", "String, int", "boolean", "String.startsWith(String,int)")]
    [InlineData("String", "endsWith", "String", "boolean", "String.endsWith(String)")]
    [InlineData("String", "toUpperCase", "", "String", "String.toUpperCase()")]
    [InlineData("String", "toLowerCase", "", "String", "String.toLowerCase()")]
    [InlineData("String", "trim", "", "String", "String.trim()")]
    [InlineData("String", "isEmpty", "", "boolean", "String.isEmpty()")]
    [InlineData("String", "isBlank", "", "boolean", "String.isBlank()")]
    [InlineData("String", "equals", "String", "boolean", "String.equals(Object)")]
    [InlineData("String", "equals", "null", "boolean", "String.equals(Object)")]
    [InlineData("String", "equals", "int", "boolean", "String.equals(Object)")]
    [InlineData("String", "equalsIgnoreCase", "String", "boolean", "String.equalsIgnoreCase(String)")]
    [InlineData("String", "compareTo", "String", "int", "String.compareTo(String)")]
    [InlineData("String", "compareToIgnoreCase", "String", "int", "String.compareToIgnoreCase(String)")]
    [InlineData("String", "replace", "char, char", "String", "String.replace(char,char)")]
    [InlineData("String", "replace", "String, String", "String", "String.replace(CharSequence,CharSequence)")]
    [InlineData("String", "replaceAll", "String, String", "String", "String.replaceAll(String,String)")]
    [InlineData("String", "replaceFirst", "String, String", "String", "String.replaceFirst(String,String)")]
    [InlineData("String", "split", "String", "List<String>", "String.split(String)")]
    [InlineData("String", "split", "String, int", "List<String>", "String.split(String,int)")]
    [InlineData("String", "concat", "String", "String", "String.concat(String)")]
    [InlineData("String", "matches", "String", "boolean", "String.matches(String)")]
    [InlineData("String", "repeat", "int", "String", "String.repeat(int)")]
    [InlineData("String", "strip", "", "String", "String.strip()")]
    [InlineData("String", "hashCode", "", "int", "Object.hashCode()")]
    [InlineData("String", "toString", "", "String", "Object.toString()")]
    [InlineData("String", "getClass", "", "Class<?>", "Object.getClass()")]
    [InlineData("CharSequence", "length", "", "int", "CharSequence.length()")]
    // StringBuilder
    [InlineData("StringBuilder", "append", "String", "StringBuilder", "StringBuilder.append(String)")]
    [InlineData("StringBuilder", "append", "char", "StringBuilder", "StringBuilder.append(char)")]
    [InlineData("StringBuilder", "append", "int", "StringBuilder", "StringBuilder.append(int)")]
    [InlineData("StringBuilder", "append", "short", "StringBuilder", "StringBuilder.append(int)")]
    [InlineData("StringBuilder", "append", "float", "StringBuilder", "StringBuilder.append(double)")]
    [InlineData("StringBuilder", "append", "Book", "StringBuilder", "StringBuilder.append(Object)")]
    [InlineData("StringBuilder", "append", "Integer", "StringBuilder", "StringBuilder.append(Object)")]
    [InlineData("StringBuilder", "append", "null", "StringBuilder", "StringBuilder.append(String)")]
    [InlineData("StringBuilder", "insert", "int, String", "StringBuilder", "StringBuilder.insert(int,String)")]
    [InlineData("StringBuilder", "reverse", "", "StringBuilder", "StringBuilder.reverse()")]
    [InlineData("StringBuilder", "length", "", "int", "StringBuilder.length()")]
    [InlineData("StringBuilder", "toString", "", "String", "Object.toString()")]
    // List / Collection
    [InlineData("List<Book>", "size", "", "int", "Collection.size()")]
    [InlineData("List<Book>", "get", "int", "Book", "List.get(int)")]
    [InlineData("List<Book>", "add", "Book", "boolean", "Collection.add(E)")]
    [InlineData("List<Book>", "add", "Novel", "boolean", "Collection.add(E)")]
    [InlineData("List<Book>", "add", "null", "boolean", "Collection.add(E)")]
    [InlineData("List<Book>", "add", "int, Book", "void", "List.add(int,E)")]
    [InlineData("List<Book>", "remove", "int", "Book", "List.remove(int)")]
    [InlineData("List<Book>", "remove", "Book", "boolean", "Collection.remove(Object)")]
    [InlineData("List<Book>", "remove", "null", "boolean", "Collection.remove(Object)")]
    [InlineData("List<Integer>", "remove", "int", "Integer", "List.remove(int)")]
    [InlineData("List<Integer>", "remove", "Integer", "boolean", "Collection.remove(Object)")]
    [InlineData("List<Book>", "contains", "Book", "boolean", "Collection.contains(Object)")]
    [InlineData("List<Book>", "contains", "String", "boolean", "Collection.contains(Object)")]
    [InlineData("List<Book>", "isEmpty", "", "boolean", "Collection.isEmpty()")]
    [InlineData("List<Book>", "clear", "", "void", "Collection.clear()")]
    [InlineData("List<Book>", "indexOf", "Book", "int", "List.indexOf(Object)")]
    [InlineData("List<Book>", "lastIndexOf", "Book", "int", "List.lastIndexOf(Object)")]
    [InlineData("List<Book>", "set", "int, Novel", "Book", "List.set(int,E)")]
    [InlineData("List<Book>", "addAll", "List<Novel>", "boolean", "Collection.addAll(Collection<? extends E>)")]
    [InlineData("List<Book>", "addAll", "Set<Book>", "boolean", "Collection.addAll(Collection<? extends E>)")]
    [InlineData("List<Book>", "addAll", "int, List<Book>", "boolean", "List.addAll(int,Collection<? extends E>)")]
    [InlineData("List<Book>", "removeAll", "List<String>", "boolean", "Collection.removeAll(Collection<?>)")]
    [InlineData("List<Book>", "containsAll", "Set<Book>", "boolean", "Collection.containsAll(Collection<?>)")]
    [InlineData("List<Book>", "retainAll", "List<Book>", "boolean", "Collection.retainAll(Collection<?>)")]
    [InlineData("List<Book>", "subList", "int, int", "List<Book>", "List.subList(int,int)")]
    [InlineData("List<Book>", "iterator", "", "Iterator<Book>", "Iterable.iterator()")]
    [InlineData("List<Book>", "stream", "", "java.util.stream.Stream<Book>", "Collection.stream()")]
    [InlineData("List<Book>", "equals", "List<Book>", "boolean", "Object.equals(Object)")]
    [InlineData("ArrayList<Book>", "get", "int", "Book", "List.get(int)")]
    [InlineData("LinkedList<Book>", "getFirst", "", "Book", "LinkedList.getFirst()")]
    [InlineData("LinkedList<Book>", "addFirst", "Book", "void", "LinkedList.addFirst(E)")]
    [InlineData("Collection<Book>", "size", "", "int", "Collection.size()")]
    [InlineData("Iterable<Book>", "iterator", "", "Iterator<Book>", "Iterable.iterator()")]
    [InlineData("Iterator<Book>", "next", "", "Book", "Iterator.next()")]
    [InlineData("Iterator<Book>", "hasNext", "", "boolean", "Iterator.hasNext()")]
    // raw and wildcard receivers
    [InlineData("List", "get", "int", "Object", "List.get(int)")]
    [InlineData("List", "add", "Book", "boolean", "Collection.add(E)")]
    [InlineData("List", "subList", "int, int", "List", "List.subList(int,int)")]
    [InlineData("ArrayList", "get", "int", "Object", "List.get(int)")]
    [InlineData("List<? extends Item>", "get", "int", "Item", "List.get(int)")]
    [InlineData("List<?>", "get", "int", "Object", "List.get(int)")]
    [InlineData("List<? super Book>", "get", "int", "Object", "List.get(int)")]
    [InlineData("List<? super Book>", "add", "Novel", "boolean", "Collection.add(E)")]
    [InlineData("List<? extends Item>", "subList", "int, int", "List<? extends Item>", "List.subList(int,int)")]
    [InlineData("? extends List<Book>", "get", "int", "Book", "List.get(int)")]
    // Map
    [InlineData("Map<String,Integer>", "get", "String", "Integer", "Map.get(Object)")]
    [InlineData("Map<String,Integer>", "put", "String, int", "Integer", "Map.put(K,V)")]
    [InlineData("Map<String,Integer>", "put", "String, Integer", "Integer", "Map.put(K,V)")]
    [InlineData("Map<String,Integer>", "containsKey", "String", "boolean", "Map.containsKey(Object)")]
    [InlineData("Map<String,Integer>", "containsValue", "int", "boolean", "Map.containsValue(Object)")]
    [InlineData("Map<String,Integer>", "remove", "String", "Integer", "Map.remove(Object)")]
    [InlineData("Map<String,Integer>", "keySet", "", "Set<String>", "Map.keySet()")]
    [InlineData("Map<String,Integer>", "values", "", "Collection<Integer>", "Map.values()")]
    [InlineData("Map<String,Integer>", "entrySet", "", "Set<Map.Entry<String,Integer>>", "Map.entrySet()")]
    [InlineData("Map<String,Integer>", "size", "", "int", "Map.size()")]
    [InlineData("Map<String,Integer>", "isEmpty", "", "boolean", "Map.isEmpty()")]
    [InlineData("Map<String,Integer>", "getOrDefault", "String, int", "Integer", "Map.getOrDefault(Object,V)")]
    [InlineData("Map<String,Integer>", "putIfAbsent", "String, int", "Integer", "Map.putIfAbsent(K,V)")]
    [InlineData("Map<String,Integer>", "putAll", "HashMap<String,Integer>", "void", "Map.putAll(Map<? extends K,? extends V>)")]
    [InlineData("Map<String,Integer>", "clear", "", "void", "Map.clear()")]
    [InlineData("HashMap<String,Book>", "get", "String", "Book", "Map.get(Object)")]
    [InlineData("TreeMap<String,List<Book>>", "get", "String", "List<Book>", "Map.get(Object)")]
    [InlineData("Map", "get", "String", "Object", "Map.get(Object)")]
    [InlineData("Map", "keySet", "", "Set", "Map.keySet()")]
    [InlineData("Map.Entry<String,Integer>", "getKey", "", "String", "Map.Entry.getKey()")]
    [InlineData("Map.Entry<String,Integer>", "getValue", "", "Integer", "Map.Entry.getValue()")]
    [InlineData("Map.Entry<String,Integer>", "setValue", "int", "Integer", "Map.Entry.setValue(V)")]
    // Set
    [InlineData("Set<Book>", "add", "Book", "boolean", "Collection.add(E)")]
    [InlineData("Set<Book>", "remove", "Book", "boolean", "Collection.remove(Object)")]
    [InlineData("Set<Book>", "contains", "Book", "boolean", "Collection.contains(Object)")]
    [InlineData("Set<Book>", "size", "", "int", "Collection.size()")]
    [InlineData("Set<Book>", "isEmpty", "", "boolean", "Collection.isEmpty()")]
    [InlineData("HashSet<String>", "add", "String", "boolean", "Collection.add(E)")]
    [InlineData("TreeSet<String>", "first", "", "String", "TreeSet.first()")]
    // Object members on everything
    [InlineData("Object", "equals", "Object", "boolean", "Object.equals(Object)")]
    [InlineData("Object", "hashCode", "", "int", "Object.hashCode()")]
    [InlineData("Object", "toString", "", "String", "Object.toString()")]
    [InlineData("Object", "getClass", "", "Class<?>", "Object.getClass()")]
    [InlineData("Book", "equals", "Book", "boolean", "Object.equals(Object)")]
    [InlineData("Book", "toString", "", "String", "Object.toString()")]
    [InlineData("ConceptInstance", "hashCode", "", "int", "Object.hashCode()")]
    [InlineData("Color", "toString", "", "String", "Object.toString()")]
    [InlineData("Concept<Book>", "toString", "", "String", "Object.toString()")]
    [InlineData("tech:diagram:Shape", "equals", "tech:diagram:Shape", "boolean", "Object.equals(Object)")]
    // boxed numbers, booleans, characters and primitive receivers
    [InlineData("Integer", "intValue", "", "int", "Number.intValue()")]
    [InlineData("Integer", "doubleValue", "", "double", "Number.doubleValue()")]
    [InlineData("Integer", "longValue", "", "long", "Number.longValue()")]
    [InlineData("Double", "intValue", "", "int", "Number.intValue()")]
    [InlineData("Double", "doubleValue", "", "double", "Number.doubleValue()")]
    [InlineData("Long", "longValue", "", "long", "Number.longValue()")]
    [InlineData("Float", "floatValue", "", "float", "Number.floatValue()")]
    [InlineData("Number", "intValue", "", "int", "Number.intValue()")]
    [InlineData("Integer", "compareTo", "Integer", "int", "Integer.compareTo(Integer)")]
    [InlineData("Integer", "compareTo", "int", "int", "Integer.compareTo(Integer)")]
    [InlineData("Long", "compareTo", "Long", "int", "Long.compareTo(Long)")]
    [InlineData("Double", "compareTo", "double", "int", "Double.compareTo(Double)")]
    [InlineData("Double", "isNaN", "", "boolean", "Double.isNaN()")]
    [InlineData("Integer", "equals", "Integer", "boolean", "Object.equals(Object)")]
    [InlineData("Integer", "toString", "", "String", "Object.toString()")]
    [InlineData("Boolean", "booleanValue", "", "boolean", "Boolean.booleanValue()")]
    [InlineData("Boolean", "compareTo", "Boolean", "int", "Boolean.compareTo(Boolean)")]
    [InlineData("Character", "charValue", "", "char", "Character.charValue()")]
    [InlineData("int", "toString", "", "String", "Object.toString()")]
    [InlineData("int", "intValue", "", "int", "Number.intValue()")]
    [InlineData("double", "intValue", "", "int", "Number.intValue()")]
    [InlineData("int", "compareTo", "int", "int", "Integer.compareTo(Integer)")]
    [InlineData("boolean", "booleanValue", "", "boolean", "Boolean.booleanValue()")]
    [InlineData("char", "charValue", "", "char", "Character.charValue()")]
    // Date, Duration, Class, Stream
    [InlineData("Date", "getTime", "", "long", "Date.getTime()")]
    [InlineData("Date", "before", "Date", "boolean", "Date.before(Date)")]
    [InlineData("Date", "after", "Date", "boolean", "Date.after(Date)")]
    [InlineData("Date", "compareTo", "Date", "int", "Date.compareTo(Date)")]
    [InlineData("Date", "equals", "Date", "boolean", "Object.equals(Object)")]
    [InlineData("Duration", "toMillis", "", "long", "Duration.toMillis()")]
    [InlineData("Duration", "plus", "Duration", "Duration", "Duration.plus(Duration)")]
    [InlineData("Class<?>", "getName", "", "String", "Class.getName()")]
    [InlineData("Class<?>", "getSimpleName", "", "String", "Class.getSimpleName()")]
    [InlineData("java.util.stream.Stream<Item>", "toList", "", "List<Item>", "Stream.toList()")]
    [InlineData("java.util.stream.Stream<Item>", "count", "", "long", "Stream.count()")]
    public void Instance_member(string receiver, string name, string arguments, string returnType, string id)
    {
        var member = Member(receiver, name, arguments);
        Assert.Equal(T(returnType), member.ReturnType);
        Assert.Equal(id, member.Id);
        Assert.Equal(name, member.Name);
        Assert.False(member.IsStatic);
        Assert.False(member.IsProperty);
        Assert.Equal(JavaMemberKind.Method, member.Kind);
        Assert.False(string.IsNullOrWhiteSpace(member.DotNetMapping));
    }

    [Theory]
    [InlineData("String", "frobnicate", "")]
    [InlineData("String", "substring", "")]
    [InlineData("String", "substring", "String")]
    [InlineData("String", "substring", "int, int, int")]
    [InlineData("String", "substring", "double")]
    [InlineData("String", "substring", "boolean")]
    [InlineData("String", "charAt", "null")]
    [InlineData("String", "concat", "int")]
    [InlineData("String", "length", "int")]
    [InlineData("String", "size", "")]
    [InlineData("String", "valueOf", "int")]
    [InlineData("String", "format", "String")]
    [InlineData("List<Book>", "add", "String")]
    [InlineData("List<Book>", "add", "Item")]
    [InlineData("List<Book>", "add", "int, String")]
    [InlineData("List<Book>", "get", "String")]
    [InlineData("List<Book>", "get", "")]
    [InlineData("List<Book>", "length", "")]
    [InlineData("List<Book>", "addAll", "List<String>")]
    [InlineData("List<? extends Item>", "add", "String")]
    [InlineData("Set<Book>", "get", "int")]
    [InlineData("Map<String,Integer>", "put", "String, String")]
    [InlineData("Map<String,Integer>", "put", "int, int")]
    [InlineData("Map<String,Integer>", "add", "String")]
    [InlineData("Book", "size", "")]
    [InlineData("Book", "title", "")]
    [InlineData("Object", "length", "")]
    [InlineData("Integer", "parseInt", "String")]
    [InlineData("Date", "before", "long")]
    [InlineData("int", "length", "")]
    [InlineData("null", "toString", "")]
    [InlineData("void", "toString", "")]
    [InlineData("error", "toString", "")]
    [InlineData("unresolved:Foo", "toString", "")]
    public void Unknown_members_and_arguments_that_do_not_fit_give_null(string receiver, string name, string arguments) =>
        Assert.Null(JavaLibrary.FindMember(T(receiver), name, Ts(arguments)));

    [Fact]
    public void Member_parameters_are_substituted()
    {
        var put = Member("Map<String,Integer>", "put", "String, int");
        Assert.Equal<FmlType>([T("String"), T("Integer")], put.ParameterTypes.ToArray());
        var addAll = Member("List<Book>", "addAll", "List<Novel>");
        Assert.Equal<FmlType>([T("Collection<? extends Book>")], addAll.ParameterTypes.ToArray());
        var rawAdd = Member("List", "add", "Book");
        Assert.Equal<FmlType>([T("Object")], rawAdd.ParameterTypes.ToArray());
        Assert.Equal("java.util.Collection", rawAdd.DeclaringClass);
        Assert.Equal("java.util.List", Member("List<Book>", "get", "int").DeclaringClass);
    }

    [Fact]
    public void Overloads_are_resolved_as_in_Java()
    {
        // an int picks the index overload, an object the element one
        Assert.Equal("List.remove(int)", Member("List<Integer>", "remove", "int").Id);
        Assert.Equal("List.remove(int)", Member("List<Integer>", "remove", "short").Id);
        Assert.Equal("Collection.remove(Object)", Member("List<Integer>", "remove", "Integer").Id);
        // char widens to int for indexOf(int), a String picks indexOf(String)
        Assert.Equal("String.indexOf(int)", Member("String", "indexOf", "char").Id);
        Assert.Equal("String.indexOf(String)", Member("String", "indexOf", "String").Id);
        // a long index is accepted in the permissive phase (arithmetic on longs, as in the RI)
        Assert.Equal("String.substring(int)", Member("String", "substring", "long").Id);
        Assert.Equal("List.get(int)", Member("List<Book>", "get", "Long").Id);
        // error arguments fit anything, so no diagnostic cascades
        Assert.NotNull(JavaLibrary.FindMember(TypeFacts.String, "substring", [ErrorType.Instance]));
        Assert.NotNull(JavaLibrary.FindMember(TypeFacts.String, "substring", [ErrorType.Instance, PrimitiveType.Int]));
    }

    [Fact]
    public void FindMembers_lists_every_overload_for_diagnostics()
    {
        Assert.Equal(["String.substring(int)", "String.substring(int,int)"], JavaLibrary.FindMembers(TypeFacts.String, "substring").Select(m => m.Id));
        Assert.Equal(2, JavaLibrary.FindMembers(T("List<Book>"), "remove").Length);
        Assert.Equal(T("Book"), JavaLibrary.FindMembers(T("List<Book>"), "get").Single().ReturnType);
        Assert.Empty(JavaLibrary.FindMembers(TypeFacts.String, "frobnicate"));
        Assert.Empty(JavaLibrary.FindMembers(ErrorType.Instance, "toString"));
    }

    // ------------------------------------------------------------------ properties

    [Theory]
    [InlineData("List<Book>", "size", "int", "Collection.size()")]
    [InlineData("List<Book>", "isEmpty", "boolean", "Collection.isEmpty()")]
    [InlineData("List<Book>", "iterator", "Iterator<Book>", "Iterable.iterator()")]
    [InlineData("Set<Item>", "size", "int", "Collection.size()")]
    [InlineData("String", "length", "int", "String.length()")]
    [InlineData("String", "toUpperCase", "String", "String.toUpperCase()")]
    [InlineData("String", "isEmpty", "boolean", "String.isEmpty()")]
    [InlineData("String", "toString", "String", "Object.toString()")]
    [InlineData("String", "hashCode", "int", "Object.hashCode()")]
    [InlineData("Book", "toString", "String", "Object.toString()")]
    [InlineData("Object", "class", "Class<?>", "Object.getClass()")]
    [InlineData("Object", "getClass", "Class<?>", "Object.getClass()")]
    [InlineData("Date", "time", "long", "Date.getTime()")]
    [InlineData("Date", "getTime", "long", "Date.getTime()")]
    [InlineData("Map<String,Integer>", "keySet", "Set<String>", "Map.keySet()")]
    [InlineData("Map<String,Integer>", "values", "Collection<Integer>", "Map.values()")]
    [InlineData("Map<String,Integer>", "size", "int", "Map.size()")]
    [InlineData("Map.Entry<String,Integer>", "key", "String", "Map.Entry.getKey()")]
    [InlineData("Map.Entry<String,Integer>", "value", "Integer", "Map.Entry.getValue()")]
    [InlineData("Class<?>", "name", "String", "Class.getName()")]
    [InlineData("Class<?>", "simpleName", "String", "Class.getSimpleName()")]
    [InlineData("Duration", "seconds", "long", "Duration.getSeconds()")]
    [InlineData("Integer", "intValue", "int", "Number.intValue()")]
    [InlineData("int", "doubleValue", "double", "Number.doubleValue()")]
    [InlineData("LinkedList<Book>", "first", "Book", "LinkedList.getFirst()")]
    [InlineData("List", "size", "int", "Collection.size()")]
    public void Property(string receiver, string name, string type, string id)
    {
        var member = JavaLibrary.FindProperty(T(receiver), name);
        Assert.True(member is not null, $"{receiver}.{name} was not found");
        Assert.Equal(T(type), member.ReturnType);
        Assert.Equal(id, member.Id);
        Assert.True(member.IsProperty);
        Assert.Empty(member.ParameterTypes);
    }

    [Theory]
    [InlineData("List<Book>", "get")]
    [InlineData("List<Book>", "clear")]
    [InlineData("List<Book>", "length")]
    [InlineData("List<Book>", "empty")]
    [InlineData("String", "substring")]
    [InlineData("String", "empty")]
    [InlineData("String", "Length")]
    [InlineData("String", "size")]
    [InlineData("Date", "Time")]
    [InlineData("Book", "title")]
    [InlineData("Iterator<Book>", "remove")]
    [InlineData("null", "length")]
    [InlineData("error", "length")]
    [InlineData("void", "length")]
    public void Not_a_property(string receiver, string name) => Assert.Null(JavaLibrary.FindProperty(T(receiver), name));

    [Fact]
    public void Getter_names_become_properties_as_in_the_RI()
    {
        var owner = JavaClassTable.ByQualifiedName("java.util.Date")!;
        MemberTemplate Getter(string name) =>
            new(owner, name, JavaMemberKind.Method, false, false, [], PrimitiveType.Int, [], "x", "x", "x", null);
        Assert.Equal("fMLPrettyPrint", Getter("getFMLPrettyPrint").BeanName);
        Assert.Equal("time", Getter("getTime").BeanName);
        Assert.Equal("value", Getter("get_Value").BeanName);
        Assert.Equal("name", Getter("GetName").BeanName);
        Assert.Null(Getter("get").BeanName);
        Assert.Null(Getter("size").BeanName);
        Assert.Null(Getter("isEmpty").BeanName);
    }

    // ------------------------------------------------------------------ statics

    [Theory]
    [InlineData("Integer", "parseInt", "String", "int", "Integer.parseInt(String)")]
    [InlineData("Integer", "parseInt", "String, int", "int", "Integer.parseInt(String,int)")]
    [InlineData("Integer", "valueOf", "String", "Integer", "Integer.valueOf(String)")]
    [InlineData("Integer", "valueOf", "int", "Integer", "Integer.valueOf(int)")]
    [InlineData("Integer", "valueOf", "char", "Integer", "Integer.valueOf(int)")]
    [InlineData("Integer", "toString", "int", "String", "Integer.toString(int)")]
    [InlineData("Integer", "compare", "int, int", "int", "Integer.compare(int,int)")]
    [InlineData("java.lang.Integer", "parseInt", "String", "int", "Integer.parseInt(String)")]
    [InlineData("Long", "parseLong", "String", "long", "Long.parseLong(String)")]
    [InlineData("Long", "valueOf", "String", "Long", "Long.valueOf(String)")]
    [InlineData("Long", "valueOf", "int", "Long", "Long.valueOf(long)")]
    [InlineData("Double", "parseDouble", "String", "double", "Double.parseDouble(String)")]
    [InlineData("Double", "valueOf", "String", "Double", "Double.valueOf(String)")]
    [InlineData("Double", "valueOf", "double", "Double", "Double.valueOf(double)")]
    [InlineData("Double", "isNaN", "double", "boolean", "Double.isNaN(double)")]
    [InlineData("Float", "parseFloat", "String", "float", "Float.parseFloat(String)")]
    [InlineData("Short", "parseShort", "String", "short", "Short.parseShort(String)")]
    [InlineData("Byte", "parseByte", "String", "byte", "Byte.parseByte(String)")]
    [InlineData("Boolean", "parseBoolean", "String", "boolean", "Boolean.parseBoolean(String)")]
    [InlineData("Boolean", "valueOf", "boolean", "Boolean", "Boolean.valueOf(boolean)")]
    [InlineData("Boolean", "valueOf", "String", "Boolean", "Boolean.valueOf(String)")]
    [InlineData("Character", "isDigit", "char", "boolean", "Character.isDigit(char)")]
    [InlineData("Character", "toUpperCase", "char", "char", "Character.toUpperCase(char)")]
    [InlineData("String", "valueOf", "int", "String", "String.valueOf(int)")]
    [InlineData("String", "valueOf", "long", "String", "String.valueOf(long)")]
    [InlineData("String", "valueOf", "double", "String", "String.valueOf(double)")]
    [InlineData("String", "valueOf", "boolean", "String", "String.valueOf(boolean)")]
    [InlineData("String", "valueOf", "char", "String", "String.valueOf(char)")]
    [InlineData("String", "valueOf", "short", "String", "String.valueOf(int)")]
    [InlineData("String", "valueOf", "Book", "String", "String.valueOf(Object)")]
    [InlineData("String", "valueOf", "Integer", "String", "String.valueOf(Object)")]
    [InlineData("String", "valueOf", "null", "String", "String.valueOf(Object)")]
    [InlineData("String", "format", "String", "String", "String.format(String,Object...)")]
    [InlineData("String", "format", "String, int", "String", "String.format(String,Object...)")]
    [InlineData("String", "format", "String, int, double, String, Book", "String", "String.format(String,Object...)")]
    [InlineData("String", "join", "String, String, String", "String", "String.join(CharSequence,CharSequence...)")]
    [InlineData("String", "join", "String, List<String>", "String", "String.join(CharSequence,Iterable<? extends CharSequence>)")]
    [InlineData("String", "join", "String, Set<String>", "String", "String.join(CharSequence,Iterable<? extends CharSequence>)")]
    [InlineData("Math", "max", "int, int", "int", "Math.max(int,int)")]
    [InlineData("Math", "max", "int, long", "long", "Math.max(long,long)")]
    [InlineData("Math", "max", "int, float", "float", "Math.max(float,float)")]
    [InlineData("Math", "max", "int, double", "double", "Math.max(double,double)")]
    [InlineData("Math", "max", "Integer, Integer", "int", "Math.max(int,int)")]
    [InlineData("Math", "max", "byte, short", "int", "Math.max(int,int)")]
    [InlineData("Math", "min", "long, long", "long", "Math.min(long,long)")]
    [InlineData("Math", "min", "double, int", "double", "Math.min(double,double)")]
    [InlineData("Math", "abs", "int", "int", "Math.abs(int)")]
    [InlineData("Math", "abs", "byte", "int", "Math.abs(int)")]
    [InlineData("Math", "abs", "long", "long", "Math.abs(long)")]
    [InlineData("Math", "abs", "double", "double", "Math.abs(double)")]
    [InlineData("Math", "round", "double", "long", "Math.round(double)")]
    [InlineData("Math", "round", "float", "int", "Math.round(float)")]
    [InlineData("Math", "round", "int", "int", "Math.round(float)")]
    [InlineData("Math", "floor", "double", "double", "Math.floor(double)")]
    [InlineData("Math", "ceil", "int", "double", "Math.ceil(double)")]
    [InlineData("Math", "sqrt", "int", "double", "Math.sqrt(double)")]
    [InlineData("Math", "pow", "int, int", "double", "Math.pow(double,double)")]
    [InlineData("Math", "random", "", "double", "Math.random()")]
    [InlineData("Math", "floorDiv", "int, int", "int", "Math.floorDiv(int,int)")]
    [InlineData("java.lang.Math", "max", "int, int", "int", "Math.max(int,int)")]
    [InlineData("Class", "forName", "String", "Class<?>", "Class.forName(String)")]
    [InlineData("java.lang.Class", "forName", "String", "Class<?>", "Class.forName(String)")]
    [InlineData("System", "currentTimeMillis", "", "long", "System.currentTimeMillis()")]
    [InlineData("Duration", "ofMillis", "long", "Duration", "Duration.ofMillis(long)")]
    [InlineData("Duration", "ofSeconds", "int", "Duration", "Duration.ofSeconds(long)")]
    [InlineData("Objects", "equals", "Book, Book", "boolean", "Objects.equals(Object,Object)")]
    [InlineData("Objects", "isNull", "Book", "boolean", "Objects.isNull(Object)")]
    [InlineData("Objects", "requireNonNull", "Book", "Book", "Objects.requireNonNull(T)")]
    [InlineData("Arrays", "asList", "int, int", "List<Integer>", "Arrays.asList(T...)")]
    [InlineData("Arrays", "asList", "String, String", "List<String>", "Arrays.asList(T...)")]
    [InlineData("Arrays", "asList", "Book, Film", "List<Item>", "Arrays.asList(T...)")]
    [InlineData("Arrays", "asList", "Book, null", "List<Book>", "Arrays.asList(T...)")]
    [InlineData("Arrays", "asList", "", "List<Object>", "Arrays.asList(T...)")]
    [InlineData("List", "of", "Book, Novel", "List<Book>", "List.of(T...)")]
    [InlineData("Set", "of", "String", "Set<String>", "Set.of(T...)")]
    [InlineData("Collections", "sort", "List<String>", "void", "Collections.sort(List<?>)")]
    [InlineData("Collections", "reverse", "ArrayList<Book>", "void", "Collections.reverse(List<?>)")]
    public void Static_member(string type, string name, string arguments, string returnType, string id)
    {
        var member = Static(type, name, arguments);
        Assert.Equal(T(returnType), member.ReturnType);
        Assert.Equal(id, member.Id);
        Assert.True(member.IsStatic);
        Assert.False(member.IsProperty);
        Assert.Equal(JavaMemberKind.Method, member.Kind);
    }

    [Fact]
    public void Varargs_members_say_so()
    {
        var format = Static("String", "format", "String, int, double");
        Assert.True(format.IsVarArgs);
        Assert.Equal<FmlType>([TypeFacts.String, TypeFacts.Object], format.ParameterTypes.ToArray());
        Assert.False(Static("String", "valueOf", "int").IsVarArgs);
        Assert.True(Static("Arrays", "asList", "int").IsVarArgs);
        Assert.Equal<FmlType>([T("Integer")], Static("Arrays", "asList", "int").ParameterTypes.ToArray());
    }

    [Theory]
    [InlineData("Integer", "parseInt", "int")]
    [InlineData("Integer", "parseInt", "")]
    [InlineData("Integer", "intValue", "")]
    [InlineData("Math", "max", "int")]
    [InlineData("Math", "max", "String, String")]
    [InlineData("Math", "maximum", "int, int")]
    [InlineData("Math", "sqrt", "String")]
    [InlineData("String", "length", "")]
    [InlineData("String", "format", "int")]
    [InlineData("String", "join", "String, List<Book>")]
    [InlineData("Class", "forName", "int")]
    [InlineData("Unknown", "forName", "String")]
    [InlineData("Stream", "of", "String")]
    [InlineData("Boolean", "parseBoolean", "boolean")]
    public void Unknown_statics_give_null(string type, string name, string arguments) =>
        Assert.Null(JavaLibrary.FindStatic(type, name, Ts(arguments)));

    [Fact]
    public void Static_lookup_by_class_type()
    {
        var math = (ClassType)T("Math");
        Assert.Equal("Math.max(int,int)", JavaLibrary.FindStatic(math, "max", [PrimitiveType.Int, PrimitiveType.Int])?.Id);
    }

    [Theory]
    [InlineData("Integer", "MAX_VALUE", "int")]
    [InlineData("Integer", "MIN_VALUE", "int")]
    [InlineData("Long", "MAX_VALUE", "long")]
    [InlineData("Double", "MAX_VALUE", "double")]
    [InlineData("Double", "NaN", "double")]
    [InlineData("Double", "POSITIVE_INFINITY", "double")]
    [InlineData("Math", "PI", "double")]
    [InlineData("Math", "E", "double")]
    [InlineData("java.lang.Math", "PI", "double")]
    [InlineData("Boolean", "TRUE", "Boolean")]
    [InlineData("Boolean", "FALSE", "Boolean")]
    [InlineData("Duration", "ZERO", "Duration")]
    public void Static_field(string type, string name, string fieldType)
    {
        var field = JavaLibrary.FindStaticField(type, name);
        Assert.NotNull(field);
        Assert.Equal(T(fieldType), field.ReturnType);
        Assert.Equal(JavaMemberKind.Field, field.Kind);
        Assert.True(field.IsStatic);
        Assert.True(field.IsProperty);
        Assert.Equal($"{T(type).DisplayName}.{name}", field.Id);
    }

    [Theory]
    [InlineData("Integer", "MAX")]
    [InlineData("Math", "TAU")]
    [InlineData("Math", "max")]
    [InlineData("Unknown", "PI")]
    [InlineData("String", "CASE_INSENSITIVE_ORDER")]
    public void Unknown_fields_give_null(string type, string name) => Assert.Null(JavaLibrary.FindStaticField(type, name));

    // ------------------------------------------------------------------ constructors

    [Theory]
    [InlineData("ArrayList<Book>", "", "ArrayList.new()")]
    [InlineData("ArrayList<Book>", "int", "ArrayList.new(int)")]
    [InlineData("ArrayList<Book>", "List<Novel>", "ArrayList.new(Collection<? extends E>)")]
    [InlineData("ArrayList<Book>", "Set<Book>", "ArrayList.new(Collection<? extends E>)")]
    [InlineData("ArrayList", "", "ArrayList.new()")]
    [InlineData("ArrayList", "List<String>", "ArrayList.new(Collection<? extends E>)")]
    [InlineData("LinkedList<String>", "", "LinkedList.new()")]
    [InlineData("HashSet<String>", "", "HashSet.new()")]
    [InlineData("HashSet<String>", "List<String>", "HashSet.new(Collection<? extends E>)")]
    [InlineData("LinkedHashSet<String>", "", "LinkedHashSet.new()")]
    [InlineData("TreeSet<String>", "", "TreeSet.new()")]
    [InlineData("HashMap<String,Integer>", "", "HashMap.new()")]
    [InlineData("HashMap<String,List<Book>>", "", "HashMap.new()")]
    [InlineData("HashMap<String,Integer>", "Map<String,Integer>", "HashMap.new(Map<? extends K,? extends V>)")]
    [InlineData("LinkedHashMap<String,Integer>", "", "LinkedHashMap.new()")]
    [InlineData("TreeMap<String,Integer>", "", "TreeMap.new()")]
    [InlineData("Date", "", "Date.new()")]
    [InlineData("Date", "long", "Date.new(long)")]
    [InlineData("Date", "int", "Date.new(long)")]
    [InlineData("StringBuilder", "String", "StringBuilder.new(String)")]
    [InlineData("StringBuilder", "", "StringBuilder.new()")]
    [InlineData("StringBuilder", "int", "StringBuilder.new(int)")]
    [InlineData("java.util.Date", "", "Date.new()")]
    public void Constructor(string type, string arguments, string id)
    {
        var constructed = (ClassType)T(type);
        var constructor = JavaLibrary.FindConstructor(constructed, Ts(arguments));
        Assert.True(constructor is not null, $"new {type}({arguments}) was not found");
        Assert.Equal(id, constructor.Id);
        Assert.Equal(constructed, constructor.ReturnType);
        Assert.Equal(JavaMemberKind.Constructor, constructor.Kind);
        Assert.Equal("new", constructor.Name);
    }

    [Fact]
    public void Members_compare_by_value()
    {
        Assert.Equal(Member("List<Book>", "get", "int"), Member("List<Book>", "get", "int"));
        Assert.Equal(Member("List<Book>", "get", "int").GetHashCode(), Member("List<Book>", "get", "int").GetHashCode());
        Assert.NotEqual(Member("List<Book>", "get", "int"), Member("List<Film>", "get", "int"));
        Assert.NotEqual(Member("List<Book>", "size", ""), JavaLibrary.FindProperty(T("List<Book>"), "size"));
        Assert.True(Member("List<Book>", "clear", "").IsVoid);
        Assert.False(Member("List<Book>", "size", "").IsVoid);
    }

    [Fact]
    public void Object_has_a_constructor() =>
        Assert.Equal("Object.new()", JavaLibrary.FindConstructor(TypeFacts.Object, [])?.Id);

    [Theory]
    [InlineData("ArrayList<Book>", "List<String>")]
    [InlineData("ArrayList<Book>", "String")]
    [InlineData("ArrayList<Book>", "int, int")]
    [InlineData("HashMap<String,Integer>", "Map<Integer,String>")]
    [InlineData("Date", "String")]
    [InlineData("String", "")]
    [InlineData("List<Book>", "")]
    [InlineData("Map<String,Integer>", "")]
    [InlineData("Math", "")]
    [InlineData("Integer", "int")]
    public void Constructors_that_do_not_exist_give_null(string type, string arguments) =>
        Assert.Null(JavaLibrary.FindConstructor((ClassType)T(type), Ts(arguments)));

    // ------------------------------------------------------------------ scenarios from the corpus and the defects

    [Fact]
    public void D21_methods_called_on_string_literals_type_like_on_variables()
    {
        // "quiet".toUpperCase() + "-" + "abcdef".substring(2, 4) and "kayak".length() + "ab".indexOf("b")
        var literal = TypeFacts.String;
        var upper = JavaLibrary.FindMember(literal, "toUpperCase", [])!;
        var sub = JavaLibrary.FindMember(literal, "substring", [PrimitiveType.Int, PrimitiveType.Int])!;
        var shout = OperatorTyping.Binary(SyntaxKind.PlusToken, OperatorTyping.Binary(SyntaxKind.PlusToken, upper.ReturnType, literal)!, sub.ReturnType);
        Assert.Equal(TypeFacts.String, shout);
        var length = JavaLibrary.FindMember(literal, "length", [])!;
        var index = JavaLibrary.FindMember(literal, "indexOf", [literal])!;
        Assert.Equal(PrimitiveType.Int, OperatorTyping.Binary(SyntaxKind.PlusToken, length.ReturnType, index.ReturnType));
        Assert.Equal(PrimitiveType.Int, JavaLibrary.FindProperty(literal, "length")!.ReturnType);
        Assert.Equal("String.length()", length.Id);
    }

    [Fact]
    public void Stream_to_list_of_a_set_is_a_list_of_its_elements()
    {
        // List<? extends Item> view = items.stream().toList();   (Set<Item> items)
        var stream = Member("Set<Item>", "stream", "");
        var list = JavaLibrary.FindMember(stream.ReturnType, "toList", [])!;
        Assert.Equal(T("List<Item>"), list.ReturnType);
        Assert.True(TypeFacts.IsAssignable(T("List<? extends Item>"), list.ReturnType));
    }

    [Fact]
    public void Entry_set_iteration_types_entries()
    {
        // for (Map.Entry<String, Integer> entry : map.entrySet()) total += entry.getValue();
        var entries = Member("Map<String,Integer>", "entrySet", "");
        var element = TypeFacts.ElementTypeOf(entries.ReturnType)!;
        Assert.True(TypeFacts.IsAssignable(T("Map.Entry<String,Integer>"), element));
        var value = JavaLibrary.FindMember(element, "getValue", [])!;
        Assert.Equal(PrimitiveType.Int, OperatorTyping.CompoundAssignment(SyntaxKind.PlusEqualsToken, PrimitiveType.Int, value.ReturnType));
    }

    [Fact]
    public void Paths_of_the_expressions_sample_type_check()
    {
        // shapes.get(0).name.substring(1, 3).toUpperCase(); java.lang.Math.max(a, b); Class.forName("..."); String.valueOf(a)
        Assert.Equal(T("Book"), Member("List<Book>", "get", "int").ReturnType);
        Assert.Equal(PrimitiveType.Int, Static("java.lang.Math", "max", "int, int").ReturnType);
        Assert.Equal(PrimitiveType.Int, Static("Math", "abs", "int").ReturnType);
        Assert.True(TypeFacts.IsAssignable(TypeFacts.Object, Static("Class", "forName", "String").ReturnType));
        Assert.Equal(TypeFacts.String, Static("String", "valueOf", "int").ReturnType);
        Assert.Equal(PrimitiveType.Int, JavaLibrary.FindProperty(T("List<Book>"), "size")!.ReturnType);
        Assert.True(Member("Date", "before", "Date").ReturnType == PrimitiveType.Boolean);
    }
}
