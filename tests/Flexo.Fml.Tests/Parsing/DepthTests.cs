using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Parsing;

/// <summary><see cref="ParseOptions.MaxDepth"/>: nesting beyond the limit is FML1020, reported once; the limit is per nesting.</summary>
public sealed class DepthTests
{
    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private static readonly int[] s_depths = [20, 40, 80];

    public static TheoryData<string> Shapes => new() { "parentheses", "blocks", "concepts", "if", "unary", "generics", "annotations" };

    private static string Nested(string shape, int n) => shape switch
    {
        "parentheses" => $"model M {{ int f() {{ return {Repeat("(", n)}a{Repeat(")", n)}; }} }}",
        "blocks" => $"model M {{ void f() {Repeat("{", n)}{Repeat("}", n)} }}",
        "concepts" => $"model M {{ {Repeat("concept C { ", n)}{Repeat("}", n)} }}",
        "if" => $"model M {{ void f() {{ {Repeat("if (a) ", n)}x(); }} }}",
        "unary" => $"model M {{ int f() {{ return {Repeat("- ", n)}a; }} }}",
        "generics" => $"model M {{ {Repeat("List<", n)}X{Repeat(">", n)} x; }}",
        "annotations" => $"{Repeat("@A(", n)}{Repeat(")", n)} model M {{ }}",
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    /// <summary>The smallest nesting of <paramref name="shape"/> that gives FML1020 under <paramref name="maxDepth"/>.</summary>
    private static int Threshold(string shape, int maxDepth)
    {
        var options = new ParseOptions { MaxDepth = maxDepth };
        for (var n = 1; n <= 4 * maxDepth; n++)
        {
            var text = Nested(shape, n);
            var tree = SyntaxTree.Parse(text, null, options);
            if (tree.Diagnostics.Any(d => d.Code == "FML1020"))
            {
                TreeChecks.AssertSound(text, tree, maxDepth);
                return n;
            }

            Assert.True(tree.Diagnostics.IsEmpty, $"{shape} x{n}: {StageDumps.DescribeAll(tree)}");
        }

        Assert.Fail($"{shape}: no FML1020 up to {4 * maxDepth} levels with MaxDepth {maxDepth}.");
        return 0;
    }

    [Fact]
    public void Default_max_depth_is_200() => Assert.Equal(200, ParseOptions.Default.MaxDepth);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Max_depth_bounds_every_kind_of_nesting(string shape)
    {
        var thresholds = s_depths.Select(m => (MaxDepth: m, Threshold: Threshold(shape, m))).ToList();
        foreach (var (maxDepth, threshold) in thresholds)
        {
            Assert.InRange(threshold, maxDepth / 4, maxDepth + 1);
        }

        Assert.True(thresholds[0].Threshold < thresholds[1].Threshold && thresholds[1].Threshold < thresholds[2].Threshold,
            $"{shape}: the limit does not follow MaxDepth ({string.Join(", ", thresholds)}).");
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Too_deep_nesting_is_one_FML1020_on_a_token_of_the_text(string shape)
    {
        var text = Nested(shape, 300);
        var tree = FmlText.Parse(text, new ParseOptions { MaxDepth = 30 });
        var depth = tree.Diagnostics.Where(d => d.Code == "FML1020").ToList();
        Assert.Single(depth);
        Assert.InRange(depth[0].Span.Length, 1, 10);
        Assert.Contains("30", depth[0].Message, StringComparison.Ordinal);
        Assert.InRange(tree.Diagnostics.Length, 1, 3);
    }

    [Fact]
    public void The_limit_applies_to_nesting_not_to_the_number_of_siblings()
    {
        var text = $"model M {{\n{Repeat("\tint f() { return ((((a)))) + ((((b)))); }\n\tconcept C { concept D { } }\n", 200)}}}";
        FmlText.ParseValid(text);
        var tree = SyntaxTree.Parse(text, null, new ParseOptions { MaxDepth = 16 });
        Assert.True(tree.Diagnostics.IsEmpty, StageDumps.DescribeAll(tree));
    }

    /// <summary>A long flat sum is not nesting in the source: it parses, or at worst reports FML1020, never truncates silently.</summary>
    [Fact]
    public void Long_operator_chain_is_parsed_or_reported()
    {
        var text = $"model M {{ int f() {{ return a{Repeat(" + a", 60)}; }} }}";
        var tree = FmlText.Parse(text, new ParseOptions { MaxDepth = 10 });
        Assert.True(tree.Diagnostics.IsEmpty || FmlText.Codes(tree).SequenceEqual(["FML1020"]), StageDumps.DescribeAll(tree));
    }

    /// <summary>Regression test: over-long chains used to leak one depth level each (part of PB3, fixed).</summary>
    [Fact]
    public void Long_chains_do_not_use_up_the_depth_of_later_code()
    {
        var chain = "a" + Repeat("+a", 99);
        var text = $"model M {{\n{Repeat($"int f() {{ return {chain}; }}\n", 30)}int g() {{ return (((a))); }}\n}}";
        var tree = SyntaxTree.Parse(text, null, new ParseOptions { MaxDepth = 20 });
        var g = FmlText.Model(tree).Members.OfType<BehaviourDeclarationSyntax>().Single(b => b.Identifier!.Text == "g");
        Assert.DoesNotContain(g.DescendantNodesAndSelf(), n => n is MissingExpressionSyntax);
        Assert.DoesNotContain(g.DescendantTokens(), t => t.IsMissing);
    }
}
