using System.Text;
using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Robustness;

/// <summary>
/// Pathological inputs: deep nesting, very long flat constructs and huge tokens. Every parse runs on a thread with a
/// 1 MB stack (a stack overflow would kill the test run) under a hang watchdog; the tree must be sound, and nesting
/// beyond <see cref="ParseOptions.MaxDepth"/> must be reported as FML1020, once, without a cascade.
/// </summary>
public sealed class StressTests
{
    private const int CascadeLimit = 3;

    private static string Repeat(string text, int count)
    {
        var builder = new StringBuilder(text.Length * count);
        for (var i = 0; i < count; i++)
        {
            builder.Append(text);
        }

        return builder.ToString();
    }

    private static SyntaxTree ParseGuarded(string text, string what)
    {
        var tree = Guard.OnSmallStack(
            () =>
            {
                var parsed = SyntaxTree.Parse(text);
                TreeChecks.AssertSound(text, parsed);
                _ = parsed.Root.Span;
                return parsed;
            },
            what);
        return tree;
    }

    /// <summary>Too deep: exactly one FML1020, and at most a couple of follow-up errors.</summary>
    private static void AssertTooDeep(string text, string what)
    {
        var tree = ParseGuarded(text, what);
        Assert.True(tree.Diagnostics.Count(d => d.Code == "FML1020") == 1, $"{what}: {Summary(tree)}");
        Assert.True(tree.Diagnostics.Length <= CascadeLimit, $"{what}: a cascade of {tree.Diagnostics.Length} diagnostics. {Summary(tree)}");
    }

    /// <summary>Not nested in the source: parses with no diagnostic at all.</summary>
    private static SyntaxTree AssertClean(string text, string what)
    {
        var tree = ParseGuarded(text, what);
        Assert.True(tree.Diagnostics.IsEmpty, $"{what}: {Summary(tree)}");
        return tree;
    }

    private static string Summary(SyntaxTree tree) =>
        $"{tree.Diagnostics.Length} diagnostics, first: " + string.Join(" | ", tree.Diagnostics.Take(4).Select(d => $"{d.Code} {d.Message}"));

    [Fact]
    public void Nested_parentheses_10000() =>
        AssertTooDeep($"model M {{ int f() {{ return {Repeat("(", 10_000)}a{Repeat(")", 10_000)}; }} }}", "10,000 nested parentheses");

    [Fact]
    public void Unclosed_parentheses_10000() =>
        AssertTooDeep($"model M {{ int f() {{ return {Repeat("(", 10_000)}a; }} }}", "10,000 unclosed parentheses");

    [Fact]
    public void Nested_blocks_10000() =>
        AssertTooDeep($"model M {{ void f() {Repeat("{", 10_000)}{Repeat("}", 10_000)} }}", "10,000 nested blocks");

    [Fact]
    public void Unclosed_blocks_10000() => AssertTooDeep($"model M {{ void f() {Repeat("{", 10_000)}", "10,000 unclosed blocks");

    [Fact]
    public void Nested_if_10000() =>
        AssertTooDeep($"model M {{ void f() {{ {Repeat("if (a) ", 10_000)}x(); }} }}", "10,000 nested if");

    [Fact]
    public void Nested_if_else_10000() =>
        AssertTooDeep($"model M {{ void f() {{ {Repeat("if (a) x(); else ", 10_000)}x(); }} }}", "10,000 nested else-if");

    [Fact]
    public void Nested_loops_10000() =>
        AssertTooDeep($"model M {{ void f() {{ {Repeat("while (a) for (;;) ", 5_000)}x(); }} }}", "10,000 nested loops");

    [Fact]
    public void Prefix_minus_5000() =>
        AssertTooDeep($"model M {{ int f() {{ return {Repeat("- ", 5_000)}a; }} }}", "5,000 prefix minus operators");

    [Fact]
    public void Prefix_not_and_decrement_5000() =>
        AssertTooDeep($"model M {{ int f() {{ return {Repeat("!--", 2_500)}a; }} }}", "5,000 prefix ! and -- operators");

    [Fact]
    public void Nested_generics_10000() =>
        AssertTooDeep($"model M {{ {Repeat("List<", 10_000)}X{Repeat(">", 10_000)} x; }}", "10,000 nested generic types");

    [Fact]
    public void Nested_generics_in_a_local_declaration_10000() =>
        AssertTooDeep($"model M {{ void f() {{ {Repeat("List<", 10_000)}X{Repeat(">", 10_000)} x = null; }} }}", "10,000 nested generic types in a body");

    [Fact]
    public void Nested_concepts_10000() =>
        AssertTooDeep($"model M {{ {Repeat("concept C { ", 10_000)}{Repeat("}", 10_000)} }}", "10,000 nested concepts");

    [Fact]
    public void Nested_annotations_10000() =>
        AssertTooDeep($"{Repeat("@A(", 10_000)}{Repeat(")", 10_000)} model M {{ }}", "10,000 nested annotations");

    [Fact]
    public void Nested_assignments_10000() =>
        AssertTooDeep($"model M {{ void f() {{ {Repeat("a = ", 10_000)}b; }} }}", "10,000 chained assignments");

    [Fact]
    public void Nested_conditionals_10000() =>
        AssertTooDeep($"model M {{ void f() {{ x = {Repeat("a ? b : ", 10_000)}c; }} }}", "10,000 nested conditionals");

    [Fact]
    public void Nested_object_creations_10000() =>
        AssertTooDeep($"model M {{ void f() {{ x = {Repeat("new A(", 10_000)}{Repeat(")", 10_000)}; }} }}", "10,000 nested new");

    [Fact]
    public void Nested_calls_10000() =>
        AssertTooDeep($"model M {{ void f() {{ x = {Repeat("f(", 10_000)}{Repeat(")", 10_000)}; }} }}", "10,000 nested calls");

    [Fact]
    public void Nested_keyword_arguments_10000() =>
        AssertTooDeep($"model M {{ A a with K({Repeat("k=K:(", 10_000)}{Repeat(")", 10_000)}); }}", "10,000 nested keyword arguments");

    [Fact]
    public void Nested_casts_10000() =>
        AssertTooDeep($"model M {{ void f() {{ x = {Repeat("(A) ", 10_000)}c; }} }}", "10,000 nested casts");

    /// <summary>A 50,000-term sum is flat in the source; it parses, or is reported as too deep, but is never cut silently.</summary>
    [Fact]
    public void Binary_chain_50000()
    {
        var tree = ParseGuarded($"model M {{ int f() {{ return a{Repeat("+a", 49_999)}; }} }}", "a 50,000-term sum");
        Assert.True(tree.Diagnostics.IsEmpty || FmlText.Codes(tree).SequenceEqual(["FML1020"]), Summary(tree));
    }

    /// <summary>A 50,000-segment path is cut with FML1020 (PB4, fixed) and at most a follow-up error.</summary>
    [Fact]
    public void Member_access_chain_50000() =>
        AssertTooDeep($"model M {{ int f() {{ return a{Repeat(".b", 50_000)}; }} }}", "a 50,000-segment path");

    [Fact]
    public void Call_chain_50000()
    {
        var tree = ParseGuarded($"model M {{ void f() {{ a{Repeat("()", 50_000)}; }} }}", "a 50,000-call chain");
        Assert.True(tree.Diagnostics.Length <= 1, Summary(tree));
    }

    [Fact]
    public void Long_but_reasonable_chains_parse_cleanly()
    {
        AssertClean($"model M {{ int f() {{ return a{Repeat(" + a", 150)}; }} }}", "a 150-term sum");
        AssertClean($"model M {{ int f() {{ return a{Repeat(".b", 150)}; }} }}", "a 150-segment path");
        AssertClean($"model M {{ boolean f() {{ return a{Repeat(" && a || b", 75)}; }} }}", "a 150-term boolean expression");
    }

    [Fact]
    public void Array_type_with_10000_dimensions() =>
        ParseGuarded($"model M {{ int{Repeat("[]", 10_000)} x; }}", "10,000 array dimensions");

    [Fact]
    public void Model_with_100000_members() =>
        Assert.Equal(100_000, FmlText.Model(AssertClean($"model M {{\n{Repeat("\tint x;\n", 100_000)}}}", "100,000 members")).Members.Count);

    [Fact]
    public void Method_with_100000_statements() =>
        AssertClean($"model M {{ void f() {{\n{Repeat("\t\tx = x + 1;\n", 100_000)}\t}}\n}}", "100,000 statements");

    [Fact]
    public void Call_with_50000_arguments() =>
        AssertClean($"model M {{ void f() {{ g(a{Repeat(", a", 49_999)}); }} }}", "50,000 arguments");

    [Fact]
    public void Enum_with_50000_values() =>
        AssertClean($"model M {{ enum E {{ V0{string.Concat(Enumerable.Range(1, 49_999).Select(i => $", V{i}"))} }} }}", "50,000 enum values");

    [Fact]
    public void Model_with_10000_annotations() =>
        AssertClean($"{Repeat("@A(k=1) ", 10_000)}model M {{ }}", "10,000 annotations");

    [Fact]
    public void String_literal_of_1_MB()
    {
        var content = Repeat("abcdefghij", 100_000) + new string('x', (1 << 20) - 1_000_000);
        var tree = AssertClean($"model M {{ String s = \"{content}\"; }}", "a 1 MB string literal");
        Assert.Equal(content, FmlText.First<LiteralExpressionSyntax>(tree).Token.Value);
    }

    [Fact]
    public void String_literal_of_1_MB_full_of_escapes()
    {
        var tree = AssertClean($"model M {{ String s = \"{Repeat("\\n\\t\\\"\\u00e9", 100_000)}\"; }}", "a 1 MB string of escapes");
        Assert.Equal(Repeat("\n\t\"é", 100_000), FmlText.First<LiteralExpressionSyntax>(tree).Token.Value);
    }

    [Fact]
    public void Unterminated_string_of_1_MB()
    {
        var tree = ParseGuarded($"model M {{ String s = \"{new string('x', 1 << 20)}\n}}", "an unterminated 1 MB string");
        Assert.Equal("FML1002", tree.Diagnostics[0].Code);
        Assert.InRange(tree.Diagnostics.Length, 1, 2);
    }

    [Fact]
    public void Number_with_100000_digits_is_one_FML1006()
    {
        var tree = ParseGuarded($"model M {{ int i = {new string('7', 100_000)}; }}", "a 100,000-digit number");
        Assert.Equal(["FML1006"], FmlText.Codes(tree));
    }

    [Fact]
    public void Floating_point_number_with_100000_digits() =>
        AssertClean($"model M {{ double d = 1.{new string('7', 100_000)}; }}", "a 100,000-digit floating-point number");

    [Fact]
    public void Identifier_of_1_MB() => AssertClean($"model M {{ int {new string('x', 1 << 20)}; }}", "a 1 MB identifier");

    [Fact]
    public void Comments_and_white_space_of_1_MB()
    {
        AssertClean($"// {new string('c', 1 << 20)}\nmodel M {{ }}", "a 1 MB line comment");
        AssertClean($"/* {Repeat("c\n", 1 << 19)} */ model M {{ }}", "a 1 MB block comment");
        AssertClean($"{Repeat(" \t\r\n", 1 << 18)}model M {{ }}", "1 MB of white space");
        AssertClean($"model M {{ }}{Repeat("\n", 1 << 20)}", "1 MB of line breaks at the end");
    }

    [Fact]
    public void Unterminated_comment_of_1_MB()
    {
        var tree = ParseGuarded($"model M {{ /* {new string('c', 1 << 20)}", "an unterminated 1 MB comment");
        Assert.Contains(tree.Diagnostics, d => d.Code == "FML1004");
        Assert.InRange(tree.Diagnostics.Length, 1, 2);
    }

    [Fact]
    public void Ten_thousand_bad_characters() =>
        Assert.True(ParseGuarded($"model M {{ {new string('#', 10_000)} }}", "10,000 bad characters").HasErrors);

    [Fact]
    public void Nothing_but_operators() => Assert.True(ParseGuarded(Repeat("+-*/<>=!&|^%~?:;,.", 20_000), "360,000 operators").HasErrors);

    [Fact]
    public void Nothing_but_closing_brackets() => Assert.True(ParseGuarded(Repeat(")]}", 50_000), "150,000 closing brackets").HasErrors);

    [Fact]
    public void Nothing_but_opening_brackets() => Assert.True(ParseGuarded(Repeat("([{", 50_000), "150,000 opening brackets").HasErrors);
}
