using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Corpus;

/// <summary>
/// Metamorphic tests: white space, line breaks and comments between two tokens change neither the tree (node and
/// token kinds) nor the diagnostic codes, except between two '&gt;' where a space separates a shift into two operators.
/// </summary>
public sealed class TriviaInsensitivityTests
{
    private const int MaxPositionsPerSample = 80;

    // Comments start with a space: glued to a '/' token, "/*" would read as "//".
    private static readonly string[] s_trivia = [" ", " /* c */", "\n", " // c\n", "\r\n\t", " /** d */ ", "\f"];

    public static TheoryData<string> Samples => SampleCorpus.All;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Trivia_between_tokens_changes_nothing(string sample)
    {
        var text = SampleCorpus.ReadText(sample);
        var reference = SyntaxTree.Parse(text);
        var expected = Shape(reference);
        var tokens = FmlText.LexTokens(text);
        var boundaries = new List<int>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var (left, right) = (tokens[i].Kind, tokens[i + 1].Kind);
            if (left == SyntaxKind.GreaterThanToken && right is SyntaxKind.GreaterThanToken or SyntaxKind.GreaterThanEqualsToken)
            {
                continue;
            }

            boundaries.Add(tokens[i].Span.End);
        }

        var step = Math.Max(1, boundaries.Count / MaxPositionsPerSample);
        for (var i = 0; i < boundaries.Count; i += step)
        {
            var trivia = s_trivia[(i / step) % s_trivia.Length];
            var changed = text.Insert(boundaries[i], trivia);
            var tree = SyntaxTree.Parse(changed);
            var where = $"{sample}: inserting {TreeChecks.Excerpt(trivia)} at {reference.Text.GetLinePosition(boundaries[i])}";
            var actual = Shape(tree);
            if (expected.Tree != actual.Tree)
            {
                var e = expected.Tree.Split(' ');
                var a = actual.Tree.Split(' ');
                var at = e.Zip(a).TakeWhile(p => p.First == p.Second).Count();
                Assert.Fail($"{where} changes the tree: {a.ElementAtOrDefault(at)} instead of {e.ElementAtOrDefault(at)} (item #{at}).");
            }

            Assert.True(expected.Codes == actual.Codes, $"{where} changes the diagnostics: {actual.Codes} instead of {expected.Codes}.");
        }
    }

    private static (string Tree, string Codes) Shape(SyntaxTree tree) => (
        string.Join(' ', tree.Root.DescendantNodesAndSelf().Select(n => n.Kind.ToString()))
            + " | " + string.Join(' ', tree.Root.DescendantTokens().Select(t => t.Kind.ToString())),
        string.Join(' ', tree.Diagnostics.Select(d => d.Code)));
}
