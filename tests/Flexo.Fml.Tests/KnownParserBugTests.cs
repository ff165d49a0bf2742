using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests;

/// <summary>
/// Minimal repros of the parser bugs found by this suite (PB1...), one skipped test each, named after the bug.
/// Remove the Skip when the bug is fixed. The bugs that break the tree invariants are also listed in
/// <see cref="KnownParserBugs"/>, so that the random tests keep running around them.
/// </summary>
public sealed class KnownParserBugTests
{
    /// <summary>Fails when a listed bug is fixed, so that its exemption and its Skip get removed.</summary>
    [Fact]
    public void Listed_bugs_are_still_present()
    {
        var fixedBugs = KnownParserBugs.All.Where(b => !b.StillPresent).Select(b => $"{b.Id} ({b.Summary})").ToList();
        if (!KnownParserBugs.StaleActionPositionIsPresent.Value)
        {
            fixedBugs.Add("PB17 (stale action position after 'return;'), also regenerate the baselines of TestData/Valid/Keywords.fml");
        }

        if (!KnownParserBugs.LayoutDependentNotAStatementIsPresent.Value)
        {
            fixedBugs.Add("PB19 (layout-dependent FML1018)");
        }

        if (!KnownParserBugs.TokenlessNodeAtOffsetZeroIsPresent.Value)
        {
            fixedBugs.Add("PB18 (tokenless node at offset 0), also regenerate the baselines");
        }

        Assert.True(fixedBugs.Count == 0,
            "Fixed, well done! Remove these entries from KnownParserBugs and the Skip of their tests: " + string.Join("; ", fixedBugs));
    }

    /// <summary>Fixed in the parser; kept as a regression test.</summary>
    [Fact]
    public void PB1_Modifiers_before_assert_are_kept()
    {
        const string text = "model M { private assert x; }";
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(text, tree.ToFullString());
        TreeChecks.AssertSound(text, tree);
    }

    [Fact(Skip = "parser bug PB2: SyntaxToken.Value throws IndexOutOfRangeException on a missing numeric literal")]
    public void PB2_Value_of_a_missing_number_is_null()
    {
        var tree = SyntaxTree.Parse("model M { String[ x; }");
        var missing = tree.Root.DescendantTokens().First(t => t.IsMissing && t.Kind == SyntaxKind.NumericLiteralToken);
        Assert.Null(missing.Value);
    }

    [Fact(Skip = "parser bug PB3: a binary chain at the depth limit gets its missing operator token after the skipped tokens")]
    public void PB3_Binary_chain_at_the_depth_limit_is_reported_and_sound()
    {
        var text = KnownParserBugs.BinaryChainCutAtDepthLimit.Repro;
        var tree = SyntaxTree.Parse(text, null, new ParseOptions { MaxDepth = 8 });
        TreeChecks.AssertSound(text, tree);
        Assert.True(tree.Diagnostics.IsEmpty || FmlText.Codes(tree).SequenceEqual(["FML1020"]), StageDumps.DescribeAll(tree));
    }

    /// <summary>The silent part of PB4 (a bogus member access appended without any diagnostic) is fixed; kept as a regression test.</summary>
    [Fact]
    public void PB4_Postfix_chain_at_the_depth_limit_is_parsed_or_reported()
    {
        const string text = "model M { int f() { return a.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b; } }";
        var tree = SyntaxTree.Parse(text, null, new ParseOptions { MaxDepth = 8 });
        TreeChecks.AssertSound(text, tree);
        Assert.True(tree.Diagnostics.IsEmpty || FmlText.Codes(tree).SequenceEqual(["FML1020"]), StageDumps.DescribeAll(tree));
    }

    [Fact(Skip = "parser bug PB4: a call chain beyond the depth limit cascades (21 diagnostics here, about 98,000 for 50,000 calls)")]
    public void PB4_Call_chain_at_the_depth_limit_does_not_cascade()
    {
        var tree = SyntaxTree.Parse("model M { void f() { a()()()()()()()()()()()()()()()()()()()()()()()()()()()()()(); } }", null,
            new ParseOptions { MaxDepth = 8 });
        Assert.True(tree.Diagnostics.Length <= 1, StageDumps.DescribeAll(tree));
    }

    /// <summary>The path part of PB4 is fixed (FML1020 is reported); kept as a regression test.</summary>
    [Fact]
    public void PB4_Long_path_beyond_the_depth_limit_is_FML1020()
    {
        var tree = SyntaxTree.Parse("model M { int f() { return a.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b; } }", null,
            new ParseOptions { MaxDepth = 8 });
        Assert.Equal("FML1020", tree.Diagnostics[0].Code);
        Assert.InRange(tree.Diagnostics.Length, 1, 2);
    }

    [Fact(Skip = "parser bug PB5: nested casts at the depth limit cascade (7 diagnostics here, 154 for 10,000 casts)")]
    public void PB5_Nested_casts_at_the_depth_limit_do_not_cascade()
    {
        var tree = SyntaxTree.Parse("model M { void f() { x = (A) (A) (A) (A) (A) (A) (A) (A) (A) (A) c; } }", null, new ParseOptions { MaxDepth = 8 });
        Assert.Equal(["FML1020"], FmlText.Codes(tree));
    }

    [Fact(Skip = "parser bug PB6: FML1006 embeds the whole literal in its message (a 100 KB message for 100,000 digits)")]
    public void PB6_Invalid_number_message_stays_short()
    {
        var (_, diagnostics) = FmlText.Lex(new string('9', 100_000));
        Assert.True(Assert.Single(diagnostics).Message.Length < 200);
    }

    /// <summary>The int part of PB7 is fixed; kept as a regression test.</summary>
    [Fact]
    public void PB7_Int_literal_just_out_of_range_is_FML1006() =>
        Assert.Equal(["FML1006"], FmlText.Codes(SyntaxTree.Parse("model M { int i = 2147483648; }")));

    [Fact(Skip = "parser bug PB7: 9223372036854775808L is accepted and wraps to long.MinValue")]
    public void PB7_Long_literal_just_out_of_range_is_FML1006() =>
        Assert.Equal(["FML1006"], FmlText.Codes(SyntaxTree.Parse("model M { long l = 9223372036854775808L; }")));

    [Theory(Skip = "parser bug PB8: hex and octal literals that fit in an int get a long Value (0xFFFFFFFF gives -1L)")]
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

    [Fact(Skip = "parser bug PB9: a name is accepted as the lower cardinality bound ('String[a,b] s;' gives no diagnostic)")]
    public void PB9_Name_as_lower_cardinality_bound_is_FML1019() =>
        Assert.Equal(["FML1019"], FmlText.Codes(SyntaxTree.Parse("model M { String[a,b] s; }")));

    [Theory(Skip = "parser bug PB10: the legacy syntax is not recognised when an annotation without arguments precedes the class")]
    [InlineData("@VirtualModel public class Legacy { }")]
    [InlineData("@VirtualModel\nclass Legacy { int x; }")]
    public void PB10_Legacy_syntax_after_an_annotation_without_arguments_is_one_FML1030(string text) =>
        Assert.Equal(["FML1030"], FmlText.Codes(SyntaxTree.Parse(text)));

    [Theory(Skip = "parser bug PB11: statement-level recovery cascades (one or more diagnostics per following statement)")]
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

    [Fact(Skip = "parser bug PB12: a keyword-argument list at the depth limit drops its content from the tree")]
    public void PB12_Keyword_arguments_at_the_depth_limit_stay_in_the_tree()
    {
        var text = KnownParserBugs.KeywordArgumentsDroppedAtDepthLimit.Repro;
        var tree = SyntaxTree.Parse(text, null, new ParseOptions { MaxDepth = 8 });
        Assert.Equal(text, tree.ToFullString());
        Assert.Equal(["FML1020"], FmlText.Codes(tree));
    }

    [Fact(Skip = "parser bug PB13: a long else-if chain at the depth limit cascades (151 diagnostics for 10,000 else-if)")]
    public void PB13_Else_if_chain_at_the_depth_limit_does_not_cascade()
    {
        var text = "model M { void f() { " + string.Concat(Enumerable.Repeat("if (a) x(); else ", 10)) + "x(); } }";
        var tree = SyntaxTree.Parse(text, null, new ParseOptions { MaxDepth = 8 });
        Assert.Equal(["FML1020"], FmlText.Codes(tree));
    }

    [Fact(Skip = "parser bug PB14: a local declaration with more than 32 nested type arguments is parsed as comparisons (46 diagnostics)")]
    public void PB14_Local_declaration_with_deeply_nested_generics()
    {
        var text = "model M { void f() { " + string.Concat(Enumerable.Repeat("List<", 34)) + "X" + new string('>', 34) + " x = null; } }";
        var tree = SyntaxTree.Parse(text);
        Assert.Empty(tree.Diagnostics);
        Assert.IsType<LocalDeclarationStatementSyntax>(FmlText.First<BlockSyntax>(tree).Statements.Single());
    }

    [Fact(Skip = "parser bug PB15: 'new' at the depth limit cascades (4 diagnostics here, 100 for 10,000 nested new)")]
    public void PB15_Object_creation_at_the_depth_limit_does_not_cascade()
    {
        var tree = SyntaxTree.Parse("model M { void f() { x = new A(new A(new A())); } }", null, new ParseOptions { MaxDepth = 8 });
        Assert.Equal(["FML1020"], FmlText.Codes(tree));
    }

    [Fact(Skip = "parser bug PB16: array dimensions escape the depth limit (no FML1020, a tree as deep as the number of [])")]
    public void PB16_Array_dimensions_count_towards_the_depth_limit()
    {
        var text = "model M { int" + string.Concat(Enumerable.Repeat("[]", 100)) + " x; }";
        var tree = SyntaxTree.Parse(text, null, new ParseOptions { MaxDepth = 8 });
        Assert.True(TreeChecks.Depth(tree.Root) <= TreeChecks.TreeDepthLimit(8) || FmlText.Codes(tree).Contains("FML1020"));
    }

    [Theory(Skip = "parser bug PB17: after 'return;' the next expression parsed anywhere reads 'delete'/'log'/'fire'/'notify' used as a name as an action")]
    [InlineData("model M { int delete; void f() { return; if (delete - 1 > 0) { } } }")]
    [InlineData("model M { int log; void f() { return; while (log - 1 > 0) { } } }")]
    [InlineData("model M { int delete; void f() { return; } int x; @A(delete - 1) int g() { return 1; } }")]
    public void PB17_A_keyword_used_as_a_name_does_not_depend_on_the_previous_statement(string text)
    {
        var tree = SyntaxTree.Parse(text);
        Assert.Empty(tree.Diagnostics);
        Assert.DoesNotContain(tree.Root.DescendantNodesAndSelf(), n => n is DeleteExpressionSyntax or LogExpressionSyntax);
    }

    [Fact(Skip = "parser bug PB18: a node without tokens (x = ;) reports its span at offset 0 instead of where it stands")]
    public void PB18_A_missing_expression_is_located_where_it_is_missing()
    {
        const string text = "model M { void f() { x = ; } }";
        var missing = FmlText.First<MissingExpressionSyntax>(SyntaxTree.Parse(text));
        Assert.Equal(0, missing.Span.Length);
        Assert.Equal(0, missing.FullSpan.Length);
        Assert.InRange(missing.Span.Start, text.IndexOf('=', StringComparison.Ordinal) + 1, text.IndexOf(';', StringComparison.Ordinal));
        Assert.InRange(missing.FullSpan.Start, text.IndexOf('=', StringComparison.Ordinal) + 1, text.IndexOf(';', StringComparison.Ordinal));
    }

    [Fact(Skip = "parser bug PB19: a line break before the offending token adds an FML1018 to the FML1013")]
    public void PB19_Diagnostics_do_not_depend_on_line_breaks()
    {
        var sameLine = SyntaxTree.Parse("model M { boolean f() { return x instanceof 3; } }");
        var nextLine = SyntaxTree.Parse("model M { boolean f() { return x instanceof\n 3; } }");
        Assert.Equal(FmlText.Codes(sameLine), FmlText.Codes(nextLine));
    }

    [Fact(Skip = "parser bug PB20: a conditional expression at the depth limit drops its condition from the tree")]
    public void PB20_Conditional_at_the_depth_limit_keeps_its_condition()
    {
        var text = KnownParserBugs.ConditionDroppedAtDepthLimit.Repro;
        var tree = SyntaxTree.Parse(text, null, new ParseOptions { MaxDepth = 8 });
        Assert.Equal(text, tree.ToFullString());
        Assert.Equal(["FML1020"], FmlText.Codes(tree));
    }
}
