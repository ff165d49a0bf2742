using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Defects;

/// <summary>
/// The syntax side of the reference implementation's defects that Flexo must get right (shared/spec/DEFECTS.md).
/// Test names start with the defect id.
/// </summary>
public sealed class DefectSyntaxTests
{
    private const string CrewExample = """
        public model Ship {
          public concept Crew {
            String[2,4] members;
            String[1,1] captain;
            public enlist(String n) { members.add(parameters.n); }
          }
        }
        """;

    private const string BoardExample = """
        public model Board {
          public enum Priority { LOW, MEDIUM, HIGH }
          public concept Task {
            Priority level;
            create() { level = LOW; }
            public escalate() { level = Priority.HIGH; }
            public boolean urgent() { return level == Priority.HIGH; }
          }
          public int calm() { List<Task> l = select Task from this where (selected.level == Priority.LOW); return l.size; }
        }
        """;

    private const string GridExample = """
        public model Grid {
          public concept A { int x; }
          public concept XY extends A { }
          public enum Axis { H, V }
          public A make() { return new XY(); }
        }
        """;

    private static CardinalitySyntax CardinalityOf(SyntaxTree tree, string property) =>
        FmlText.All<PropertyDeclarationSyntax>(tree).Single(p => p.Identifier.Text == property).Cardinality!;

    [Fact]
    public void D7_Crew_example_parses_without_diagnostic() => FmlText.ParseValid(CrewExample);

    [Fact]
    public void D7_BoundsKeptInTheTree()
    {
        var tree = FmlText.ParseValid(CrewExample);
        var members = CardinalityOf(tree, "members");
        Assert.Equal((2, 4), ((int)members.Lower!.Value!, (int)members.Upper!.Value!));
        var captain = CardinalityOf(tree, "captain");
        Assert.Equal((1, 1), ((int)captain.Lower!.Value!, (int)captain.Upper!.Value!));
    }

    [Theory]
    [InlineData("String[2,8] s;", "[2,8]")]
    [InlineData("String[1,1] s;", "[1,1]")]
    [InlineData("String[*,4] s;", "[*,4]")]
    [InlineData("String[*,*] s;", "[*,*]")]
    [InlineData("String[0,*] s;", "[0,*]")]
    [InlineData("String... s;", "...")]
    [InlineData("String[ 2 , 8 ] s;", "[ 2 , 8 ]")]
    public void D7_BoundsKeptOnRoundTrip(string member, string cardinality)
    {
        var text = $"model M {{ {member} }}";
        var tree = FmlText.ParseValid(text);
        Assert.Equal(cardinality, CardinalityOf(tree, "s").ToString());
        Assert.Equal(text, tree.ToFullString());
    }

    [Fact]
    public void D7_Upper_bound_below_lower_bound_is_not_a_syntax_error()
    {
        // Bounds are checked by validation (DEFECTS.md D7), not by the parser: the tree keeps them as written.
        var tree = FmlText.ParseValid("model M { String[4,2] s; String[0,0] t; }");
        Assert.Equal("[4,2]", CardinalityOf(tree, "s").ToString());
    }

    [Fact]
    public void D8_Board_example_parses_without_diagnostic() => FmlText.ParseValid(BoardExample);

    [Theory]
    [InlineData("Priority.HIGH", "Priority", "HIGH")]
    [InlineData("Genre.NOVEL", "Genre", "NOVEL")]
    [InlineData("Axis.V", "Axis", "V")]
    [InlineData("Priority.enumValues", "Priority", "enumValues")]
    [InlineData("lib.Genre.NOVEL", "lib.Genre", "NOVEL")]
    public void D8_EnumValue_is_a_member_access(string expression, string type, string value)
    {
        var access = Assert.IsType<MemberAccessExpressionSyntax>(FmlText.Expression(expression));
        Assert.Equal(type, access.Expression.ToString());
        Assert.Equal(value, access.Name.ToString());
    }

    [Fact]
    public void D8_EnumValue_in_assignments_comparisons_arguments_and_conditions()
    {
        var tree = FmlText.ParseValid(BoardExample);
        var accesses = FmlText.All<MemberAccessExpressionSyntax>(tree).Where(m => m.Expression.ToString() == "Priority").ToList();
        Assert.Equal(3, accesses.Count);
        Assert.IsType<AssignmentExpressionSyntax>(FmlText.All<ExpressionStatementSyntax>(tree)[1].Expression);
        Assert.Equal("(level == Priority.HIGH)", FmlText.Shape(FmlText.All<ReturnStatementSyntax>(tree)[0].Expression!));
    }

    [Fact]
    public void D8_Bare_enum_value_is_a_name()
    {
        var assignment = Assert.IsType<AssignmentExpressionSyntax>(
            Assert.IsType<ExpressionStatementSyntax>(FmlText.Statement("level = LOW;")).Expression);
        Assert.Equal("LOW", Assert.IsType<IdentifierNameSyntax>(assignment.Right).Identifier.Text);
        Assert.Equal("(x == LOW)", FmlText.Shape(FmlText.Expression("x == LOW")));
        Assert.Equal("f[LOW, Priority.HIGH]", FmlText.Shape(FmlText.Expression("f(LOW, Priority.HIGH)")));
    }

    [Fact]
    public void D9_Grid_example_parses_without_diagnostic() => FmlText.ParseValid(GridExample);

    [Theory]
    [InlineData("A")]
    [InlineData("ABC")]
    [InlineData("T2")]
    [InlineData("X_Y")]
    [InlineData("a")]
    [InlineData("lowerCase")]
    [InlineData("Mixed")]
    public void D9_Concept_name_of_any_case_shape(string name)
    {
        var tree = FmlText.ParseValid($"model M {{ concept {name} {{ }} concept Sub{name} extends {name} {{ {name} ref; {name}[0,*] refs; }} {name} make() {{ return new {name}(); }} }}");
        var concept = FmlText.All<ConceptDeclarationSyntax>(tree).First(c => c.Kind == SyntaxKind.ConceptDeclaration);
        Assert.Equal(name, concept.Identifier.Text);
        Assert.Equal(SyntaxKind.IdentifierToken, concept.Identifier.Kind);
        Assert.All(FmlText.All<PropertyDeclarationSyntax>(tree), p => Assert.Equal(name, p.Type.ToString()));
    }

    [Theory]
    [InlineData("model A { }")]
    [InlineData("model ABC { }")]
    [InlineData("model T2 { }")]
    [InlineData("model m { }")]
    public void D9_Model_name_of_any_case_shape(string source) => FmlText.ParseValid(source);

    [Fact]
    public void D9_Case_never_decides_the_position_of_a_name()
    {
        FmlText.ParseValid("""
            use a.b.Slot as fmlrt;
            model M {
              enum Axis { h, V, Mixed }
              concept A {
                create::Init() { }
                Shape s with fmlrt::shapeRole(Label=x);
              }
              void f() {
                A a = new A::Init();
                Object o = fmlrt::addShape(Container=a) in a;
                x = select a with selectA() from this;
              }
            }
            """);
    }

    [Fact]
    public void D9_Everything_the_RI_accepts_still_parses()
    {
        FmlText.ParseValid("""
            use org.openflexo.foundation.fml.rt.FMLRTVirtualModelInstanceModelSlot as FMLRT;
            model Library {
              enum Genre { NOVEL, ESSAY }
              concept Book {
                String title;
                Genre genre with ConceptInstance();
                create::init(String t) { title = parameters.t; }
              }
              Book make() { return new Book::init("x"); }
              Object reflect() { return FMLRT::NewInstance(conceptType=Book); }
            }
            """);
    }
}
