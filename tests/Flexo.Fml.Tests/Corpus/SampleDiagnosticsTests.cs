using Flexo.Fml.Diagnostics;
using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Corpus;

/// <summary>
/// Samples under a Valid folder parse cleanly. Samples under an Invalid folder report problems: exactly those of their
/// <c>// Expect:</c> line when they have one (Samples/README.md), else at least one error and no cascade.
/// </summary>
public sealed class SampleDiagnosticsTests
{
    /// <summary>An invalid sample without an Expect line shows one or a few problems; more than this is a cascade.</summary>
    public const int CascadeLimit = 5;

    public static TheoryData<string> ValidSamples => SampleCorpus.Valid;

    public static TheoryData<string> InvalidSamples => SampleCorpus.Invalid;

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void Valid_sample_has_no_diagnostics(string sample)
    {
        var tree = SyntaxTree.Parse(SampleCorpus.ReadText(sample), sample);
        Assert.True(tree.Diagnostics.IsEmpty, $"{sample}:{Environment.NewLine}{StageDumps.DescribeAll(tree)}");
        Assert.False(TreeChecks.HasRepairs(tree), $"{sample}: the tree holds missing or skipped tokens.");
    }

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void Invalid_sample_reports_its_problems(string sample)
    {
        var text = SampleCorpus.ReadText(sample);
        var tree = SyntaxTree.Parse(text, sample);
        var expected = SampleExpectations.Read(text);
        if (expected is null)
        {
            Assert.True(tree.HasErrors, $"{sample}: no error reported.{Environment.NewLine}{StageDumps.DescribeAll(tree)}");
            Assert.True(tree.Diagnostics.Length <= CascadeLimit,
                $"{sample}: {tree.Diagnostics.Length} diagnostics (more than {CascadeLimit}: a cascade).{Environment.NewLine}"
                + StageDumps.DescribeAll(tree));
            return;
        }

        var actual = SampleExpectations.Actual(tree, expected);
        Assert.True(expected.SequenceEqual(actual),
            $"{sample}: expected   {string.Join(' ', expected)}{Environment.NewLine}"
            + $"{new string(' ', sample.Length)}  but found {string.Join(' ', actual)}{Environment.NewLine}{StageDumps.DescribeAll(tree)}");
        Assert.True(tree.HasErrors || tree.Diagnostics.All(d => d.Severity == DiagnosticSeverity.Warning),
            $"{sample}: no diagnostic reported.");
    }

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void Invalid_sample_has_an_error_or_only_expected_warnings(string sample)
    {
        var text = SampleCorpus.ReadText(sample);
        var tree = SyntaxTree.Parse(text, sample);
        Assert.NotEmpty(tree.Diagnostics);
        if (!tree.HasErrors)
        {
            Assert.NotNull(SampleExpectations.Read(text));
        }
    }

    /// <summary>The valid samples exercise every kind of node the parser can build.</summary>
    [Fact]
    public void Valid_samples_cover_every_node_kind()
    {
        var seen = new HashSet<SyntaxKind>();
        foreach (var sample in SampleCorpus.Files.Where(f => SampleCorpus.CategoryOf(f) == SampleCategory.Valid))
        {
            var tree = SyntaxTree.Parse(SampleCorpus.ReadText(sample));
            seen.UnionWith(tree.Root.DescendantNodesAndSelf().Select(n => n.Kind));
        }

        var missing = Enum.GetValues<SyntaxKind>()
            .Where(k => k >= SyntaxKind.CompilationUnit && k is not (SyntaxKind.SkippedTokens or SyntaxKind.MissingExpression))
            .Where(k => !seen.Contains(k))
            .ToList();
        Assert.True(missing.Count == 0, "No valid sample produces: " + string.Join(", ", missing));
    }
}
