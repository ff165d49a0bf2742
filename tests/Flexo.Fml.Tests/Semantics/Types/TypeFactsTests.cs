using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Java;
using static Flexo.Fml.Tests.Semantics.Types.TestTypes;

namespace Flexo.Fml.Tests.Semantics.Types;

/// <summary>TypeFacts: boxing, categories, casts, element types, common types and the well-known types.</summary>
public sealed class TypeFactsTests
{
    [Theory]
    [InlineData("boolean", "Boolean")]
    [InlineData("char", "Character")]
    [InlineData("byte", "Byte")]
    [InlineData("short", "Short")]
    [InlineData("int", "Integer")]
    [InlineData("long", "Long")]
    [InlineData("float", "Float")]
    [InlineData("double", "Double")]
    public void Box_and_unbox_are_inverse(string primitive, string boxed)
    {
        Assert.Equal(T(boxed), TypeFacts.Box(T(primitive)));
        Assert.Equal(T(primitive), TypeFacts.Unbox(T(boxed)));
        Assert.Equal(T(primitive), TypeFacts.Unbox(T(primitive)));
        Assert.Equal(T(boxed), TypeFacts.Box(T(boxed)));
        Assert.True(TypeFacts.IsBoxed(T(boxed)));
        Assert.False(TypeFacts.IsBoxed(T(primitive)));
    }

    [Theory]
    [InlineData("void")]
    [InlineData("String")]
    [InlineData("Book")]
    [InlineData("null")]
    [InlineData("error")]
    [InlineData("List<Integer>")]
    [InlineData("Number")]
    public void Box_and_unbox_leave_other_types_unchanged(string type)
    {
        Assert.Equal(T(type), TypeFacts.Box(T(type)));
        Assert.Equal(T(type), TypeFacts.Unbox(T(type)));
    }

    [Theory]
    //          type        numeric integral boolean string reference
    [InlineData("int", true, true, false, false, false)]
    [InlineData("char", true, true, false, false, false)]
    [InlineData("byte", true, true, false, false, false)]
    [InlineData("short", true, true, false, false, false)]
    [InlineData("long", true, true, false, false, false)]
    [InlineData("float", true, false, false, false, false)]
    [InlineData("double", true, false, false, false, false)]
    [InlineData("Integer", true, true, false, false, true)]
    [InlineData("Character", true, true, false, false, true)]
    [InlineData("Double", true, false, false, false, true)]
    [InlineData("boolean", false, false, true, false, false)]
    [InlineData("Boolean", false, false, true, false, true)]
    [InlineData("String", false, false, false, true, true)]
    [InlineData("java.lang.String", false, false, false, true, true)]
    [InlineData("Number", false, false, false, false, true)]
    [InlineData("Object", false, false, false, false, true)]
    [InlineData("Book", false, false, false, false, true)]
    [InlineData("Color", false, false, false, false, true)]
    [InlineData("List<Book>", false, false, false, false, true)]
    [InlineData("Concept<Book>", false, false, false, false, true)]
    [InlineData("MatchingSet", false, false, false, false, true)]
    [InlineData("Resource<Book>", false, false, false, false, true)]
    [InlineData("tech:diagram:Shape", false, false, false, false, true)]
    [InlineData("null", false, false, false, false, true)]
    [InlineData("void", false, false, false, false, false)]
    [InlineData("error", false, false, false, false, false)]
    [InlineData("unresolved:Foo", false, false, false, false, false)]
    public void Categories(string type, bool numeric, bool integral, bool boolean, bool isString, bool reference)
    {
        var t = T(type);
        Assert.Equal(numeric, TypeFacts.IsNumeric(t));
        Assert.Equal(integral, TypeFacts.IsIntegral(t));
        Assert.Equal(boolean, TypeFacts.IsBoolean(t));
        Assert.Equal(isString, TypeFacts.IsString(t));
        Assert.Equal(reference, TypeFacts.IsReference(t));
    }

    [Fact]
    public void Other_categories()
    {
        Assert.True(TypeFacts.IsVoid(PrimitiveType.Void));
        Assert.False(TypeFacts.IsVoid(PrimitiveType.Int));
        Assert.True(TypeFacts.IsObject(T("Object")));
        Assert.False(TypeFacts.IsObject(T("String")));
        Assert.True(TypeFacts.IsDate(T("java.util.Date")));
        Assert.True(TypeFacts.IsDuration(T("Duration")));
        Assert.True(TypeFacts.IsEnum(T("Color")));
        Assert.False(TypeFacts.IsEnum(T("Book")));
        Assert.False(TypeFacts.IsEnum(T("ConceptInstance")));
    }

    [Fact]
    public void Well_known_types()
    {
        Assert.Equal("java.lang.Object", TypeFacts.Object.QualifiedName);
        Assert.Equal("java.lang.String", TypeFacts.String.QualifiedName);
        Assert.Equal("java.util.Date", TypeFacts.Date.QualifiedName);
        Assert.Equal("java.time.Duration", TypeFacts.Duration.QualifiedName);
        Assert.Equal("java.lang.Number", TypeFacts.Number.QualifiedName);
        Assert.Equal(T("Class<?>"), TypeFacts.AnyClass);
        Assert.Equal(T("List<Book>"), TypeFacts.ListOf(new ConceptType(Book)));
        Assert.Equal(T("List<Integer>"), TypeFacts.ListOf(PrimitiveType.Int));
        Assert.Equal(T("ArrayList<String>"), TypeFacts.ArrayListOf(TypeFacts.String));
        Assert.Equal(T("Set<Book>"), TypeFacts.SetOf(new ConceptType(Book)));
        Assert.Equal(T("HashSet<Book>"), TypeFacts.HashSetOf(new ConceptType(Book)));
        Assert.Equal(T("Collection<Book>"), TypeFacts.CollectionOf(new ConceptType(Book)));
        Assert.Equal(T("Iterable<Book>"), TypeFacts.IterableOf(new ConceptType(Book)));
        Assert.Equal(T("Map<String,Integer>"), TypeFacts.MapOf(TypeFacts.String, PrimitiveType.Int));
        Assert.Equal(T("HashMap<String,Book>"), TypeFacts.HashMapOf(TypeFacts.String, new ConceptType(Book)));
        Assert.Equal(T("Class<Book>"), TypeFacts.ClassOf(new ConceptType(Book)));
        Assert.Equal("List<Book>", TypeFacts.ListOf(new ConceptType(Book)).DisplayName);
        Assert.Equal("Map<String,Integer>", TypeFacts.MapOf(TypeFacts.String, PrimitiveType.Int).DisplayName);
    }

    [Theory]
    [InlineData("List<Book>", "Book")]
    [InlineData("ArrayList<Book>", "Book")]
    [InlineData("LinkedList<String>", "String")]
    [InlineData("Set<Book>", "Book")]
    [InlineData("HashSet<Integer>", "Integer")]
    [InlineData("LinkedHashSet<Integer>", "Integer")]
    [InlineData("TreeSet<String>", "String")]
    [InlineData("Collection<Film>", "Film")]
    [InlineData("Iterable<Film>", "Film")]
    [InlineData("List<? extends Item>", "Item")]
    [InlineData("List<? super Book>", "Object")]
    [InlineData("List<?>", "Object")]
    [InlineData("? extends List<Book>", "Book")]
    [InlineData("List", "Object")]
    [InlineData("ArrayList", "Object")]
    [InlineData("List<List<String>>", "List<String>")]
    [InlineData("Set<Map.Entry<String,Integer>>", "Map.Entry<String,Integer>")]
    [InlineData("error", "error")]
    [InlineData("unresolved:Foo", "error")]
    public void Element_type_for_for_each(string collection, string element) =>
        Assert.Equal(T(element), TypeFacts.ElementTypeOf(T(collection)));

    [Theory]
    [InlineData("Map<String,Book>")]
    [InlineData("HashMap<String,Book>")]
    [InlineData("String")]
    [InlineData("int")]
    [InlineData("Integer")]
    [InlineData("Object")]
    [InlineData("Book")]
    [InlineData("MatchingSet<Book>")]
    [InlineData("null")]
    [InlineData("void")]
    [InlineData("Date")]
    [InlineData("Iterator<Book>")]
    public void Element_type_is_null_for_non_iterables(string type) => Assert.Null(TypeFacts.ElementTypeOf(T(type)));

    [Theory]
    [InlineData("int", "int", "int")]
    [InlineData("int", "long", "long")]
    [InlineData("long", "int", "long")]
    [InlineData("int", "double", "double")]
    [InlineData("float", "long", "float")]
    [InlineData("char", "short", "int")]
    [InlineData("byte", "char", "int")]
    [InlineData("byte", "short", "short")]
    [InlineData("Integer", "int", "int")]
    [InlineData("Integer", "Long", "long")]
    [InlineData("Integer", "Integer", "Integer")]
    [InlineData("boolean", "Boolean", "boolean")]
    [InlineData("String", "String", "String")]
    [InlineData("String", "null", "String")]
    [InlineData("null", "Book", "Book")]
    [InlineData("null", "int", "Integer")]
    [InlineData("boolean", "null", "Boolean")]
    [InlineData("null", "null", "null")]
    [InlineData("Book", "Novel", "Book")]
    [InlineData("Novel", "Book", "Book")]
    [InlineData("Book", "Film", "Item")]
    [InlineData("Novel", "Film", "Item")]
    [InlineData("Book", "Other", "ConceptInstance")]
    [InlineData("ConceptInstance", "Book", "ConceptInstance")]
    [InlineData("Color", "Color", "Color")]
    [InlineData("Concept<Book>", "Concept<Film>", "Concept<Item>")]
    [InlineData("Concept<Book>", "Concept<Other>", "Concept<?>")]
    [InlineData("MatchingSet<Book>", "MatchingSet<Novel>", "MatchingSet<Book>")]
    [InlineData("Resource<Book>", "Resource<Film>", "Resource<Item>")]
    [InlineData("List<Book>", "ArrayList<Book>", "List<Book>")]
    [InlineData("ArrayList<Book>", "List<Book>", "List<Book>")]
    [InlineData("List<Book>", "Set<Book>", "Collection<Book>")]
    [InlineData("ArrayList<Book>", "HashSet<Book>", "Collection<Book>")]
    [InlineData("List<Book>", "List<Film>", "List<? extends Item>")]
    [InlineData("List<Book>", "List<String>", "List<?>")]
    [InlineData("List<Integer>", "List<Long>", "List<Long>")]
    [InlineData("HashMap<String,Integer>", "TreeMap<String,Integer>", "Map<String,Integer>")]
    [InlineData("List<Book>", "List", "List")]
    [InlineData("Integer", "Double", "double")]
    [InlineData("String", "int", "Object")]
    [InlineData("String", "Book", "Object")]
    [InlineData("Integer", "String", "Object")]
    [InlineData("List<Book>", "Map<String,Book>", "Object")]
    [InlineData("Date", "Duration", "Object")]
    [InlineData("Book", "String", "Object")]
    [InlineData("int", "boolean", "Object")]
    [InlineData("void", "void", "void")]
    [InlineData("void", "int", "Object")]
    [InlineData("error", "int", "error")]
    [InlineData("Book", "unresolved:X", "error")]
    public void Common_type(string a, string b, string expected)
    {
        Assert.Equal(T(expected), TypeFacts.CommonType(T(a), T(b)));
        Assert.Equal(T(expected), TypeFacts.CommonType(T(b), T(a)));
    }

    [Fact]
    public void Common_super_concept_with_multiple_inheritance_is_the_nearest_shared_ancestor()
    {
        var named = Concept("Named");
        var vehicle = Concept("Vehicle", named);
        var car = Concept("Car2", vehicle);
        var boat = Concept("Boat2", vehicle);
        var amphibian = Concept("Amphibian2", car, boat);
        Assert.Equal(new ConceptType(vehicle), TypeFacts.CommonType(new ConceptType(car), new ConceptType(boat)));
        Assert.Equal(new ConceptType(car), TypeFacts.CommonType(new ConceptType(amphibian), new ConceptType(car)));
        var person = Concept("Person", named);
        Assert.Equal(new ConceptType(named), TypeFacts.CommonType(new ConceptType(amphibian), new ConceptType(person)));
    }

    [Theory]
    // assignments are casts
    [InlineData("double", "int")]
    [InlineData("Object", "Book")]
    [InlineData("Book", "null")]
    [InlineData("int", "error")]
    // numeric conversions
    [InlineData("int", "double")]
    [InlineData("int", "char")]
    [InlineData("char", "int")]
    [InlineData("byte", "long")]
    [InlineData("float", "double")]
    [InlineData("long", "Double")]
    [InlineData("int", "Integer")]
    [InlineData("Integer", "int")]
    // unboxing casts from Object and Number
    [InlineData("int", "Object")]
    [InlineData("boolean", "Object")]
    [InlineData("double", "Number")]
    // downcasts
    [InlineData("Book", "Item")]
    [InlineData("Novel", "Item")]
    [InlineData("Book", "Object")]
    [InlineData("Book", "ConceptInstance")]
    [InlineData("Amphibian", "Car")]
    [InlineData("String", "Object")]
    [InlineData("Integer", "Object")]
    [InlineData("Integer", "Number")]
    [InlineData("String", "CharSequence")]
    [InlineData("ArrayList<String>", "List<String>")]
    [InlineData("List<String>", "Object")]
    [InlineData("Map<String,List<String>>", "Object")]
    [InlineData("List<String>", "List")]
    [InlineData("List<String>", "Collection<Object>")]
    [InlineData("Concept<Book>", "Concept<Item>")]
    [InlineData("Color", "Object")]
    [InlineData("tech:diagram:Shape", "tech:diagram:Connector")]
    [InlineData("tech:diagram:Shape", "Object")]
    public void Castable(string target, string source) => Assert.True(TypeFacts.IsCastable(T(target), T(source)), $"({target}) {source}");

    [Theory]
    [InlineData("String", "int")]
    [InlineData("int", "String")]
    [InlineData("boolean", "int")]
    [InlineData("int", "boolean")]
    [InlineData("boolean", "Number")]
    [InlineData("int", "Book")]
    [InlineData("Book", "String")]
    [InlineData("Book", "Film")]
    [InlineData("Color", "Size")]
    [InlineData("Color", "Book")]
    [InlineData("String", "Integer")]
    [InlineData("Boolean", "int")]
    [InlineData("Integer", "boolean")]
    [InlineData("List<String>", "Set<String>")]
    [InlineData("int", "null")]
    [InlineData("void", "int")]
    [InlineData("int", "void")]
    [InlineData("Book", "tech:diagram:Shape")]
    [InlineData("Date", "String")]
    public void Not_castable(string target, string source) => Assert.False(TypeFacts.IsCastable(T(target), T(source)), $"({target}) {source}");

    [Theory]
    [InlineData("byte", 127, true)]
    [InlineData("byte", -128, true)]
    [InlineData("byte", 128, false)]
    [InlineData("Byte", 3, true)]
    [InlineData("short", 32767, true)]
    [InlineData("short", -32769, false)]
    [InlineData("Short", -1, true)]
    [InlineData("char", 65, true)]
    [InlineData("char", 65535, true)]
    [InlineData("char", -1, false)]
    [InlineData("Character", 65536, false)]
    [InlineData("int", 2147483647, true)]
    [InlineData("int", 2147483648, false)]
    [InlineData("long", 2147483648, true)]
    [InlineData("boolean", 1, false)]
    [InlineData("double", 1, false)]
    [InlineData("String", 1, false)]
    public void Constants_narrow_to_small_integral_types_when_in_range(string target, long value, bool fits) =>
        Assert.Equal(fits, TypeFacts.FitsConstant(T(target), value));

    [Fact]
    public void Upper_bound_of_wildcards()
    {
        Assert.Equal(T("Item"), TypeFacts.UpperBound(T("? extends Item")));
        Assert.Equal(TypeFacts.Object, TypeFacts.UpperBound(T("?")));
        Assert.Equal(TypeFacts.Object, TypeFacts.UpperBound(T("? super Book")));
        Assert.Equal(T("Book"), TypeFacts.UpperBound(T("Book")));
    }

    [Fact]
    public void Type_rules_never_throw_on_any_pair_of_types()
    {
        string[] samples =
        [
            "int", "long", "double", "boolean", "char", "void", "Integer", "Boolean", "Number", "String", "Object", "CharSequence",
            "Book", "Novel", "Amphibian", "Color", "ConceptInstance", "Concept<Book>", "Concept<?>", "MatchingSet", "MatchingSet<Book>",
            "Resource<Book>", "tech:diagram:Shape", "null", "error", "unresolved:Foo", "List<Book>", "List", "List<?>",
            "List<? extends Item>", "List<? super Book>", "ArrayList<Novel>", "Map<String,Integer>", "Set<Map.Entry<String,Book>>",
            "Date", "Duration", "Class<?>", "? extends Item", "?", "Iterator<Book>", "java.util.stream.Stream<Book>",
        ];
        var types = samples.Select(T).ToArray();
        var operators = Enum.GetValues<Flexo.Fml.Syntax.SyntaxKind>().Where(OperatorTyping.IsBinaryOperator).ToArray();
        foreach (var a in types)
        {
            _ = TypeFacts.ElementTypeOf(a);
            foreach (var b in types)
            {
                _ = TypeFacts.IsAssignable(a, b);
                _ = TypeFacts.IsAssignable(a, b, permissive: true);
                _ = TypeFacts.IsCastable(a, b);
                var common = TypeFacts.CommonType(a, b);
                if (!a.IsError && !b.IsError && !TypeFacts.IsVoid(a) && !TypeFacts.IsVoid(b))
                {
                    Assert.True(TypeFacts.IsAssignable(common, a, permissive: true) || a is WildcardType, $"common({a}, {b}) = {common} must accept {a}");
                    Assert.True(TypeFacts.IsAssignable(common, b, permissive: true) || b is WildcardType, $"common({a}, {b}) = {common} must accept {b}");
                }

                foreach (var op in operators)
                {
                    _ = OperatorTyping.Binary(op, a, b);
                }
            }
        }
    }

    [Fact]
    public void Java_names_are_the_qualified_names_of_the_well_known_types()
    {
        Assert.Equal(JavaNames.Object, TypeFacts.Object.QualifiedName);
        Assert.Equal(JavaNames.MapEntry, ((ClassType)T("Map.Entry<String,Integer>")).QualifiedName);
    }
}
