using static Flexo.Fml.Tests.Formatting.FormatAssert;

namespace Flexo.Fml.Tests.Formatting;

public sealed class ExpressionFormattingTests
{
    [Theory]
    [InlineData("a+b", "a + b")]
    [InlineData("a  *b", "a * b")]
    [InlineData("a<<2", "a << 2")]
    [InlineData("a>>2", "a >> 2")]
    [InlineData("a>>>2", "a >>> 2")]
    [InlineData("a&&b||c", "a && b || c")]
    [InlineData("a&b|c^d", "a & b | c ^ d")]
    [InlineData("a==b!=c", "a == b != c")]
    [InlineData("a<=b", "a <= b")]
    [InlineData("a%b/c", "a % b / c")]
    public void Binary_operators_have_single_spaces(string source, string expected)
    {
        Assert.Equal(expected, Expression(source));
    }

    [Theory]
    [InlineData("(a+b)*c", "(a + b) * c")]
    [InlineData("a+(b*c)", "a + b * c")]
    [InlineData("(a*b)+c", "a * b + c")]
    [InlineData("(a+b)+c", "a + b + c")]
    [InlineData("a+(b+c)", "a + (b + c)")]
    [InlineData("a-(b-c)", "a - (b - c)")]
    [InlineData("a-(b+c)", "a - (b + c)")]
    [InlineData("(a-b)-c", "a - b - c")]
    [InlineData("((((a))))", "a")]
    [InlineData("(a)", "a")]
    [InlineData("(a.b).c", "a.b.c")]
    [InlineData("(f(x)).g()", "f(x).g()")]
    [InlineData("(a+b).c", "(a + b).c")]
    [InlineData("(a || b) && c", "(a || b) && c")]
    [InlineData("a || (b && c)", "a || b && c")]
    [InlineData("(a < b) == (c > d)", "a < b == c > d")]
    [InlineData("(a == b) == c", "a == b == c")]
    [InlineData("a == (b == c)", "a == (b == c)")]
    [InlineData("(a + b) < c", "a + b < c")]
    [InlineData("(x instanceof Foo) && y", "x instanceof Foo && y")]
    [InlineData("(a + b) instanceof Foo", "a + b instanceof Foo")]
    [InlineData("(a == b) instanceof Foo", "(a == b) instanceof Foo")]
    [InlineData("!(a && b)", "!(a && b)")]
    [InlineData("!(a)", "!a")]
    [InlineData("-(a.b)", "-a.b")]
    [InlineData("(-a).b", "(-a).b")]
    [InlineData("(a++).b", "a++.b")]
    [InlineData("-(a++)", "-a++")]
    [InlineData("(-a)++", "(-a)++")]
    public void Parentheses_only_where_priority_needs_them(string source, string expected)
    {
        Assert.Equal(expected, Expression(source));
    }

    [Fact]
    public void Relational_operators_are_not_associative_so_parentheses_stay()
    {
        Assert.Equal("(a < b) < c", Expression("(a < b) < c"));
        Assert.Equal("(a instanceof B) < c", Expression("(a instanceof B) < c"));
        Assert.Equal("a instanceof B == c", Expression("(a instanceof B) == c"));
    }

    [Theory]
    [InlineData("c?a:b", "(c ? a : b)")]
    [InlineData("(c ? a : b)", "(c ? a : b)")]
    [InlineData("((c ? a : b))", "(c ? a : b)")]
    [InlineData("c ? a : d ? e : f", "(c ? a : (d ? e : f))")]
    [InlineData("(c ? a : b) + 1", "(c ? a : b) + 1")]
    [InlineData("a || b ? c + 1 : d", "(a || b ? c + 1 : d)")]
    [InlineData("(a = b) ? c : d", "((a = b) ? c : d)")]
    [InlineData("c ? x = 1 : 2", "(c ? x = 1 : 2)")]
    [InlineData("c ? 1 : (x = 2)", "(c ? 1 : (x = 2))")]
    public void Conditional_is_always_parenthesized(string source, string expected)
    {
        Assert.Equal(expected, Expression(source));
    }

    [Theory]
    [InlineData("(int) 3.5", "(int)3.5")]
    [InlineData("(Foo)item", "(Foo)item")]
    [InlineData("(Foo)(item)", "(Foo)item")]
    [InlineData("(Foo) (item.bar)", "(Foo)item.bar")]
    [InlineData("(Foo)(a + b)", "(Foo)(a + b)")]
    [InlineData("(int)-x", "(int)-x")]
    [InlineData("(Foo)(-x)", "(Foo)(-x)")]
    [InlineData("(Foo)(!x)", "(Foo)!x")]
    [InlineData("(Foo)(++x)", "(Foo)(++x)")]
    [InlineData("(java.util.List<String>)x", "(java.util.List<String>)x")]
    [InlineData("(Foo[])x", "(Foo[])x")]
    [InlineData("(Foo)(Bar)x", "(Foo)(Bar)x")]
    [InlineData("((Foo)x).bar()", "((Foo)x).bar()")]
    public void Casts(string source, string expected)
    {
        Assert.Equal(expected, Expression(source));
    }

    [Theory]
    [InlineData("- -a", "- -a")]
    [InlineData("-(-a)", "- -a")]
    [InlineData("-(--a)", "- --a")]
    [InlineData("+(+a)", "+ +a")]
    [InlineData("+(++a)", "+ ++a")]
    [InlineData("-(+a)", "-+a")]
    [InlineData("!!a", "!!a")]
    [InlineData("~ a", "~a")]
    [InlineData("a - -b", "a - -b")]
    [InlineData("a-(-b)", "a - -b")]
    [InlineData("a+ ++b", "a + ++b")]
    [InlineData("a++ + b", "a++ + b")]
    public void Unary_operators(string source, string expected)
    {
        Assert.Equal(expected, Expression(source));
    }

    [Theory]
    [InlineData("f( a , b )", "f(a,b)")]
    [InlineData("a.b( ).c(x,y).d", "a.b().c(x,y).d")]
    [InlineData("new Foo( 1 , 2 )", "new Foo(1,2)")]
    [InlineData("new ConceptB :: constructor4(\"test\", 3)", "new ConceptB::constructor4(\"test\",3)")]
    [InlineData("this . new X()", "this.new X()")]
    [InlineData("new M() with ( name = \"n\" , uri=u )", "new M() with (name=\"n\",uri=u)")]
    [InlineData("new ArrayList<>()", "new ArrayList<>()")]
    [InlineData("new java.util.ArrayList<String>()", "new java.util.ArrayList<String>()")]
    [InlineData("new Foo().bar", "new Foo().bar")]
    [InlineData("(new Foo()).bar", "new Foo().bar")]
    [InlineData("super.init(a)", "super.init(a)")]
    [InlineData("super(a, b)", "super(a,b)")]
    [InlineData("super_Parent.init()", "super_Parent.init()")]
    [InlineData("(1).toString()", "(1).toString()")]
    [InlineData("(\"a\").length()", "\"a\".length()")]
    [InlineData("java.lang.Class.forName(\"X\")", "java.lang.Class.forName(\"X\")")]
    [InlineData("x.conceptType.name", "x.conceptType.name")]
    [InlineData("i++", "i++")]
    public void Calls_members_and_creation(string source, string expected)
    {
        Assert.Equal(expected, Expression(source));
    }

    [Theory]
    [InlineData("\"a\\\"b\\n\"", "\"a\\\"b\\n\"")]
    [InlineData("'\\t'", "'\\t'")]
    [InlineData("'\\u0041'", "'\\u0041'")]
    [InlineData("0x1F", "0x1F")]
    [InlineData("017", "017")]
    [InlineData("10L", "10L")]
    [InlineData("1.5e-3f", "1.5e-3f")]
    [InlineData(".5", ".5")]
    [InlineData("true", "true")]
    [InlineData("null", "null")]
    [InlineData("\"\"", "\"\"")]
    [InlineData("\"unité\"", "\"unité\"")]
    public void Literals_are_printed_as_written(string source, string expected)
    {
        Assert.Equal(expected, Expression(source));
    }

    [Theory]
    [InlineData("a=b", "a = b")]
    [InlineData("a = b = c", "a = b = c")]
    [InlineData("a = (b = c)", "a = b = c")]
    [InlineData("a+=1", "a += 1")]
    [InlineData("a>>=1", "a >>= 1")]
    [InlineData("a>>>=1", "a >>>= 1")]
    [InlineData("a.b = c", "a.b = c")]
    [InlineData("(a) = c", "a = c")]
    public void Assignments(string source, string expected)
    {
        Assert.Equal("x = " + expected, "x = " + Expression(source));
    }

    [Theory]
    [InlineData("select Foo from this", "select Foo from this")]
    [InlineData("select  unique Foo from this where(selected.a==1 , selected.b)", "select unique Foo from this where (selected.a == 1,selected.b)")]
    [InlineData("select OWLClass with SelectOWLClass(declared=true) from ontology", "select OWLClass with SelectOWLClass(declared=true) from ontology")]
    [InlineData("select Foo from (a.b)", "select Foo from a.b")]
    [InlineData("select Foo from (c ? a : b)", "select Foo from (c ? a : b)")]
    [InlineData("(select Foo from this).size()", "(select Foo from this).size()")]
    [InlineData("(select Foo from this)", "select Foo from this")]
    [InlineData("match C in s from this where (p=v, q = w+1) create::ctor(a, b)", "match C in s from this where (p=v,q=w + 1) create::ctor(a,b)")]
    [InlineData("match C from this where (p=v) unmatched: new C::init(v)", "match C from this where (p=v) unmatched: new C::init(v)")]
    [InlineData("begin match C from this where (selected.a == 1)", "begin match C from this where (selected.a == 1)")]
    [InlineData("FMLRT::NewInstance(conceptType=t, container=c, args=l)", "FMLRT::NewInstance(conceptType=t,container=c,args=l)")]
    [InlineData("DIAGRAM::AddShape(container=topLevel) in diagram", "DIAGRAM::AddShape(container=topLevel) in diagram")]
    [InlineData("TA::Act() in (a) from (b)", "TA::Act() in a from b")]
    public void Actions_as_values(string source, string expected)
    {
        Assert.Equal(expected, Expression(source));
    }

    [Theory]
    [InlineData("log(\"x\");", "log \"x\";")]
    [InlineData("log (\"a\" + b);", "log \"a\" + b;")]
    [InlineData("log ((\"a\" + b) + \" --> \") + c;", "log \"a\" + b + \" --> \" + c;")]
    [InlineData("log x.toString();", "log x.toString();")]
    [InlineData("log(c ? a : b);", "log (c ? a : b);")]
    [InlineData("fire new E(1, 2);", "fire new E(1,2);")]
    [InlineData("notify \"p\" in this;", "notify \"p\" in this;")]
    [InlineData("delete x;", "delete x;")]
    [InlineData("delete (x);", "delete x;")]
    [InlineData("delete x from y;", "delete x from y;")]
    [InlineData("end match C in s delete::del();", "end match C in s delete::del();")]
    [InlineData("end match C in s action::m(a , b);", "end match C in s action::m(a,b);")]
    [InlineData("end match C in s unmatched: x.delete();", "end match C in s unmatched: x.delete();")]
    [InlineData("DIAGRAM::AddShape(container=topLevel) in diagram;", "DIAGRAM::AddShape(container=topLevel) in diagram;")]
    [InlineData("(x.foo());", "x.foo();")]
    [InlineData("(a = b);", "a = b;")]
    [InlineData("++i;", "++i;")]
    public void Action_and_expression_statements(string source, string expected)
    {
        Assert.Equal([expected], BodyOf(source));
    }

    [Fact]
    public void Actions_in_operand_positions_keep_their_parentheses()
    {
        Assert.Equal("(select Foo from this) + 1", Expression("(select Foo from this) + 1"));
        Assert.Equal("!(select unique Foo from this)", Expression("!(select unique Foo from this)"));
        Assert.Equal("a + (select Foo from b)", Expression("a + (select Foo from b)"));
        Assert.Equal(["log (select Foo from this);"], BodyOf("log (select Foo from this);"));
        Assert.Equal(["delete (select unique Foo from this) from x;"], BodyOf("delete (select unique Foo from this) from x;"));
    }

    [Fact]
    public void Assignment_in_an_operand_position_keeps_its_parentheses()
    {
        Assert.Equal("(a = b) + 1", Expression("(a = b) + 1"));
        Assert.Equal("f(a = b)", Expression("f((a = b))"));
    }

    [Fact]
    public void Keyword_used_as_a_name_keeps_its_parentheses()
    {
        Assert.Equal(["return (model).foo;"], BodyOf("return (model).foo;"));
        Assert.Equal(["x = (!select) instanceof Foo;"], BodyOf("x = (!select) instanceof Foo;"));
        Assert.Equal(["x = ((int)(--select)) + 1;"], BodyOf("x = ((int)(--select)) + 1;"));
        Assert.Equal(["x = (log) + 1;"], BodyOf("x = (log) + 1;"));
        Assert.Equal(["x = (a + log) * 2;", "y = a + (from);"], BodyOf("x = (a + log) * 2; y = a + (from);"));
    }

    [Fact]
    public void Keyword_names_after_a_dot_or_inside_need_no_parentheses()
    {
        Assert.Equal(["return this.model + this.from * container.end;"], BodyOf("return (this.model) + (this.from) * (container.end);"));
        Assert.Equal(["return select.size();", "this.values = values + 1;"], BodyOf("return (select.size()); (this.values) = values + 1;"));
        Assert.Equal(["x = select.get(0) instanceof Foo;"], BodyOf("x = (select.get(0) instanceof Foo);"));
    }

    [Fact]
    public void Keyword_name_first_in_a_statement_keeps_its_parentheses()
    {
        Assert.Equal(["(do).x();", "(model) = 1;", "(select.a).b = 2;"], BodyOf("(do).x(); (model) = 1; (select.a).b = 2;"));
    }

    [Theory]
    [InlineData("log (++x);", "log (++x);")]
    [InlineData("log (--x.y);", "log (--x.y);")]
    [InlineData("log (-x);", "log -x;")]
    [InlineData("log (!x);", "log !x;")]
    [InlineData("delete (++x);", "delete (++x);")]
    [InlineData("fire (x++);", "fire x++;")]
    [InlineData("notify (in) in y;", "notify (in) in y;")]
    public void Operand_of_log_delete_fire_notify_must_start_like_an_operand(string source, string expected)
    {
        Assert.Equal([expected], BodyOf(source));
    }

    [Fact]
    public void Instanceof_and_generic_types()
    {
        Assert.Equal("x instanceof List<String>", Expression("x instanceof List<String>"));
        Assert.Equal("x instanceof Foo[]", Expression("x instanceof Foo[]"));
    }

    [Fact]
    public void Comparisons_with_generic_looking_names_stay_comparisons()
    {
        Assert.Equal("a < b && c > d", Expression("(a < b) && (c > d)"));
        Assert.Equal("a < b == c > d", Expression("(a < b) == (c > d)"));
    }

    [Fact]
    public void Parameter_default_values_and_keyword_arguments_take_conditional_expressions()
    {
        Formats(InModel("void f(int a = (1 + 2), int b = (c ? 1 : 2)) {}"),
            Lines("model M {", string.Empty, "\tvoid f(int a = 1 + 2, int b = (c ? 1 : 2)) {", "\t}", "}"));
    }
}
