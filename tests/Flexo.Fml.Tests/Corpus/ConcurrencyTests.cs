using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Corpus;

/// <summary>
/// Parsing is deterministic and has no shared state: parses of all samples on several threads at once give the same
/// trees and diagnostics as sequential parses, and one tree can be read from several threads at once.
/// </summary>
public sealed class ConcurrencyTests
{
    private static string Fingerprint(SyntaxTree tree) => StageDumps.Tree(tree) + StageDumps.Diagnostics(tree);

    [Fact]
    public void Parallel_parses_give_the_same_trees_as_sequential_ones()
    {
        var texts = SampleCorpus.Files.Select(SampleCorpus.ReadText).ToList();
        var expected = texts.Select(t => Fingerprint(SyntaxTree.Parse(t))).ToList();
        var work = Enumerable.Range(0, 4).SelectMany(_ => Enumerable.Range(0, texts.Count)).ToList();
        var mismatches = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (Fingerprint(SyntaxTree.Parse(texts[i])) != expected[i])
            {
                mismatches.Add(SampleCorpus.Files[i]);
            }
        });
        Assert.True(mismatches.IsEmpty, "Different trees when parsed in parallel: " + string.Join(", ", mismatches.Distinct()));
    }

    [Fact]
    public void One_tree_can_be_read_from_several_threads()
    {
        var text = SampleCorpus.ReadText(SampleCorpus.Files.OrderByDescending(f => SampleCorpus.ReadText(f).Length).First());
        var tree = SyntaxTree.Parse(text);
        var expected = Fingerprint(SyntaxTree.Parse(text));
        var results = new string[8];
        Parallel.For(0, results.Length, i => results[i] = Fingerprint(tree) + tree.ToFullString().Length);
        Assert.All(results, r => Assert.Equal(expected + text.Length, r));
    }
}
