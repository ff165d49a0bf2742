using System.Text;
using Flexo.Fml.Formatting;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Tests.Formatting;

/// <summary>
/// Random expressions, with random redundant and needed parentheses, random comments, in random statement positions:
/// every one that parses must format soundly (same structure, comments kept, idempotent).
/// </summary>
public sealed class RandomExpressionTests
{
    private static readonly string[] s_binary =
        ["*", "/", "%", "+", "-", "<<", ">>", ">>>", "<", ">", "<=", ">=", "==", "!=", "&", "^", "|", "&&", "||"];

    private static readonly string[] s_prefix = ["-", "+", "!", "~", "++", "--"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_expressions_format_soundly(int seed)
    {
        var random = new Random(seed);
        var failures = new List<string>();
        var tested = 0;
        for (var i = 0; i < 500; i++)
        {
            var expression = Generate(random, 3 + (i % 4));
            var statement = random.Next(9) switch
            {
                0 => $"x = {expression};",
                1 => $"return {expression};",
                2 => $"if ({expression}) y();",
                3 => $"f({expression}, {Generate(random, 2)});",
                4 => $"log {expression};",
                5 => $"({expression}).m();",
                6 => $"T v = {expression};",
                7 => $"x = y = {expression};",
                _ => $"for (T t : {expression}) {{ }}",
            };
            var source = "model M { int p = " + Generate(random, 2) + "; void g() { " + statement + " } }";
            var tree = SyntaxTree.Parse(source);
            if (tree.HasErrors)
            {
                continue;
            }

            tested++;
            var formatted = FmlFormatter.Format(tree);
            var problems = FormattingVerifier.Verify(tree, formatted);
            if (problems.Count > 0)
            {
                failures.Add(source + "\n  -> " + formatted.Replace("\n", "\n     ", StringComparison.Ordinal) + "\n  " + string.Join("\n  ", problems));
            }
        }

        Assert.True(tested > 100, $"only {tested} random sources parsed");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Random_statements_with_random_layout_format_soundly(int seed)
    {
        string[] gaps = [" ", " ", "\n", "\n\n", " /* c */ ", " // c\n", "\n// c\n", "\n\n// c\n\n", "\n /* a\n  b */\n", "/*d*/"];
        var random = new Random(seed);
        var failures = new List<string>();
        for (var i = 0; i < 150; i++)
        {
            var body = new StringBuilder();
            for (var j = random.Next(1, 4); j > 0; j--)
            {
                AppendStatement(body, random, 4);
            }

            var plain = "model M { void f() { " + body + " } }";
            var source = RoundTripTests.InjectComments(plain, _ => gaps[random.Next(gaps.Length)]);
            var tree = SyntaxTree.Parse(source);
            Assert.False(tree.HasErrors, source);
            var formatted = FmlFormatter.Format(tree);
            var problems = FormattingVerifier.Verify(tree, formatted);
            if (problems.Count > 0)
            {
                failures.Add(source + "\n  -> " + formatted + "\n  " + string.Join("\n  ", problems));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(3)));
    }

    private static void AppendStatement(StringBuilder builder, Random random, int depth)
    {
        switch (depth <= 0 ? random.Next(3) : random.Next(11))
        {
            case 0:
                builder.Append("x = a + 1; ");
                break;
            case 1:
                builder.Append("; ");
                break;
            case 2:
                builder.Append("log \"m\"; ");
                break;
            case 3:
                builder.Append("if (c) ");
                AppendStatement(builder, random, depth - 1);
                break;
            case 4:
                builder.Append("if (c) ");
                AppendStatement(builder, random, depth - 1);
                builder.Append("else ");
                AppendStatement(builder, random, depth - 1);
                break;
            case 5:
                builder.Append("while (c) ");
                AppendStatement(builder, random, depth - 1);
                break;
            case 6:
                builder.Append("do ");
                AppendStatement(builder, random, depth - 1);
                builder.Append("while (c); ");
                break;
            case 7:
                builder.Append("for (T t : ts) ");
                AppendStatement(builder, random, depth - 1);
                break;
            case 8:
                builder.Append("for (int i = 0; i < 3; i++) ");
                AppendStatement(builder, random, depth - 1);
                break;
            default:
                builder.Append("{ ");
                for (var k = random.Next(0, 3); k > 0; k--)
                {
                    AppendStatement(builder, random, depth - 1);
                }

                builder.Append("} ");
                break;
        }
    }

    private static string Generate(Random random, int depth)
    {
        var builder = new StringBuilder();
        Append(builder, random, depth);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Random random, int depth)
    {
        var parenthesize = random.Next(4) == 0;
        if (parenthesize)
        {
            builder.Append('(');
        }

        if (random.Next(12) == 0)
        {
            builder.Append(random.Next(2) == 0 ? "/* c */ " : "// c\n");
        }

        var choice = depth <= 0 ? random.Next(3) : random.Next(24);
        switch (choice)
        {
            case 0:
                builder.Append(random.Next(8) switch { 0 => "from", 1 => "in", 2 => "select", 3 => "model", 4 => "log", _ => "a" + random.Next(5) });
                break;
            case 1:
                builder.Append(random.Next(4) switch { 0 => "1", 1 => "\"s\"", 2 => "true", _ => "2.5" });
                break;
            case 2:
                builder.Append("o.m").Append(random.Next(3)).Append("()");
                break;
            case 3 or 4 or 5 or 6:
                Append(builder, random, depth - 1);
                builder.Append(' ').Append(s_binary[random.Next(s_binary.Length)]).Append(' ');
                Append(builder, random, depth - 1);
                break;
            case 7:
                builder.Append(s_prefix[random.Next(s_prefix.Length)]);
                Append(builder, random, depth - 1);
                break;
            case 8:
                builder.Append(random.Next(2) == 0 ? "(int)" : "(Foo)");
                Append(builder, random, depth - 1);
                break;
            case 9:
                Append(builder, random, depth - 1);
                builder.Append(" ? ");
                Append(builder, random, depth - 1);
                builder.Append(" : ");
                Append(builder, random, depth - 1);
                break;
            case 10:
                builder.Append('(');
                Append(builder, random, depth - 1);
                builder.Append(").f");
                break;
            case 11:
                builder.Append("g(");
                Append(builder, random, depth - 1);
                builder.Append(", ");
                Append(builder, random, depth - 1);
                builder.Append(')');
                break;
            case 12:
                Append(builder, random, depth - 1);
                builder.Append(" instanceof Foo");
                break;
            case 13:
                builder.Append("(v = ");
                Append(builder, random, depth - 1);
                builder.Append(')');
                break;
            case 14:
                builder.Append("(select Foo from ");
                Append(builder, random, depth - 1);
                builder.Append(random.Next(2) == 0 ? ")" : " where (p=1, selected.q))");
                break;
            case 15:
                builder.Append('(');
                Append(builder, random, depth - 1);
                builder.Append(")++");
                break;
            case 17:
                builder.Append(random.Next(2) == 0 ? "(Foo)(" : "(int)(");
                builder.Append(s_prefix[random.Next(s_prefix.Length)]);
                Append(builder, random, depth - 1);
                builder.Append(')');
                break;
            case 18:
                builder.Append('(');
                Append(builder, random, depth - 1);
                builder.Append(").new C(");
                Append(builder, random, depth - 1);
                builder.Append(')');
                break;
            case 19:
                builder.Append("TA::Act(k=");
                Append(builder, random, depth - 1);
                builder.Append(") in ");
                Append(builder, random, depth - 1);
                break;
            case 20:
                builder.Append("new M() with (name=");
                Append(builder, random, depth - 1);
                builder.Append(')');
                break;
            case 21:
                // Calls of methods named like actions: names everywhere but at the start of an action position.
                builder.Append(random.Next(3) switch { 0 => "(log (", 1 => "(delete(", _ => "(fire (" });
                Append(builder, random, depth - 1);
                builder.Append("))");
                break;
            case 22:
                builder.Append("(match C in ");
                Append(builder, random, depth - 1);
                builder.Append(" from this where (p=");
                Append(builder, random, depth - 1);
                builder.Append(") create::c())");
                break;
            default:
                builder.Append("new C(");
                Append(builder, random, depth - 1);
                builder.Append(").m()");
                break;
        }

        if (parenthesize)
        {
            builder.Append(')');
        }
    }
}
