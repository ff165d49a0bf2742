using static Flexo.Fml.Tests.Formatting.FormatAssert;

namespace Flexo.Fml.Tests.Formatting;

public sealed class MemberFormattingTests
{
    [Fact]
    public void Model_body_properties_then_behaviours_then_types_then_invariants()
    {
        var source = """
            model M {
              concept C { }
              void f() { }
              assert x > 0;
              int a;
              create() { }
              enum E { A }
              String b;
              assert y;
            }
            """;
        Formats(source, Lines(
            "model M {",
            "\tint a;",
            "\tString b;",
            string.Empty,
            "\tvoid f() {",
            "\t}",
            string.Empty,
            "\tcreate() {",
            "\t}",
            string.Empty,
            "\tconcept C {",
            "\t}",
            string.Empty,
            "\tenum E {",
            "\t\tA",
            "\t}",
            string.Empty,
            "\tassert x > 0;",
            "\tassert y;",
            "}"));
    }

    [Fact]
    public void Model_without_properties_starts_with_a_blank_line()
    {
        Formats("model M { concept C {} }", Lines("model M {", string.Empty, "\tconcept C {", "\t}", "}"));
    }

    [Fact]
    public void Model_with_only_properties_has_no_blank_line()
    {
        Formats("model M {\n\n int a;\n\n int b;\n\n}", Lines("model M {", "\tint a;", "\tint b;", "}"));
    }

    [Fact]
    public void Concept_body_has_no_blank_lines_and_normalized_member_order()
    {
        var source = """
            model M {
              concept C {
                assert a;
                concept D { }

                void f();
                int a;

                create() { x = 1; }
              }
            }
            """;
        Formats(source, Lines(
            "model M {",
            string.Empty,
            "\tconcept C {",
            "\t\tint a;",
            "\t\tvoid f();",
            "\t\tcreate() {",
            "\t\t\tx = 1;",
            "\t\t}",
            "\t\tconcept D {",
            "\t\t}",
            "\t\tassert a;",
            "\t}",
            "}"));
    }

    [Fact]
    public void Concept_header_visibility_abstract_extends_inside()
    {
        Formats(InModel("abstract public concept C extends A , B inside X { }"),
            Lines("model M {", string.Empty, "\tpublic abstract concept C extends A,B inside X {", "\t}", "}"));
    }

    [Fact]
    public void Event_is_printed_like_a_concept()
    {
        Formats(InModel("event E extends F { Foo foo; create(Foo f) { foo = parameters.f; } }"), Lines(
            "model M {",
            string.Empty,
            "\tevent E extends F {",
            "\t\tFoo foo;",
            "\t\tcreate(Foo f) {",
            "\t\t\tfoo = parameters.f;",
            "\t\t}",
            "\t}",
            "}"));
    }

    [Fact]
    public void Enum_values_one_per_line()
    {
        Formats(InModel("public enum Genre { NOVEL , ESSAY,POEM }"), Lines(
            "model M {",
            string.Empty,
            "\tpublic enum Genre {",
            "\t\tNOVEL,",
            "\t\tESSAY,",
            "\t\tPOEM",
            "\t}",
            "}"));
    }

    [Theory]
    [InlineData("int   x ;", "int x;")]
    [InlineData("int x=2+3;", "int x = 2 + 3;")]
    [InlineData("String [ 0 , * ] names;", "String[0,*] names;")]
    [InlineData("String[1,*] names;", "String[1,*] names;")]
    [InlineData("String[2,8] names;", "String[2,8] names;")]
    [InlineData("String[1,1] name;", "String[1,1] name;")]
    [InlineData("String[1,n] names;", "String[1,n] names;")]
    [InlineData("String ... names;", "String[0,*] names;")]
    [InlineData("List<String> l;", "List<String> l;")]
    [InlineData("Map< String , List<Integer> > m;", "Map<String,List<Integer>> m;")]
    [InlineData("Concept<?> c;", "Concept<?> c;")]
    [InlineData("List<? extends Foo> l;", "List<? extends Foo> l;")]
    [InlineData("Foo foo with ConceptInstance;", "Foo foo with ConceptInstance();")]
    [InlineData("Foo foo with ConceptInstance ( container = this , virtualModelInstance=container );",
        "Foo foo with ConceptInstance(container=this,virtualModelInstance=container);")]
    [InlineData("MyVM vm with ModelInstance(isRequired=true,isReadOnly=false);", "MyVM vm with ModelInstance(isRequired=true,isReadOnly=false);")]
    [InlineData("Shape s with DIAGRAM::ShapeRole(metamodelElement=RED_SHAPE, label=name + \"!\");",
        "Shape s with DIAGRAM::ShapeRole(metamodelElement=RED_SHAPE,label=name + \"!\");")]
    [InlineData("Diagram d with TypedDiagram(paletteElementBindings={ PaletteElementBinding:(id=\"a\", call=new C::drop()), B:(x=1) });",
        "Diagram d with TypedDiagram(paletteElementBindings={PaletteElementBinding:(id=\"a\",call=new C::drop()),B:(x=1)});")]
    [InlineData("Foo x with K(type=List<String>);", "Foo x with K(type=List<String>);")]
    [InlineData("abstract public int x;", "public abstract int x;")]
    [InlineData("private String stored;", "private String stored;")]
    [InlineData("int total values a+b;", "int total values a + b;")]
    [InlineData("OWLIndividualType(owlClass=CAT) cat;", "OWLIndividualType(owlClass=CAT) cat;")]
    [InlineData("List<Foo> foos = select Foo from this;", "List<Foo> foos = select Foo from this;")]
    public void Properties(string member, string expected)
    {
        Formats(InModel(member), Lines("model M {", "\t" + expected, "}"));
    }

    [Fact]
    public void Get_set_property_two_spaces_before_brace_and_closing_semicolon()
    {
        var source = InModel("List<Foo> fooList { List<Foo> get() { return select Foo from this; } set(List<Foo> value) { } };");
        Formats(source, Lines(
            "model M {",
            "\tList<Foo> fooList  {",
            "\t\tList<Foo> get() {",
            "\t\t\treturn select Foo from this;",
            "\t\t}",
            "\t\tset(List<Foo> value) {",
            "\t\t}",
            "\t};",
            "}"));
    }

    [Fact]
    public void Get_only_property_without_final_semicolon_gets_one()
    {
        Formats(InModel("String upper { get() { return stored.toUpperCase(); } }"), Lines(
            "model M {",
            "\tString upper  {",
            "\t\tget() {",
            "\t\t\treturn stored.toUpperCase();",
            "\t\t}",
            "\t};",
            "}"));
    }

    [Theory]
    [InlineData("void f ( ) { }", "void f() {", "}")]
    [InlineData("void f(int a,String b){}", "void f(int a, String b) {", "}")]
    [InlineData("f();", "f();", null)]
    [InlineData("abstract public String g();", "public abstract String g();", null)]
    [InlineData("public void h() ;", "public void h();", null)]
    [InlineData("create(required int a , int b = 7) { }", "create(required int a, int b = 7) {", "}")]
    [InlineData("create :: init() {}", "create::init() {", "}")]
    [InlineData("delete() {}", "delete() {", "}")]
    [InlineData("delete::remove(boolean all) {}", "delete::remove(boolean all) {", "}")]
    [InlineData("List<String> names() {}", "List<String> names() {", "}")]
    [InlineData("drop(Foo f) with DropScheme(target=\"topLevel\") {}", "drop(Foo f) with DropScheme(target=\"topLevel\") {", "}")]
    [InlineData("link() with DIAGRAM::LinkScheme {}", "link() with DIAGRAM::LinkScheme() {", "}")]
    [InlineData("listen PingEvent from pong { }", "listen PingEvent from pong {", "}")]
    [InlineData("private listen E from a.b;", "private listen E from a.b;", null)]
    public void Behaviours(string member, string header, string? close)
    {
        var expected = close is null
            ? Lines("model M {", string.Empty, "\t" + header, "}")
            : Lines("model M {", string.Empty, "\t" + header, "\t" + close, "}");
        Formats(InModel(member), expected);
    }

    [Fact]
    public void Behaviour_annotations_one_per_line()
    {
        Formats(InModel("@Description(\"d\") @Label(key = \"k\" , other=2) void f() {}"), Lines(
            "model M {",
            string.Empty,
            "\t@Description(\"d\")",
            "\t@Label(key=\"k\",other=2)",
            "\tvoid f() {",
            "\t}",
            "}"));
    }

    [Fact]
    public void Annotation_list_form_is_multi_line_with_closing_parenthesis_under_the_at_sign()
    {
        var source = InModel("@UI( @Label(\"x\") @TextField(value=\"p\", label=\"Param\") @Group( @A @B ) ) void f(int p) {}");
        Formats(source, Lines(
            "model M {",
            string.Empty,
            "\t@UI(",
            "\t\t@Label(\"x\")",
            "\t\t@TextField(value=\"p\",label=\"Param\")",
            "\t\t@Group(",
            "\t\t\t@A",
            "\t\t\t@B",
            "\t\t)",
            "\t)",
            "\tvoid f(int p) {",
            "\t}",
            "}"));
    }

    [Fact]
    public void Annotation_with_empty_parentheses_and_qualified_tag()
    {
        Formats(InModel("@a.b.Tag() @Tag void f();"), Lines("model M {", string.Empty, "\t@a.b.Tag()", "\t@Tag", "\tvoid f();", "}"));
    }

    [Fact]
    public void Invariants_simple_with_onfailure_and_iteration()
    {
        var source = InModel("concept C { assert a onfailure: { log \"a\"; } assert b onfailure: c = true; assert (Foo f : foos) { assert f.ok; assert f.x > 0 onfailure: log \"x\"; } }");
        Formats(source, Lines(
            "model M {",
            string.Empty,
            "\tconcept C {",
            "\t\tassert a onfailure: {",
            "\t\t\tlog \"a\";",
            "\t\t}",
            "\t\tassert b onfailure: {",
            "\t\t\tc = true;",
            "\t\t}",
            "\t\tassert (Foo f : foos) {",
            "\t\t\tassert f.ok;",
            "\t\t\tassert f.x > 0 onfailure: {",
            "\t\t\t\tlog \"x\";",
            "\t\t\t}",
            "\t\t}",
            "\t}",
            "}"));
    }

    [Fact]
    public void Member_order_inside_a_category_is_declaration_order()
    {
        Formats(InModel("void b() {} int z; void a() {} int y;"), Lines(
            "model M {",
            "\tint z;",
            "\tint y;",
            string.Empty,
            "\tvoid b() {",
            "\t}",
            string.Empty,
            "\tvoid a() {",
            "\t}",
            "}"));
    }

    [Fact]
    public void Deeply_nested_concepts_indent_one_tab_per_level()
    {
        Formats(InModel("concept A { concept B { concept C { int x; } } }"), Lines(
            "model M {",
            string.Empty,
            "\tconcept A {",
            "\t\tconcept B {",
            "\t\t\tconcept C {",
            "\t\t\t\tint x;",
            "\t\t\t}",
            "\t\t}",
            "\t}",
            "}"));
    }
}
