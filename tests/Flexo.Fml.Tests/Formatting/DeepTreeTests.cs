using System.Text;
using Flexo.Fml.Formatting;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Tests.Formatting;

/// <summary>
/// Deep trees the parser accepts must format without exhausting the stack. The printer runs on a thread with a small
/// stack (256 KiB, a sixth of .NET's default for secondary threads) to leave a wide margin; the whole formatter, which
/// parses its output again for deep trees, and the checks run on 1 MiB (the parser needs more than the printer).
/// </summary>
public sealed class DeepTreeTests
{
    private const int PrinterStack = 256 * 1024;

    private const int ParserStack = 1024 * 1024;

    [Fact]
    public void Longest_binary_chain_the_parser_accepts()
    {
        var terms = LongestAccepted(n => "x = " + string.Join(" + ", Enumerable.Range(0, n).Select(i => "a" + i)) + ";");
        Assert.True(terms > 500, $"only {terms} terms parse");
        var formatted = FormatOnSmallStack(InBehaviour("x = " + string.Join("+", Enumerable.Range(0, terms).Select(i => "a" + i)) + ";"));
        Assert.Contains("x = a0 + a1 + a2", formatted, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_chain_of_a_thousand_terms_with_a_raised_depth_limit()
    {
        var source = InBehaviour("x = " + string.Join(" * ", Enumerable.Range(0, 1000).Select(i => "a" + i)) + " - (b - c);");
        var options = new ParseOptions { MaxDepth = 10_000 };
        var tree = SyntaxTree.Parse(source, "deep.fml", options);
        Assert.False(tree.HasErrors);
        var formatted = RunOnSmallStack(() => FmlFormatter.Format(tree, options));
        Assert.Contains("a998 * a999 - (b - c);", formatted, StringComparison.Ordinal);
        Assert.Empty(FormattingVerifier.Verify(tree, formatted, options));
    }

    [Fact]
    public void Ten_thousand_term_chains_of_every_left_deep_shape()
    {
        var n = 10_000;
        var sums = string.Join(" + ", Enumerable.Range(0, n).Select(i => "a" + i));
        var calls = "a" + string.Concat(Enumerable.Range(0, n).Select(i => i % 2 == 0 ? ".f(" + i + ")" : ".g"));
        var parenthesized = new string('(', 1) + string.Join(") + (", Enumerable.Range(0, n).Select(i => "b" + i)) + ")";
        var source = InBehaviour($"x = {sums};\ny = {calls};\nz = {parenthesized};\n");
        var options = new ParseOptions { MaxDepth = 100_000 };
        var tree = SyntaxTree.Parse(source, "deep.fml", options);
        Assert.False(tree.HasErrors);
        var formatted = RunOnSmallStack(() => FmlFormatter.Format(tree, options));
        Assert.Contains("a9998 + a9999;", formatted, StringComparison.Ordinal);
        Assert.Contains("b9998 + b9999;", formatted, StringComparison.Ordinal);
        Assert.Empty(RunOnSmallStack(() => FormattingVerifier.Verify(tree, formatted, options)));
    }

    [Fact]
    public void Deepest_nested_parentheses_the_parser_accepts()
    {
        var depth = LongestAccepted(n => "x = " + new string('(', n) + "a + b" + new string(')', n) + " * c;");
        var formatted = FormatOnSmallStack(InBehaviour("x = " + new string('(', depth) + "a + b" + new string(')', depth) + " * c;"));
        Assert.Contains("x = (a + b) * c;", formatted, StringComparison.Ordinal);
    }

    [Fact]
    public void Deepest_nested_right_operands_the_parser_accepts()
    {
        // a - (b - (c - ...)): right-deep, every pair of parentheses needed.
        var depth = LongestAccepted(n => "x = " + string.Concat(Enumerable.Range(0, n).Select(i => "a" + i + " - (")) + "z" + new string(')', n) + ";");
        var formatted = FormatOnSmallStack(InBehaviour("x = " + string.Concat(Enumerable.Range(0, depth).Select(i => "a" + i + " - (")) + "z" + new string(')', depth) + ";"));
        Assert.Contains("- (a2 - (a3", formatted, StringComparison.Ordinal);
    }

    [Fact]
    public void Deepest_nested_blocks_and_ifs_the_parser_accepts()
    {
        var blocks = LongestAccepted(n => new string('{', n) + "x();" + new string('}', n));
        FormatOnSmallStack(InBehaviour(new string('{', blocks) + "x();" + new string('}', blocks)));
        var ifs = LongestAccepted(n => string.Concat(Enumerable.Repeat("if (a) ", n)) + "x();");
        FormatOnSmallStack(InBehaviour(string.Concat(Enumerable.Repeat("if (a) ", ifs)) + "x();"));
        var elseIfs = LongestAccepted(n => "if (a) x();" + string.Concat(Enumerable.Repeat(" else if (a) x();", n)));
        var atLimit = FormatOnSmallStack(InBehaviour("if (a) x();" + string.Concat(Enumerable.Repeat(" else if (a) x();", elseIfs))));
        Assert.Contains("\t\telse if (a)\n\t\t\tx();\n", atLimit, StringComparison.Ordinal); // braces would exceed the limit
        var belowLimit = FormatOnSmallStack(InBehaviour("if (a) x();" + string.Concat(Enumerable.Repeat(" else if (a) x();", elseIfs - 5))));
        Assert.Contains("\t\telse if (a) {\n\t\t\tx();\n\t\t}\n", belowLimit, StringComparison.Ordinal);
    }

    [Fact]
    public void Deepest_unary_and_cast_chains_the_parser_accepts()
    {
        var nots = LongestAccepted(n => "x = " + new string('!', n) + "a;");
        FormatOnSmallStack(InBehaviour("x = " + new string('!', nots) + "a;"));
        var casts = LongestAccepted(n => "x = " + string.Concat(Enumerable.Repeat("(T)", n)) + "a;");
        FormatOnSmallStack(InBehaviour("x = " + string.Concat(Enumerable.Repeat("(T)", casts)) + "a;"));
        var conditionals = LongestAccepted(n => "x = " + string.Concat(Enumerable.Repeat("c ? a : ", n)) + "b;");
        FormatOnSmallStack(InBehaviour("x = " + string.Concat(Enumerable.Repeat("c ? a : ", conditionals)) + "b;"));
    }

    [Fact]
    public void Deepest_nested_concepts_and_annotations_the_parser_accepts()
    {
        static string Concepts(int n) => "model M {\n" + string.Concat(Enumerable.Range(0, n).Select(i => "concept C" + i + " {")) + new string('}', n) + "\n}";
        FormatOnSmallStack(Concepts(LongestAccepted(Concepts, wrapInBehaviour: false)));
        static string Annotations(int n) => "model M {\n" + string.Concat(Enumerable.Repeat("@A(", n)) + new string(')', n) + " void h();\n}";
        FormatOnSmallStack(Annotations(LongestAccepted(Annotations, wrapInBehaviour: false)));
    }

    private static string InBehaviour(string statements) => "model M {\nvoid f() {\n" + statements + "\n}\n}\n";

    /// <summary>The largest n (up to 5000) for which the statements made by <paramref name="make"/> parse without errors.</summary>
    private static int LongestAccepted(Func<int, string> make, bool wrapInBehaviour = true)
    {
        // Accepted: no error, and (the parser truncates some chains silently at its limit) no token made up.
        bool Parses(int n)
        {
            var tree = SyntaxTree.Parse(wrapInBehaviour ? InBehaviour(make(n)) : make(n));
            return !tree.HasErrors && !tree.Root.DescendantTokens().Any(t => t.IsMissing);
        }

        Assert.True(Parses(1), "the base case does not parse: " + make(1));
        int low = 1, high = 5000;
        if (Parses(high))
        {
            return high;
        }

        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (Parses(middle))
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static string FormatOnSmallStack(string source)
    {
        var tree = SyntaxTree.Parse(source);
        Assert.False(tree.HasErrors, string.Join("; ", tree.Diagnostics.Select(d => d.Format(tree.Text))));
        RunOnSmallStack(() => FmlPrinter.Print(tree.Root, conservative: false, out _), PrinterStack);
        RunOnSmallStack(() => FmlPrinter.Print(tree.Root, conservative: true, out _), PrinterStack);
        var formatted = RunOnSmallStack(() => FmlFormatter.Format(tree));
        var problems = RunOnSmallStack(() => FormattingVerifier.Verify(tree, formatted));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        return formatted;
    }

    private static T RunOnSmallStack<T>(Func<T> action, int stackSize = ParserStack)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = action();
                }
                catch (Exception e)
                {
                    error = e;
                }
            },
            stackSize);
        thread.Start();
        thread.Join();
        if (error is not null)
        {
            throw new InvalidOperationException("failed on a small stack", error);
        }

        return result;
    }

    [Fact]
    public void Nesting_that_normalization_would_push_past_the_limit_is_printed_conservatively()
    {
        // 150 nested 'if' without braces parse; with the braces of the normalized form they would need 450 levels.
        var source = InBehaviour(string.Concat(Enumerable.Repeat("if (a) ", 150)) + "x = (c ? ((d)) : e);");
        var formatted = FormatOnSmallStack(source);
        Assert.Contains("\t\tif (a)\n\t\t\tif (a)\n", formatted, StringComparison.Ordinal);
        Assert.Contains("x = (c ? ((d)) : e);", formatted, StringComparison.Ordinal);

        // 40 levels: normalized.
        formatted = FormatOnSmallStack(InBehaviour(string.Concat(Enumerable.Repeat("if (a) ", 40)) + "x = (c ? ((d)) : e);"));
        Assert.Contains("\t\tif (a) {\n\t\t\tif (a) {\n", formatted, StringComparison.Ordinal);
        Assert.Contains("x = (c ? d : e);", formatted, StringComparison.Ordinal);
    }

    [Fact]
    public void Conditional_chain_that_parentheses_would_push_past_the_limit_is_printed_conservatively()
    {
        var source = InBehaviour("x = " + string.Concat(Enumerable.Repeat("c ? a : ", 120)) + "b;");
        var formatted = FormatOnSmallStack(source);
        Assert.Contains("x = c ? a : c ? a : c ? a :", formatted, StringComparison.Ordinal);
    }
}
