using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Robustness;

/// <summary>
/// Error recovery measured over the whole valid corpus: tokens of every valid sample (all of them, or 150 spread over
/// the file for big samples) are deleted one at a time (the commonest editing slip) and the diagnostics are counted. One slip should give one or
/// two diagnostics, not a cascade.
/// </summary>
public sealed class RecoveryQualityTests
{
    /// <summary>What counts as "no cascade" for a single deleted token.</summary>
    private const int SmallCount = 4;

    private const int MaxDeletionsPerSample = 150;

    private static readonly Lazy<List<(int Count, string Where)>> s_deletions = new(DeleteEachToken);

    /// <summary>A regression guard on the recovery: at least 95% of single-token deletions give a few diagnostics at most.</summary>
    [Fact]
    public void Most_single_token_deletions_give_a_few_diagnostics()
    {
        var deletions = s_deletions.Value;
        var small = deletions.Count(d => d.Count <= SmallCount);
        var share = (double)small / deletions.Count;
        var worst = deletions.OrderByDescending(d => d.Count).Take(5).Select(d => $"{d.Count} diagnostics: {d.Where}");
        Assert.True(share >= 0.95, $"Only {share:P1} of {deletions.Count} single-token deletions give at most {SmallCount} diagnostics. "
            + "Worst: " + string.Join("; ", worst));
    }

    [Fact]
    public void A_deleted_token_always_gives_a_diagnostic_or_a_valid_text()
    {
        // Deleting a token can leave valid FML (an optional modifier, a whole expression operand...), but then the tree
        // must hold no repair; the tree checks already require that, this counts that it happens at all.
        Assert.Contains(s_deletions.Value, d => d.Count == 0);
        Assert.Contains(s_deletions.Value, d => d.Count > 0);
    }

    [Fact]
    public void No_single_token_deletion_gives_a_cascade()
    {
        var worst = s_deletions.Value.OrderByDescending(d => d.Count).Take(5).ToList();
        Assert.True(worst[0].Count <= 10, "Worst: " + string.Join("; ", worst.Select(d => $"{d.Count} diagnostics: {d.Where}")));
    }

    private static List<(int Count, string Where)> DeleteEachToken()
    {
        var results = new List<(int, string)>();
        foreach (var sample in SampleCorpus.Files.Where(f => SampleCorpus.CategoryOf(f) == SampleCategory.Valid))
        {
            var text = SampleCorpus.ReadText(sample);
            var source = new Flexo.Fml.Text.SourceText(text);
            var tokens = FmlText.LexTokens(text).Where(t => t.Kind != SyntaxKind.EndOfFileToken).ToList();
            var step = Math.Max(1, tokens.Count / MaxDeletionsPerSample);
            for (var i = 0; i < tokens.Count; i += step)
            {
                var token = tokens[i];
                var changed = text.Remove(token.Span.Start, token.Span.Length);
                var tree = SyntaxTree.Parse(changed);
                if (TreeChecks.FindViolation(changed, tree, thorough: false) is { } violation)
                {
                    Assert.Fail($"{sample} without '{token.Text}': {violation}");
                }

                results.Add((tree.Diagnostics.Length, $"{sample} without '{token.Text}' at {source.GetLinePosition(token.Span.Start)}"));
            }
        }

        return results;
    }
}
