using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests;

/// <summary>
/// Minimal repros of the parser bugs found by this suite (PB1...), named after the bug. Open bugs are skipped (remove
/// the Skip when the bug is fixed); fixed ones stay as regression tests. Open bugs that break the tree invariants are
/// also listed in <see cref="KnownParserBugs"/>, so that the random tests keep running around them.
/// </summary>
public sealed class KnownParserBugTests
{
    private static readonly ParseOptions s_tiny = new() { MaxDepth = 8 };

    /// <summary>Fails when a listed bug is fixed, so that its exemption gets removed.</summary>
    [Fact]
    public void Listed_bugs_are_still_present()
    {
        var fixedBugs = KnownParserBugs.All.Where(b => !b.StillPresent).Select(b => $"{b.Id} ({b.Summary})").ToList();
        Assert.True(fixedBugs.Count == 0,
            "Fixed, well done! Remove these entries from KnownParserBugs and the Skip of their tests: " + string.Join("; ", fixedBugs));
    }

    // ---- fixed: regression tests

    [Fact]
    public void PB1_Modifiers_before_assert_are_kept()
    {
        const string text = "model M { private assert x; }";
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(text, tree.ToFullString());
        TreeChecks.AssertSound(text, tree);
    }

    [Fact]
    public void PB2_Value_of_a_missing_number_is_null()
    {
        var tree = SyntaxTree.Parse("model M { String[ x; }");
        var missing = tree.Root.DescendantTokens().First(t => t.IsMissing && t.Kind == SyntaxKind.NumericLiteralToken);
        Assert.Null(missing.Value);
    }

    [Fact]
    public void PB3_Binary_chain_at_the_depth_limit_is_reported_and_sound()
    {
        const string text = "model M { int f() { return a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a; } }";
        var tree = SyntaxTree.Parse(text, null, s_tiny);
        TreeChecks.AssertSound(text, tree, 8);
        Assert.True(tree.Diagnostics.IsEmpty || FmlText.Codes(tree).SequenceEqual(["FML1020"]), StageDumps.DescribeAll(tree));
    }

    [Fact]
    public void PB4_Postfix_chain_at_the_depth_limit_is_parsed_or_reported()
    {
        const string text = "model M { int f() { return a.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b; } }";
        var tree = SyntaxTree.Parse(text, null, s_tiny);
        TreeChecks.AssertSound(text, tree, 8);
        Assert.True(tree.Diagnostics.IsEmpty || FmlText.Codes(tree).SequenceEqual(["FML1020"]), StageDumps.DescribeAll(tree));
    }

    [Fact]
    public void PB4_Long_path_beyond_the_depth_limit_is_FML1020()
    {
        var tree = SyntaxTree.Parse("model M { int f() { return a.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b; } }", null, s_tiny);
        Assert.Equal("FML1020", tree.Diagnostics[0].Code);
        Assert.InRange(tree.Diagnostics.Length, 1, 2);
    }

    [Fact]
    public void PB4_Call_chain_at_the_depth_limit_does_not_cascade()
    {
        var tree = SyntaxTree.Parse("model M { void f() { a()()()()()()()()()()()()()()()()()()()()()()()()()()()()()(); } }", null, s_tiny);
        Assert.True(tree.Diagnostics.Length <= 1, StageDumps.DescribeAll(tree));
    }

    [Fact]
    public void PB6_Invalid_number_message_stays_short()
    {
        var (_, diagnostics) = FmlText.Lex(new string('9', 100_000));
        Assert.True(Assert.Single(diagnostics).Message.Length < 200);
    }

    [Theory]
    [InlineData("model M { int i = 2147483648; }")]
    [InlineData("model M { long l = 9223372036854775808L; }")]
    public void PB7_Decimal_literal_just_out_of_range_is_FML1006(string text) =>
        Assert.Equal(["FML1006"], FmlText.Codes(SyntaxTree.Parse(text)));

    [Theory]
    [InlineData("0x1F", 31)]
    [InlineData("0X1f", 31)]
    [InlineData("0x7FFFFFFF", int.MaxValue)]
    [InlineData("0xFFFFFFFF", -1)]
    [InlineData("017", 15)]
    [InlineData("00", 0)]
    public void PB8_Hex_and_octal_literals_that_fit_are_int(string text, int expected)
    {
        var token = FmlText.SingleToken(text);
        Assert.Empty(FmlText.Lex(text).Diagnostics);
        Assert.Equal(expected, Assert.IsType<int>(token.Value));
    }

    [Fact]
    public void PB9_Name_as_lower_cardinality_bound_is_FML1019() =>
        Assert.Equal(["FML1019"], FmlText.Codes(SyntaxTree.Parse("model M { String[a,b] s; }")));

    [Theory]
    [InlineData("@VirtualModel public class Legacy { }")]
    [InlineData("@VirtualModel\nclass Legacy { int x; }")]
    public void PB10_Legacy_syntax_after_an_annotation_without_arguments_is_one_FML1030(string text) =>
        Assert.Equal(["FML1030"], FmlText.Codes(SyntaxTree.Parse(text)));

    [Fact]
    public void PB12_Keyword_arguments_at_the_depth_limit_stay_in_the_tree()
    {
        const string text = "model M { A a with K(k=K:(k=K:(k=K:(k=K:(k=K:(k=K:(k=K:(k=K:(k=K:(k=K:(x=1)))))))))); }";
        var tree = SyntaxTree.Parse(text, null, s_tiny);
        Assert.Equal(text, tree.ToFullString());
        Assert.Equal(["FML1020"], FmlText.Codes(tree));
    }

    [Fact]
    public void PB14_Local_declaration_with_deeply_nested_generics()
    {
        var text = "model M { void f() { " + string.Concat(Enumerable.Repeat("List<", 34)) + "X" + new string('>', 34) + " x = null; } }";
        var tree = SyntaxTree.Parse(text);
        Assert.Empty(tree.Diagnostics);
        Assert.IsType<LocalDeclarationStatementSyntax>(FmlText.First<BlockSyntax>(tree).Statements.Single());
    }

    [Fact]
    public void PB15_Object_creation_at_the_depth_limit_does_not_cascade()
    {
        var tree = SyntaxTree.Parse("model M { void f() { x = new A(new A(new A())); } }", null, s_tiny);
        Assert.Equal(["FML1020"], FmlText.Codes(tree));
    }

    [Fact]
    public void PB16_Array_dimensions_count_towards_the_depth_limit()
    {
        var text = "model M { int" + string.Concat(Enumerable.Repeat("[]", 100)) + " x; }";
        var tree = SyntaxTree.Parse(text, null, s_tiny);
        Assert.True(TreeChecks.Depth(tree.Root) <= TreeChecks.TreeDepthLimit(8) || FmlText.Codes(tree).Contains("FML1020"));
    }

    [Theory]
    [InlineData("model M { int delete; void f() { return; if (delete - 1 > 0) { } } }")]
    [InlineData("model M { int log; void f() { return; while (log - 1 > 0) { } } }")]
    [InlineData("model M { int delete; void f() { return; } int x; @A(delete - 1) int g() { return 1; } }")]
    public void PB17_A_keyword_used_as_a_name_does_not_depend_on_the_previous_statement(string text)
    {
        var tree = SyntaxTree.Parse(text);
        Assert.Empty(tree.Diagnostics);
        Assert.DoesNotContain(tree.Root.DescendantNodesAndSelf(), n => n is DeleteExpressionSyntax or LogExpressionSyntax);
    }

    [Fact]
    public void PB18_A_missing_expression_is_located_where_it_is_missing()
    {
        const string text = "model M { void f() { x = ; } }";
        var missing = FmlText.First<MissingExpressionSyntax>(SyntaxTree.Parse(text));
        Assert.Equal(0, missing.Span.Length);
        Assert.Equal(0, missing.FullSpan.Length);
        Assert.InRange(missing.Span.Start, text.IndexOf('=', StringComparison.Ordinal) + 1, text.IndexOf(';', StringComparison.Ordinal));
    }

    [Fact]
    public void PB19_Diagnostics_do_not_depend_on_line_breaks()
    {
        var sameLine = SyntaxTree.Parse("model M { boolean f() { return x instanceof 3; } }");
        var nextLine = SyntaxTree.Parse("model M { boolean f() { return x instanceof\n 3; } }");
        Assert.Equal(FmlText.Codes(sameLine), FmlText.Codes(nextLine));
    }

    [Fact]
    public void PB20_Conditional_at_the_depth_limit_keeps_its_condition()
    {
        const string text = "model M { int f() { return (((((a ? b : c))))); } }";
        var tree = SyntaxTree.Parse(text, null, s_tiny);
        Assert.Equal(text, tree.ToFullString());
        Assert.Equal(["FML1020"], FmlText.Codes(tree));
    }

    [Fact]
    public void PB5_Nested_casts_at_the_depth_limit_do_not_cascade()
    {
        var tree = SyntaxTree.Parse("model M { void f() { x = (A) (A) (A) (A) (A) (A) (A) (A) (A) (A) c; } }", null, s_tiny);
        Assert.Equal(["FML1020"], FmlText.Codes(tree));
    }

    [Theory]
    [InlineData("model M {\n\tvoid f()\n\t\tx = 1;\n\t\ty = 2;\n\t\tif (x > 0) { z(); }\n\t\treturn;\n\t}\n\tint b;\n}")]
    [InlineData("model M {\n\tvoid f() {\n\t\tx = 1;\n\t}\n\t\ty = 2;\n\t\tif (x > 0) { z(); }\n\t\treturn;\n\t}\n\tint b;\n}")]
    [InlineData("model M {\n\tvoid f() {\n\t\tx();\n\t\t) ] garbage here +++ ;\n\t\ty();\n\t}\n\tint b;\n}")]
    [InlineData("model M {\n\tvoid f() {\n\t\tx();\n\t\t@@ 12 ;\n\t\ty();\n\t}\n\tint b;\n}")]
    [InlineData("model M {\n\tvoid f() {\n\t\twhile x > 0) { y(); }\n\t\tz();\n\t}\n}")]
    public void PB11_A_broken_statement_gives_at_most_two_diagnostics(string text)
    {
        var tree = SyntaxTree.Parse(text);
        Assert.InRange(tree.Diagnostics.Length, 1, 2);
    }

    [Fact]
    public void PB13_Else_if_chain_at_the_depth_limit_does_not_cascade()
    {
        var text = "model M { void f() { " + string.Concat(Enumerable.Repeat("if (a) x(); else ", 10)) + "x(); } }";
        var tree = SyntaxTree.Parse(text, null, s_tiny);
        Assert.Equal(["FML1020"], FmlText.Codes(tree));
    }

    [Fact]
    public void PB14_Local_declaration_with_generics_beyond_the_depth_limit_is_FML1020()
    {
        var text = "model M { void f() { " + string.Concat(Enumerable.Repeat("List<", 12)) + "X" + new string('>', 12) + " x = null; } }";
        var tree = SyntaxTree.Parse(text, null, s_tiny);
        Assert.Equal("FML1020", tree.Diagnostics[0].Code);
        Assert.InRange(tree.Diagnostics.Length, 1, 2);
    }

    // ---- open

    [Theory]
    [InlineData("\"http://example.org/\" as NS;\nuse a.b.C as TA;\nuse a.b.D as TB;\nimport java.util.List;\nmodel M { }")]
    [InlineData("namespace as NS;\nuse a.b.C as TA;\nuse a.b.D as TB;\nimport java.util.List;\nmodel M { }")]
    public void PB21_A_broken_header_declaration_does_not_cascade(string text)
    {
        var tree = SyntaxTree.Parse(text);
        Assert.InRange(tree.Diagnostics.Length, 1, 2);
        Assert.DoesNotContain(tree.Diagnostics, d => d.Code == "FML1033");
    }

    [Theory]
    [InlineData("model M {\n\tvoid f()\n\t\tmatch Target in heavy from this where (key=\"c\") create::fromKey(\"c\", 90);\n\t\tend match Target in heavy delete::discard();\n\t}\n}\n")]
    [InlineData("model M {\n\tvoid f()\n\t\tlog \"x\";\n\t\tdelete x;\n\t\tselect A from this;\n\t\tFMLRT::AddShape() in d;\n\t}\n}\n")]
    public void PB22_Actions_among_declarations_do_not_cascade(string text)
    {
        var tree = SyntaxTree.Parse(text);
        Assert.InRange(tree.Diagnostics.Length, 1, 3);
    }
}
