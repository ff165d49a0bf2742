using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Parsing;

/// <summary>FML actions: select, delete, log, fire, notify, matching, technology actions (FML reference §3.9 and newer forms).</summary>
public sealed class ActionTests
{
    private static T Action<T>(string action)
        where T : ExpressionSyntax => Assert.IsType<T>(FmlText.Expression(action));

    [Fact]
    public void Select()
    {
        var select = Action<SelectExpressionSyntax>("select Task from this");
        Assert.Null(select.UniqueKeyword);
        Assert.Equal("Task", select.Type.ToString());
        Assert.Null(select.FetchKind);
        Assert.Equal("this", select.From.Expression.ToString());
        Assert.Null(select.Where);
    }

    [Fact]
    public void Select_unique_with_fetch_kind_and_conditions()
    {
        var select = Action<SelectExpressionSyntax>(
            "select unique OWLClass with SelectOWLClass(declared=true) from ontology where (selected.name == \"x\", selected.size > 2)");
        Assert.NotNull(select.UniqueKeyword);
        Assert.Equal("SelectOWLClass", select.FetchKind!.Name.Text);
        Assert.Equal(2, select.Where!.Conditions.Arguments.Count);
        Assert.Equal("(selected.name == \"x\")", FmlText.Shape(select.Where.Conditions.Arguments[0]));
    }

    [Fact]
    public void Select_from_a_path_and_of_a_generic_type()
    {
        var select = Action<SelectExpressionSyntax>("select Concept<?> from a.b.c");
        Assert.Equal("Concept<?>", select.Type.ToString());
        Assert.Equal("a.b.c", FmlText.Shape(select.From.Expression));
    }

    [Theory]
    [InlineData("delete x", "x", null)]
    [InlineData("delete this", "this", null)]
    [InlineData("delete a.b from c", "a.b", "c")]
    [InlineData("delete (x)", "[x]", null)]
    public void Delete(string action, string target, string? from)
    {
        var delete = Action<DeleteExpressionSyntax>(action);
        Assert.Equal(target, FmlText.Shape(delete.Expression));
        Assert.Equal(from, delete.From?.Expression.ToString());
    }

    [Theory]
    [InlineData("log \"x\" + y", "(\"x\" + y)")]
    [InlineData("log(x)", "[x]")]
    [InlineData("log x.y", "x.y")]
    public void Log(string action, string value) => Assert.Equal(value, FmlText.Shape(Action<LogExpressionSyntax>(action).Expression));

    [Fact]
    public void Fire() => Assert.IsType<ObjectCreationExpressionSyntax>(Action<FireExpressionSyntax>("fire new Borrowed(b)").Expression);

    [Fact]
    public void Notify()
    {
        var plain = Action<NotifyExpressionSyntax>("notify \"label\"");
        Assert.Null(plain.In);
        var located = Action<NotifyExpressionSyntax>("notify \"label\" in t");
        Assert.Equal("t", located.In!.Expression.ToString());
    }

    [Fact]
    public void Begin_match()
    {
        var begin = Action<BeginMatchExpressionSyntax>("begin match Task from this where (selected.label != null)");
        Assert.Equal("Task", begin.Type.ToString());
        Assert.Equal("this", begin.From.Expression.ToString());
        Assert.Single(begin.Where!.Conditions.Arguments);
    }

    [Fact]
    public void Match_with_create()
    {
        var match = Action<MatchExpressionSyntax>("match Task in set from this where (label=l, size=2) create::init(l, 1)");
        Assert.Equal("set", match.In!.Expression.ToString());
        Assert.Equal("this", match.From.Expression.ToString());
        Assert.Equal(2, match.Where!.Conditions.Arguments.Count);
        Assert.IsType<AssignmentExpressionSyntax>(match.Where.Conditions.Arguments[0]);
        Assert.Equal(SyntaxKind.CreateKeyword, match.Create!.Keyword.Kind);
        Assert.Equal("init", match.Create.Identifier.Text);
        Assert.Equal(2, match.Create.Arguments.Arguments.Count);
        Assert.Null(match.Unmatched);
    }

    [Fact]
    public void Match_with_unmatched_clause()
    {
        var match = Action<MatchExpressionSyntax>("match Task from container where (label=\"a\") unmatched: new Task::init(\"a\")");
        Assert.Null(match.In);
        Assert.Null(match.Create);
        Assert.IsType<ObjectCreationExpressionSyntax>(match.Unmatched!.Expression);
    }

    [Theory]
    [InlineData("end match Task in set delete::remove()", SyntaxKind.DeleteKeyword, "remove")]
    [InlineData("end match Task in set action::refresh(1)", SyntaxKind.ActionKeyword, "refresh")]
    public void End_match_with_a_scheme_call(string action, SyntaxKind keyword, string name)
    {
        var end = Action<EndMatchExpressionSyntax>(action);
        Assert.Equal("set", end.In.Expression.ToString());
        Assert.Equal(keyword, end.Call!.Keyword.Kind);
        Assert.Equal(name, end.Call.Identifier.Text);
        Assert.Null(end.Unmatched);
    }

    [Fact]
    public void End_match_with_unmatched_clause()
    {
        var end = Action<EndMatchExpressionSyntax>("end match Task in set unmatched: delete()");
        Assert.Null(end.Call);
        Assert.Equal("delete[]", FmlText.Shape(end.Unmatched!.Expression));
    }

    [Theory]
    [InlineData("match Task from this", "FML1021")]
    [InlineData("match Task from this where (a=1)", "FML1021")]
    [InlineData("end match Task in set", "FML1022")]
    [InlineData("end match Task", "FML1010")]
    [InlineData("select Task", "FML1010")]
    public void Incomplete_matching_actions(string action, string code) =>
        Assert.Equal([code], FmlText.Codes(FmlText.Parse($"model M {{ f() {{ {action}; }} }}")));

    [Fact]
    public void Technology_action()
    {
        var action = Action<TechnologyActionExpressionSyntax>("DIAGRAM::AddShape(container=topLevel, label=\"x\") in diagram from source");
        Assert.Equal("DIAGRAM", action.Qualifier.Text);
        Assert.Equal("AddShape", action.Name.Text);
        Assert.Equal(2, action.Arguments.Arguments.Count);
        Assert.Equal("diagram", action.In!.Expression.ToString());
        Assert.Equal("source", action.From!.Expression.ToString());
    }

    [Fact]
    public void Technology_action_without_arguments_or_clauses()
    {
        var action = Action<TechnologyActionExpressionSyntax>("FMLRT::NewInstance()");
        Assert.Empty(action.Arguments.Arguments);
        Assert.Null(action.In);
        Assert.Null(action.From);
    }

    [Theory]
    [InlineData("x = select A from this;", SyntaxKind.SelectExpression)]
    [InlineData("x = match A from this unmatched: new A();", SyntaxKind.MatchExpression)]
    [InlineData("x = DIAGRAM::AddShape() in d;", SyntaxKind.TechnologyActionExpression)]
    [InlineData("x = begin match A from this;", SyntaxKind.BeginMatchExpression)]
    public void Actions_on_the_right_of_an_assignment(string statement, SyntaxKind kind)
    {
        var assignment = Assert.IsType<AssignmentExpressionSyntax>(Assert.IsType<ExpressionStatementSyntax>(FmlText.Statement(statement)).Expression);
        Assert.Equal(kind, assignment.Right.Kind);
    }

    [Fact]
    public void Parenthesized_action() =>
        Assert.IsType<SelectExpressionSyntax>(Assert.IsType<ParenthesizedExpressionSyntax>(FmlText.Expression("(select A from this)")).Expression);

    [Fact]
    public void Newer_forms_from_openflexo_3()
    {
        var tree = FmlText.ParseValid("""
            model M {
                public void name(Resource<X> r) {
                    connect slot using parameters.r;
                    List<A> l = new ArrayList<>();
                    A a = match A from this where (id=1) unmatched: new A::init(1);
                    end match A in set unmatched: delete();
                }
            }
            """);
        Assert.Equal("void", Assert.IsType<BehaviourDeclarationSyntax>(FmlText.Model(tree).Members[0]).ReturnType!.ToString());
    }
}
