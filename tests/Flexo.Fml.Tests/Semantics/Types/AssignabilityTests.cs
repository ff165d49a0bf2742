using Flexo.Fml.Semantics;
using static Flexo.Fml.Tests.Semantics.Types.TestTypes;

namespace Flexo.Fml.Tests.Semantics.Types;

/// <summary>TypeFacts.IsAssignable(target, source): §3.11 and docs/types.md.</summary>
public sealed class AssignabilityTests
{
    [Theory]
    // identical
    [InlineData("int", "int")]
    [InlineData("String", "String")]
    [InlineData("java.lang.String", "String")]
    [InlineData("Book", "Book")]
    [InlineData("List<Book>", "List<Book>")]
    [InlineData("void", "void")]
    // anything to Object
    [InlineData("Object", "String")]
    [InlineData("Object", "Integer")]
    [InlineData("Object", "int")]
    [InlineData("Object", "boolean")]
    [InlineData("Object", "Book")]
    [InlineData("Object", "ConceptInstance")]
    [InlineData("Object", "Concept<Book>")]
    [InlineData("Object", "List<Book>")]
    [InlineData("Object", "MatchingSet")]
    [InlineData("Object", "Resource<Book>")]
    [InlineData("Object", "tech:diagram:Shape")]
    [InlineData("Object", "null")]
    [InlineData("Object", "Color")]
    [InlineData("java.lang.Object", "Date")]
    // null to every reference type
    [InlineData("String", "null")]
    [InlineData("Integer", "null")]
    [InlineData("Book", "null")]
    [InlineData("ConceptInstance", "null")]
    [InlineData("Color", "null")]
    [InlineData("List<Book>", "null")]
    [InlineData("Concept<Book>", "null")]
    [InlineData("MatchingSet", "null")]
    [InlineData("Resource<Book>", "null")]
    [InlineData("tech:diagram:Shape", "null")]
    [InlineData("Date", "null")]
    // error types both ways
    [InlineData("int", "error")]
    [InlineData("error", "int")]
    [InlineData("Book", "unresolved:Foo")]
    [InlineData("unresolved:Foo", "String")]
    [InlineData("void", "error")]
    [InlineData("List<error>", "List<Book>")]
    [InlineData("List<Book>", "List<unresolved:Foo>")]
    // numeric widening
    [InlineData("double", "float")]
    [InlineData("double", "long")]
    [InlineData("double", "int")]
    [InlineData("double", "short")]
    [InlineData("double", "char")]
    [InlineData("double", "byte")]
    [InlineData("float", "long")]
    [InlineData("float", "int")]
    [InlineData("float", "char")]
    [InlineData("long", "int")]
    [InlineData("long", "short")]
    [InlineData("long", "char")]
    [InlineData("long", "byte")]
    [InlineData("int", "short")]
    [InlineData("int", "char")]
    [InlineData("int", "byte")]
    [InlineData("short", "byte")]
    // boxing and unboxing
    [InlineData("Integer", "int")]
    [InlineData("int", "Integer")]
    [InlineData("java.lang.Integer", "int")]
    [InlineData("Long", "long")]
    [InlineData("long", "Long")]
    [InlineData("Double", "double")]
    [InlineData("double", "Double")]
    [InlineData("Float", "float")]
    [InlineData("Short", "short")]
    [InlineData("Byte", "byte")]
    [InlineData("Character", "char")]
    [InlineData("char", "Character")]
    [InlineData("Boolean", "boolean")]
    [InlineData("boolean", "Boolean")]
    [InlineData("long", "Integer")]
    [InlineData("double", "Integer")]
    [InlineData("Long", "int")]
    [InlineData("Double", "int")]
    [InlineData("Long", "Integer")]
    [InlineData("Number", "int")]
    [InlineData("Number", "Integer")]
    [InlineData("Number", "Double")]
    [InlineData("CharSequence", "String")]
    [InlineData("CharSequence", "StringBuilder")]
    // concepts
    [InlineData("Item", "Book")]
    [InlineData("Item", "Novel")]
    [InlineData("Book", "Novel")]
    [InlineData("Car", "Amphibian")]
    [InlineData("Boat", "Amphibian")]
    [InlineData("ConceptInstance", "Book")]
    [InlineData("ConceptInstance", "Amphibian")]
    [InlineData("ConceptInstance", "Color")]
    [InlineData("Concept<Item>", "Concept<Book>")]
    [InlineData("Concept<Item>", "Concept<Novel>")]
    [InlineData("Concept<?>", "Concept<Book>")]
    [InlineData("MatchingSet", "MatchingSet<Book>")]
    [InlineData("MatchingSet<Item>", "MatchingSet<Book>")]
    [InlineData("Resource<Item>", "Resource<Book>")]
    [InlineData("tech:diagram:Shape", "tech:diagram:Shape")]
    // generic collections
    [InlineData("List<Book>", "ArrayList<Book>")]
    [InlineData("List<Book>", "LinkedList<Book>")]
    [InlineData("Collection<Book>", "List<Book>")]
    [InlineData("Collection<Book>", "ArrayList<Book>")]
    [InlineData("Iterable<Book>", "ArrayList<Book>")]
    [InlineData("Iterable<Book>", "Set<Book>")]
    [InlineData("Collection<Book>", "Set<Book>")]
    [InlineData("Set<Book>", "HashSet<Book>")]
    [InlineData("Set<Book>", "LinkedHashSet<Book>")]
    [InlineData("HashSet<Book>", "LinkedHashSet<Book>")]
    [InlineData("Set<String>", "TreeSet<String>")]
    [InlineData("Map<String,Integer>", "HashMap<String,Integer>")]
    [InlineData("Map<String,Integer>", "LinkedHashMap<String,Integer>")]
    [InlineData("Map<String,Integer>", "TreeMap<String,Integer>")]
    [InlineData("HashMap<String,Integer>", "LinkedHashMap<String,Integer>")]
    [InlineData("java.util.List<java.lang.String>", "List<String>")]
    // raw types either way
    [InlineData("List", "List<Book>")]
    [InlineData("List", "ArrayList<String>")]
    [InlineData("Collection", "ArrayList<String>")]
    [InlineData("List<Book>", "List")]
    [InlineData("List<Book>", "ArrayList")]
    [InlineData("Map", "HashMap<String,Integer>")]
    // wildcards
    [InlineData("List<? extends Item>", "List<Book>")]
    [InlineData("List<? extends Item>", "List<Novel>")]
    [InlineData("List<? extends Item>", "ArrayList<Item>")]
    [InlineData("List<? extends Item>", "List<? extends Book>")]
    [InlineData("Collection<? extends Item>", "List<Book>")]
    [InlineData("List<?>", "List<Book>")]
    [InlineData("List<?>", "List<String>")]
    [InlineData("List<?>", "List<? super Book>")]
    [InlineData("List<? super Book>", "List<Item>")]
    [InlineData("List<? super Book>", "List<Book>")]
    [InlineData("List<? super Book>", "List<Object>")]
    [InlineData("List<? super Novel>", "List<? super Book>")]
    [InlineData("Map<? extends String, ? super Integer>", "Map<String, Number>")]
    [InlineData("Map<String, List<? extends Item>>", "Map<String, List<Book>>")]
    [InlineData("List<Object>", "List<? extends Book>")]
    // covariant type arguments, as the RI
    [InlineData("List<Item>", "List<Book>")]
    [InlineData("List<Object>", "List<String>")]
    [InlineData("Collection<Item>", "ArrayList<Novel>")]
    [InlineData("List<Long>", "List<Integer>")]
    [InlineData("List<List<Item>>", "List<ArrayList<Book>>")]
    public void Assignable(string target, string source) =>
        Assert.True(TypeFacts.IsAssignable(T(target), T(source)), $"{target} <- {source}");

    [Theory]
    // narrowing is not an assignment
    [InlineData("float", "double")]
    [InlineData("long", "double")]
    [InlineData("int", "long")]
    [InlineData("int", "float")]
    [InlineData("int", "double")]
    [InlineData("short", "int")]
    [InlineData("short", "char")]
    [InlineData("char", "short")]
    [InlineData("char", "byte")]
    [InlineData("char", "int")]
    [InlineData("byte", "short")]
    [InlineData("Integer", "long")]
    [InlineData("Integer", "Long")]
    [InlineData("Integer", "double")]
    [InlineData("Float", "double")]
    [InlineData("Character", "int")]
    // booleans and numbers never mix
    [InlineData("boolean", "int")]
    [InlineData("int", "boolean")]
    [InlineData("Boolean", "int")]
    [InlineData("Integer", "boolean")]
    [InlineData("Number", "boolean")]
    [InlineData("Number", "char")]
    // null is not a primitive
    [InlineData("int", "null")]
    [InlineData("boolean", "null")]
    [InlineData("double", "null")]
    // void
    [InlineData("void", "int")]
    [InlineData("Object", "void")]
    [InlineData("int", "void")]
    [InlineData("void", "null")]
    // String only from String
    [InlineData("String", "Object")]
    [InlineData("String", "int")]
    [InlineData("String", "char")]
    [InlineData("String", "Integer")]
    [InlineData("String", "Book")]
    [InlineData("String", "CharSequence")]
    [InlineData("String", "StringBuilder")]
    [InlineData("String", "Color")]
    [InlineData("Integer", "String")]
    [InlineData("int", "String")]
    // no implicit downcast
    [InlineData("Book", "Item")]
    [InlineData("Novel", "Book")]
    [InlineData("Book", "Film")]
    [InlineData("Book", "Object")]
    [InlineData("Book", "ConceptInstance")]
    [InlineData("Amphibian", "Car")]
    [InlineData("Car", "Boat")]
    [InlineData("Color", "Size")]
    [InlineData("Color", "String")]
    [InlineData("Book", "Concept<Book>")]
    [InlineData("Concept<Book>", "Book")]
    [InlineData("Concept<Book>", "Concept<Item>")]
    [InlineData("Concept<Book>", "Concept<?>")]
    [InlineData("MatchingSet<Book>", "MatchingSet<Item>")]
    [InlineData("MatchingSet<Book>", "MatchingSet")]
    [InlineData("Resource<Book>", "Resource<Item>")]
    [InlineData("tech:diagram:Shape", "tech:diagram:Connector")]
    [InlineData("tech:diagram:Shape", "tech:excel:Shape")]
    [InlineData("tech:diagram:Shape", "Object")]
    [InlineData("Book", "tech:diagram:Shape")]
    [InlineData("Book", "String")]
    [InlineData("Book", "List<Book>")]
    // collections
    [InlineData("ArrayList<Book>", "List<Book>")]
    [InlineData("List<Book>", "Collection<Book>")]
    [InlineData("List<Book>", "Set<Book>")]
    [InlineData("Set<Book>", "List<Book>")]
    [InlineData("HashSet<Book>", "Set<Book>")]
    [InlineData("HashMap<String,Integer>", "Map<String,Integer>")]
    [InlineData("List<Book>", "Map<String,Book>")]
    [InlineData("List<Book>", "List<Item>")]
    [InlineData("List<Book>", "List<Film>")]
    [InlineData("List<String>", "List<Integer>")]
    [InlineData("List<Integer>", "List<Long>")]
    [InlineData("List<? extends Book>", "List<Item>")]
    [InlineData("List<? extends Book>", "List<?>")]
    [InlineData("List<? extends Book>", "List<? extends Item>")]
    [InlineData("List<? super Book>", "List<Novel>")]
    [InlineData("List<? super Book>", "List<? extends Book>")]
    [InlineData("List<? super Book>", "List<?>")]
    [InlineData("List<Book>", "List<?>")]
    [InlineData("List<Book>", "List<? super Book>")]
    [InlineData("Map<String,Integer>", "Map<Integer,String>")]
    [InlineData("Iterable<Book>", "Map<String,Book>")]
    [InlineData("Date", "long")]
    [InlineData("Date", "String")]
    [InlineData("Duration", "Date")]
    [InlineData("Date", "Duration")]
    public void Not_assignable(string target, string source) =>
        Assert.False(TypeFacts.IsAssignable(T(target), T(source)), $"{target} <- {source}");

    [Theory]
    [InlineData("float", "double")]
    [InlineData("int", "long")]
    [InlineData("short", "int")]
    [InlineData("short", "long")]
    [InlineData("char", "int")]
    [InlineData("byte", "int")]
    [InlineData("byte", "char")]
    [InlineData("int", "Long")]
    [InlineData("Integer", "long")]
    [InlineData("Float", "Double")]
    [InlineData("List<Integer>", "List<Long>")]
    public void Permissive_mode_accepts_narrowing(string target, string source)
    {
        Assert.False(TypeFacts.IsAssignable(T(target), T(source)), $"strict: {target} <- {source}");
        Assert.True(TypeFacts.IsAssignable(T(target), T(source), permissive: true), $"permissive: {target} <- {source}");
    }

    [Theory]
    [InlineData("int", "double")]
    [InlineData("long", "double")]
    [InlineData("int", "float")]
    [InlineData("long", "float")]
    [InlineData("int", "boolean")]
    [InlineData("String", "int")]
    [InlineData("Book", "Item")]
    [InlineData("int", "null")]
    public void Permissive_mode_keeps_other_rules(string target, string source) =>
        Assert.False(TypeFacts.IsAssignable(T(target), T(source), permissive: true), $"{target} <- {source}");

    [Fact]
    public void Concept_assignability_follows_IsSuperConceptOf_through_deep_and_multiple_inheritance()
    {
        var root = Concept("Root");
        var left = Concept("Left", root);
        var right = Concept("Right", root);
        var diamond = Concept("Diamond", left, right);
        var leaf = Concept("Leaf", diamond);
        foreach (var ancestor in new[] { root, left, right, diamond, leaf })
        {
            Assert.True(TypeFacts.IsAssignable(new ConceptType(ancestor), new ConceptType(leaf)), ancestor.Name);
            Assert.True(TypeFacts.IsAssignable(new ConceptMetaType(ancestor), new ConceptMetaType(leaf)), ancestor.Name);
            Assert.Equal(ancestor == leaf, TypeFacts.IsAssignable(new ConceptType(leaf), new ConceptType(ancestor)));
        }

        Assert.False(TypeFacts.IsAssignable(new ConceptType(left), new ConceptType(right)));
    }

    [Fact]
    public void Concept_cycles_do_not_hang()
    {
        var a = Concept("A");
        var b = Concept("B", a);
        a.Parents = [b];
        Assert.True(TypeFacts.IsAssignable(new ConceptType(a), new ConceptType(b)));
        Assert.True(TypeFacts.IsAssignable(new ConceptType(b), new ConceptType(a)));
        Assert.False(TypeFacts.IsAssignable(new ConceptType(a), new ConceptType(Other)));
    }

    [Fact]
    public void A_model_type_is_a_concept_type()
    {
        var baseModel = new ConceptSymbol("BaseModel", ConceptKind.Model, null, null, null);
        var model = new ConceptSymbol("Library", ConceptKind.Model, null, null, null) { Parents = [baseModel] };
        Assert.True(TypeFacts.IsAssignable(new ConceptType(baseModel), new ConceptType(model)));
        Assert.True(TypeFacts.IsAssignable(ConceptType.AnyInstance, new ConceptType(model)));
        Assert.False(TypeFacts.IsAssignable(new ConceptType(model), new ConceptType(baseModel)));
    }

    [Fact]
    public void Technology_types_with_arguments_are_assignable_to_the_unparameterised_type()
    {
        var any = new TechnologyType("owl", "OWLIndividualType");
        var cat = new TechnologyType("owl", "OWLIndividualType", [new("owlClass", "CAT")]);
        var dog = new TechnologyType("owl", "OWLIndividualType", [new("owlClass", "DOG")]);
        Assert.True(TypeFacts.IsAssignable(any, cat));
        Assert.True(TypeFacts.IsAssignable(cat, cat));
        Assert.False(TypeFacts.IsAssignable(cat, dog));
        Assert.False(TypeFacts.IsAssignable(cat, any));
    }
}
