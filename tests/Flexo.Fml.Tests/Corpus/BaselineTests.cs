using Flexo.Fml.Formatting;
using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Corpus;

/// <summary>
/// Golden files for every stage of the front end, one test case per sample and stage. For a sample
/// <c>Samples/Valid/Library.fml</c> the baselines are <c>Baselines/Samples/Valid/Library.tokens.txt</c>,
/// <c>.tree.txt</c>, <c>.diagnostics.txt</c> and, when the file has no errors, <c>.formatted.fml</c>.
/// Regenerate them with <c>FLEXO_UPDATE_BASELINES=1 dotnet test tests/Flexo.Fml.Tests</c>.
/// </summary>
public sealed class BaselineTests
{
    public static TheoryData<string> Samples => SampleCorpus.All;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Tokens(string sample) =>
        Baseline.Verify(SampleCorpus.BaselinePath(sample, ".tokens.txt"), StageDumps.Tokens(SampleCorpus.ReadText(sample)));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Tree(string sample) =>
        Baseline.Verify(SampleCorpus.BaselinePath(sample, ".tree.txt"), StageDumps.Tree(Parse(sample)));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Diagnostics(string sample) =>
        Baseline.Verify(SampleCorpus.BaselinePath(sample, ".diagnostics.txt"), StageDumps.Diagnostics(Parse(sample)));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Formatted(string sample)
    {
        var tree = Parse(sample);
        var path = SampleCorpus.BaselinePath(sample, ".formatted.fml");
        if (tree.HasErrors)
        {
            Baseline.VerifyAbsent(path, "the sample has syntax errors, and files with errors are never formatted");
            return;
        }

        Baseline.Verify(path, FmlFormatter.Format(tree));
    }

    /// <summary>Every file under Baselines/ belongs to an existing sample (in update mode, orphans are deleted).</summary>
    [Fact]
    public void No_orphan_baselines()
    {
        var root = TestPaths.BaselineDirectory;
        if (!Directory.Exists(root))
        {
            return;
        }

        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sample in SampleCorpus.Files)
        {
            foreach (var suffix in new[] { ".tokens.txt", ".tree.txt", ".diagnostics.txt", ".formatted.fml" })
            {
                expected.Add(SampleCorpus.BaselinePath(sample, suffix));
            }
        }

        var orphans = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.StartsWith('.') && !f.Contains("/.", StringComparison.Ordinal) && !expected.Contains(f))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (Baseline.UpdateMode)
        {
            foreach (var orphan in orphans)
            {
                File.Delete(Baseline.FullPath(orphan));
            }

            return;
        }

        Assert.True(orphans.Count == 0,
            $"Baselines without a sample (delete them, or run {Baseline.RegenerateCommand}):{Environment.NewLine}"
            + string.Join(Environment.NewLine, orphans));
    }

    [Fact]
    public void The_corpus_is_not_empty() => Assert.NotEmpty(SampleCorpus.Files);

    private static SyntaxTree Parse(string sample) => SyntaxTree.Parse(SampleCorpus.ReadText(sample), sample);
}
