using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Parsing;

/// <summary>Expressions: precedence and associativity (FML reference §3.10.1), shifts and generics, casts, primaries.</summary>
public sealed class ExpressionTests
{
    [Theory]
    [InlineData("a - b - c", "((a - b) - c)")]
    [InlineData("a / b / c", "((a / b) / c)")]
    [InlineData("a + b * c", "(a + (b * c))")]
    [InlineData("a * b + c", "((a * b) + c)")]
    [InlineData("a + b - c + d", "(((a + b) - c) + d)")]
    [InlineData("a % b * c", "((a % b) * c)")]
    [InlineData("a << 1 + 2", "(a << (1 + 2))")]
    [InlineData("a + b < c", "((a + b) < c)")]
    [InlineData("a < b == c > d", "((a < b) == (c > d))")]
    [InlineData("a == b != c", "((a == b) != c)")]
    [InlineData("a & b == c", "(a & (b == c))")]
    [InlineData("a & b ^ c | d", "(((a & b) ^ c) | d)")]
    [InlineData("a | b ^ c & d", "(a | (b ^ (c & d)))")]
    [InlineData("a || b && c", "(a || (b && c))")]
    [InlineData("a && b || c && d", "((a && b) || (c && d))")]
    [InlineData("a | b && c | d", "((a | b) && (c | d))")]
    [InlineData("a || b || c", "((a || b) || c)")]
    [InlineData("!a && b", "((!a) && b)")]
    [InlineData("-a * b", "((-a) * b)")]
    [InlineData("- - a", "(-(-a))")]
    [InlineData("-a++", "(-(a++))")]
    [InlineData("!a.b", "(!a.b)")]
    [InlineData("~a + 1", "((~a) + 1)")]
    [InlineData("++a + b--", "((++a) + (b--))")]
    [InlineData("a ? b : c", "(a ? b : c)")]
    [InlineData("a ? b : c ? d : e", "(a ? b : (c ? d : e))")]
    [InlineData("a ? b ? c : d : e", "(a ? (b ? c : d) : e)")]
    [InlineData("a || b ? c + d : e", "((a || b) ? (c + d) : e)")]
    [InlineData("a = b", "(a = b)")]
    [InlineData("a = b = c", "(a = (b = c))")]
    [InlineData("a += b -= c", "(a += (b -= c))")]
    [InlineData("a = b ? c : d", "(a = (b ? c : d))")]
    [InlineData("a.b = c + d", "(a.b = (c + d))")]
    [InlineData("x = (y = 1)", "(x = [(y = 1)])")]
    [InlineData("(a + b) * c", "([(a + b)] * c)")]
    [InlineData("a instanceof B && c", "((a instanceof B) && c)")]
    [InlineData("a + b instanceof C", "((a + b) instanceof C)")]
    [InlineData("a.b.c(d).e", "a.b.c[d].e")]
    [InlineData("f(a, b + c)(d)", "f[a, (b + c)][d]")]
    public void Precedence_and_associativity(string expression, string shape) =>
        Assert.Equal(shape, FmlText.Shape(FmlText.Expression(expression)));

    public static TheoryData<string> CompoundAssignments => new()
    {
        "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", ">>>=",
    };

    [Theory]
    [MemberData(nameof(CompoundAssignments))]
    public void Every_assignment_operator_parses(string op)
    {
        var assignment = Assert.IsType<AssignmentExpressionSyntax>(FmlText.Expression($"a {op} b"));
        Assert.Equal(op, assignment.OperatorToken.Text);
        Assert.True(SyntaxFacts.IsAssignmentOperator(assignment.OperatorToken.Kind));
        Assert.Equal(op, SyntaxFacts.GetText(assignment.OperatorToken.Kind));
    }

    [Theory]
    [InlineData("a >> b", SyntaxKind.GreaterThanGreaterThanToken)]
    [InlineData("a >>> b", SyntaxKind.GreaterThanGreaterThanGreaterThanToken)]
    [InlineData("a << b", SyntaxKind.LessThanLessThanToken)]
    [InlineData("a > b", SyntaxKind.GreaterThanToken)]
    [InlineData("a >= b", SyntaxKind.GreaterThanEqualsToken)]
    public void Shift_operators_are_composed_from_adjacent_greater_than_tokens(string expression, SyntaxKind kind)
    {
        var binary = Assert.IsType<BinaryExpressionSyntax>(FmlText.Expression(expression));
        Assert.Equal(kind, binary.OperatorToken.Kind);
        Assert.Equal(SyntaxFacts.GetText(kind), binary.OperatorToken.Text);
        Assert.Equal(expression.IndexOf('>', StringComparison.Ordinal) is var i and >= 0 ? i : expression.IndexOf('<', StringComparison.Ordinal),
            binary.OperatorToken.Span.Start - "model M { f() { return ".Length);
    }

    [Theory]
    [InlineData("a >>= b", SyntaxKind.GreaterThanGreaterThanEqualsToken)]
    [InlineData("a >>>= b", SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken)]
    public void Shift_assignments_are_composed_too(string expression, SyntaxKind kind)
    {
        var assignment = Assert.IsType<AssignmentExpressionSyntax>(FmlText.Expression(expression));
        Assert.Equal(kind, assignment.OperatorToken.Kind);
        Assert.Equal(SyntaxFacts.GetText(kind), assignment.OperatorToken.Text);
    }

    [Fact]
    public void Shift_binds_tighter_than_comparison_and_looser_than_addition() =>
        Assert.Equal("((a >> (b + 1)) < c)", FmlText.Shape(FmlText.Expression("a >> b + 1 < c")));

    [Fact]
    public void Separated_greater_than_signs_are_not_a_shift()
    {
        var tree = FmlText.ExpressionTree("a > > b");
        Assert.True(tree.HasErrors);
        Assert.DoesNotContain(tree.Root.DescendantTokens(), t => t.Kind == SyntaxKind.GreaterThanGreaterThanToken);
    }

    [Fact]
    public void Nested_generics_close_with_adjacent_greater_than_signs()
    {
        var tree = FmlText.ParseValid("model M { List<List<X>> a; Map<String, List<List<Y>>> b; f() { List<List<Z>> c = x >> 1; } }");
        var generics = FmlText.All<GenericNameSyntax>(tree);
        Assert.Equal(["List<List<X>>", "List<X>", "Map<String, List<List<Y>>>", "List<List<Y>>", "List<Y>", "List<List<Z>>", "List<Z>"],
            generics.Select(g => g.ToString()));
        Assert.All(generics, g => Assert.Equal(SyntaxKind.GreaterThanToken, g.TypeArguments.GreaterThan.Kind));
        var shift = FmlText.First<BinaryExpressionSyntax>(tree);
        Assert.Equal(SyntaxKind.GreaterThanGreaterThanToken, shift.OperatorToken.Kind);
    }

    [Theory]
    [InlineData("(int) x", "int")]
    [InlineData("(double) 2", "double")]
    [InlineData("(int) -x", "int")]
    [InlineData("(boolean) !x", "boolean")]
    [InlineData("(A) b", "A")]
    [InlineData("(A) (b)", "A")]
    [InlineData("(A) null", "A")]
    [InlineData("(A) \"s\"", "A")]
    [InlineData("(a.b.C) d", "a.b.C")]
    [InlineData("(List<String>) x", "List<String>")]
    [InlineData("(String[]) x", "String[]")]
    [InlineData("(A) !b", "A")]
    public void Cast(string expression, string type)
    {
        var cast = Assert.IsType<CastExpressionSyntax>(FmlText.Expression(expression));
        Assert.Equal(type, cast.Type.ToString());
    }

    [Theory]
    [InlineData("(a) + b", "([a] + b)")]
    [InlineData("(a) - b", "([a] - b)")]
    [InlineData("(a)", "[a]")]
    [InlineData("(a).b", "[a].b")]
    [InlineData("(a + b)", "[(a + b)]")]
    [InlineData("(a) instanceof B", "([a] instanceof B)")]
    [InlineData("(a < b)", "[(a < b)]")]
    [InlineData("(int) x + 1", "((cast int x) + 1)")]
    [InlineData("(A) b.c", "(cast A b.c)")]
    [InlineData("(A) b.c()", "(cast A b.c[])")]
    public void Casts_versus_parenthesized_expressions(string expression, string shape) =>
        Assert.Equal(shape, FmlText.Shape(FmlText.Expression(expression)));

    [Theory]
    [InlineData("a < b < c")]
    [InlineData("a < b > c")]
    [InlineData("a <= b >= c")]
    [InlineData("a > b instanceof C")]
    public void Relational_operators_do_not_chain_FML1016(string expression)
    {
        var tree = FmlText.ExpressionTree(expression);
        Assert.Equal(["FML1016"], FmlText.Codes(tree));
        var diagnostic = tree.Diagnostics[0];
        Assert.Equal(expression.LastIndexOfAny(['<', '>', 'i']), diagnostic.Span.Start - "model M { f() { return ".Length);
    }

    [Theory]
    [InlineData("a < b && b < c")]
    [InlineData("(a < b) < c")]
    [InlineData("a < b == c < d")]
    public void Relational_operators_combine_through_other_operators(string expression) => FmlText.Expression(expression);

    [Theory]
    [InlineData("42", SyntaxKind.NumericLiteralToken)]
    [InlineData("4.2", SyntaxKind.NumericLiteralToken)]
    [InlineData("\"s\"", SyntaxKind.StringLiteralToken)]
    [InlineData("'c'", SyntaxKind.CharacterLiteralToken)]
    [InlineData("true", SyntaxKind.TrueKeyword)]
    [InlineData("false", SyntaxKind.FalseKeyword)]
    [InlineData("null", SyntaxKind.NullKeyword)]
    public void Literal_expressions(string expression, SyntaxKind kind) =>
        Assert.Equal(kind, Assert.IsType<LiteralExpressionSyntax>(FmlText.Expression(expression)).Token.Kind);

    [Fact]
    public void Member_access_and_invocation()
    {
        var invocation = Assert.IsType<InvocationExpressionSyntax>(FmlText.Expression("list.get(0, x + 1)"));
        var member = Assert.IsType<MemberAccessExpressionSyntax>(invocation.Expression);
        Assert.Equal("list", member.Expression.ToString());
        Assert.Equal("get", member.Name.ToString());
        Assert.Equal(SyntaxKind.IdentifierToken, Assert.IsType<IdentifierNameSyntax>(member.Name).Identifier.Kind);
        Assert.Equal(2, invocation.Arguments.Arguments.Count);
        Assert.Equal(1, invocation.Arguments.Arguments.SeparatorCount);
        Assert.Empty(Assert.IsType<InvocationExpressionSyntax>(FmlText.Expression("f()")).Arguments.Arguments);
    }

    [Fact]
    public void Unicode_names_and_dollar_names()
    {
        Assert.Equal("flexoConcept.unité", FmlText.Shape(FmlText.Expression("flexoConcept.unité")));
        Assert.Equal("AnOtherModel$AConcept", Assert.IsType<IdentifierNameSyntax>(FmlText.Expression("AnOtherModel$AConcept")).Identifier.Text);
    }

    [Fact]
    public void Static_calls_on_qualified_java_names() =>
        Assert.Equal("java.lang.Class.forName[\"X\"]", FmlText.Shape(FmlText.Expression("java.lang.Class.forName(\"X\")")));

    [Theory]
    [InlineData("super.m(x)", "super.m[x]")]
    [InlineData("super(x)", "super[x]")]
    [InlineData("a.super.b", "a.super.b")]
    [InlineData("super_Parent.init()", "super_Parent.init[]")]
    public void Super_forms(string expression, string shape) => Assert.Equal(shape, FmlText.Shape(FmlText.Expression(expression)));

    [Fact]
    public void Instance_of_with_a_generic_type()
    {
        var instanceOf = Assert.IsType<InstanceOfExpressionSyntax>(FmlText.Expression("x instanceof List<String>"));
        Assert.Equal("List<String>", instanceOf.Type.ToString());
        Assert.Equal(SyntaxKind.InstanceOfKeyword, instanceOf.InstanceOfKeyword.Kind);
    }

    [Theory]
    [InlineData("new Book()", null, "Book", null, 0)]
    [InlineData("new Book(\"t\", 3)", null, "Book", null, 2)]
    [InlineData("new Book::init(1)", null, "Book", "init", 1)]
    [InlineData("this.new Chapter()", "this", "Chapter", null, 0)]
    [InlineData("a.b.new Chapter::create(x)", "a.b", "Chapter", "create", 1)]
    [InlineData("new ArrayList<>()", null, "ArrayList<>", null, 0)]
    [InlineData("new HashMap<String, List<A>>()", null, "HashMap<String, List<A>>", null, 0)]
    public void Object_creation(string expression, string? receiver, string type, string? constructor, int arguments)
    {
        var creation = Assert.IsType<ObjectCreationExpressionSyntax>(FmlText.Expression(expression));
        Assert.Equal(receiver, creation.Receiver?.ToString());
        Assert.Equal(receiver is null, creation.Dot is null);
        Assert.Equal(type, creation.Type.ToString());
        Assert.Equal(constructor, creation.Constructor?.Identifier.Text);
        Assert.Equal(arguments, creation.Arguments.Arguments.Count);
        Assert.Null(creation.WithKeyword);
    }

    [Fact]
    public void Model_instantiation_with_parameters()
    {
        var creation = Assert.IsType<ObjectCreationExpressionSyntax>(
            FmlText.Expression("new HelloWorld() with (name=\"test1\", uri=\"http://x\")"));
        Assert.NotNull(creation.WithKeyword);
        var arguments = creation.WithArguments!.Arguments;
        Assert.Equal(["name", "uri"], arguments.Select(a => a.Name.Text));
        Assert.Equal("\"test1\"", arguments[0].Value.ToString());
    }

    [Fact]
    public void Object_creation_is_an_ordinary_operand() =>
        Assert.Equal("(new A().b + 1)", FmlText.Shape(FmlText.Expression("new A().b + 1")));

    [Theory]
    [InlineData("model")]
    [InlineData("concept")]
    [InlineData("delete")]
    [InlineData("select")]
    [InlineData("log")]
    [InlineData("match")]
    [InlineData("from")]
    [InlineData("values")]
    [InlineData("create")]
    [InlineData("return")]
    [InlineData("begin")]
    [InlineData("end")]
    [InlineData("set")]
    [InlineData("get")]
    [InlineData("abstract")]
    public void Contextual_keywords_are_names_in_expressions(string keyword)
    {
        var name = Assert.IsType<IdentifierNameSyntax>(FmlText.Expression(keyword));
        Assert.Equal(SyntaxKind.IdentifierToken, name.Identifier.Kind);
        Assert.Equal(keyword, name.Identifier.Text);
        Assert.Equal($"({keyword} * {keyword}.size)", FmlText.Shape(FmlText.Expression($"{keyword} * {keyword}.size")));
    }

    [Theory]
    [InlineData("delete.size")]
    [InlineData("select.get(0)")]
    [InlineData("model.name")]
    [InlineData("x.delete")]
    [InlineData("x.select")]
    [InlineData("x.model.concept")]
    [InlineData("log(1)")]
    public void Contextual_keywords_in_paths(string expression) => FmlText.Expression(expression);

    [Fact]
    public void Predefined_type_name_before_a_dot_is_kept_as_a_name() =>
        Assert.Equal("int.class", FmlText.Shape(FmlText.Expression("int.class")));

    [Theory]
    [InlineData("a +", "FML1012")]
    [InlineData("(a", "FML1010")]
    [InlineData("f(a,", "FML1012")]
    [InlineData("a ? b", "FML1010")]
    [InlineData("a.", "FML1011")]
    [InlineData("1 = 2", "FML1017")]
    [InlineData("a + b = c", "FML1017")]
    public void Malformed_expression_gives_one_error(string expression, string code)
    {
        var tree = FmlText.Parse($"model M {{ f() {{ x = {expression}; }} }}");
        Assert.Equal(code, Assert.Single(tree.Diagnostics).Code);
    }
}
