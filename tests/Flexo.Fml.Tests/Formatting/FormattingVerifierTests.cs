using Flexo.Fml.Formatting;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Tests.Formatting;

/// <summary>The checks used by every other formatter test must themselves catch what they claim to catch.</summary>
public sealed class FormattingVerifierTests
{
    private static string? Difference(string a, string b) =>
        FormattingVerifier.FindStructuralDifference(SyntaxTree.Parse(a), SyntaxTree.Parse(b));

    [Theory]
    [InlineData("x = a + b * c;", "x = (a + b) * c;")]
    [InlineData("x = a - b - c;", "x = a - (b - c);")]
    [InlineData("x = a;", "x = b;")]
    [InlineData("x = 1;", "x = 1L;")]
    [InlineData("x = \"a\";", "x = \"b\";")]
    [InlineData("if (a) x(); y();", "if (a) { x(); y(); }")]
    [InlineData("if (a) if (b) x(); else y();", "if (a) { if (b) x(); } else y();")]
    [InlineData("x(); y();", "y(); x();")]
    [InlineData("{ x(); }", "x();")]
    [InlineData("x = (T)a;", "x = T(a);")]
    public void Real_differences_are_found(string left, string right)
    {
        Assert.NotNull(Difference(Wrap(left), Wrap(right)));
    }

    [Theory]
    [InlineData("x = a + b * c;", "x = a + (b * c);")]
    [InlineData("x = (a);", "x = ((a));")]
    [InlineData("if (a) x();", "if (a) { x(); }")]
    [InlineData("if (a) x(); else if (b) y();", "if (a) { x(); } else { if (b) { y(); } }")]
    [InlineData("while (a) ;", "while (a) { }")]
    [InlineData("x();;;", "x();")]
    [InlineData("log(\"x\");", "log \"x\";")]
    public void Deliberate_normalizations_are_ignored(string left, string right)
    {
        Assert.Null(Difference(Wrap(left), Wrap(right)));
    }

    [Fact]
    public void Member_header_and_modifier_order_are_ignored_but_not_member_contents()
    {
        Assert.Null(Difference("import [\"a\"];\nimport b.C;\nmodel M { void f(); int x; abstract public int y; }",
            "import b.C;\nimport [\"a\"];\nmodel M { int x; public abstract int y; void f(); }"));
        Assert.NotNull(Difference("model M { int x; int y; }", "model M { int y; int x; }"));
        Assert.Null(Difference("model M { String... s with K; }", "model M { String[0,*] s with K(); }"));
        Assert.NotNull(Difference("model M { String[1,*] s; }", "model M { String[0,*] s; }"));
    }

    [Fact]
    public void Lost_comments_are_found()
    {
        var original = SyntaxTree.Parse("// a\nmodel M { /* b */ int x; // c\n}");
        Assert.Empty(FormattingVerifier.FindMissingComments(original, SyntaxTree.Parse("// c\n// a\nmodel M {\n\t/* b */ int x;\n}")));
        Assert.Equal(["// c"], FormattingVerifier.FindMissingComments(original, SyntaxTree.Parse("// a\nmodel M { /* b */ int x; }")));
        Assert.Equal(["// a"], FormattingVerifier.FindMissingComments(SyntaxTree.Parse("// a\n// a\nmodel M {}"), SyntaxTree.Parse("// a\nmodel M {}")));
    }

    [Fact]
    public void Block_comment_continuation_indentation_is_not_significant()
    {
        Assert.Empty(FormattingVerifier.FindMissingComments(SyntaxTree.Parse("/* a\n     * b\n     */\nmodel M {}"),
            SyntaxTree.Parse("/* a\n\t * b\n\t */\nmodel M {}")));
    }

    [Fact]
    public void Verify_reports_syntax_errors_and_structure_changes()
    {
        var tree = SyntaxTree.Parse("model M { int x; }");
        Assert.Empty(FormattingVerifier.Verify(tree, "model M {\n\tint x;\n}\n"));
        Assert.Contains(FormattingVerifier.Verify(tree, "model M {"), p => p.Contains("syntax errors", StringComparison.Ordinal));
        Assert.Contains(FormattingVerifier.Verify(tree, "model M {\n\tint y;\n}\n"), p => p.Contains("structure", StringComparison.Ordinal));
        Assert.Contains(FormattingVerifier.Verify(tree, "model M { int x; }"), p => p.Contains("idempotent", StringComparison.Ordinal));
    }

    [Fact]
    public void Format_refuses_trees_with_errors()
    {
        Assert.Throws<InvalidOperationException>(() => FmlFormatter.Format(SyntaxTree.Parse("model M { int }")));
        Assert.Throws<ArgumentNullException>(() => FmlFormatter.Format(null!));
    }

    private static string Wrap(string statements) => "model M { void f() { " + statements + " } }";
}
