using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Corpus;

/// <summary>
/// Metamorphic tests on the valid samples: inserting a well-formed statement in a block, or a well-formed member in a
/// model or concept, adds exactly that statement or member to the tree and changes nothing else (no parser state leaks
/// from one construct into the next).
/// </summary>
public sealed class ContextIndependenceTests
{
    private const int MaxPositionsPerSample = 40;

    private static readonly string[] s_statements = ["return;", ";", "log x;", "x = delete;", "delete x;", "{ }"];

    private static readonly string[] s_members = ["int inserted;", "void inserted() { return; }", "assert x;", "concept Inserted { }"];

    public static TheoryData<string> ValidSamples => SampleCorpus.Valid;

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void Inserting_a_statement_changes_nothing_else(string sample)
    {
        var text = SampleCorpus.ReadText(sample);
        var reference = SyntaxTree.Parse(text);
        var positions = FmlText.All<BlockSyntax>(reference)
            .SelectMany(b => b.Statements.Select(s => s.GetFirstToken()!.Span.Start).Append(b.CloseBrace.Span.Start))
            .Distinct()
            .ToList();
        Check(sample, text, reference, Spread(positions), s_statements,
            tree => FmlText.All<BlockSyntax>(tree).SelectMany(b => b.Statements).Cast<SyntaxNode>());
    }

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void Inserting_a_member_changes_nothing_else(string sample)
    {
        var text = SampleCorpus.ReadText(sample);
        var reference = SyntaxTree.Parse(text);
        var positions = FmlText.All<ConceptDeclarationSyntax>(reference)
            .Where(c => c.Kind != SyntaxKind.EventDeclaration)
            .SelectMany(c => c.Members.Select(m => m.GetFirstToken()!.Span.Start).Append(c.CloseBrace.Span.Start))
            .Distinct()
            .ToList();
        Check(sample, text, reference, Spread(positions), s_members,
            tree => FmlText.All<ConceptDeclarationSyntax>(tree).SelectMany(c => c.Members).Cast<SyntaxNode>());
    }

    private static void Check(string sample, string text, SyntaxTree reference, List<int> positions, string[] insertions,
        Func<SyntaxTree, IEnumerable<SyntaxNode>> candidates)
    {
        var expected = Kinds(reference, null);
        for (var i = 0; i < positions.Count; i++)
        {
            var position = positions[i];
            var insertion = insertions[i % insertions.Length];
            var changed = text.Insert(position, insertion + " ");
            var tree = SyntaxTree.Parse(changed);
            var where = $"{sample}: inserting \"{insertion}\" at {reference.Text.GetLinePosition(position)}";
            Assert.True(tree.Diagnostics.IsEmpty, $"{where} gives diagnostics:{Environment.NewLine}{StageDumps.DescribeAll(tree)}");
            var inserted = candidates(tree).FirstOrDefault(n => n.GetFirstToken()!.Span.Start == position);
            Assert.True(inserted is not null, $"{where}: the inserted code is not a node of its own.");
            Assert.Equal(insertion, inserted.ToString());
            var actual = Kinds(tree, inserted);
            if (!expected.SequenceEqual(actual))
            {
                var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
                Assert.Fail($"{where} changes the rest of the tree: node #{at} is {Get(actual, at)} instead of {Get(expected, at)}.");
            }
        }
    }

    private static string Get(List<string> kinds, int index) => index < kinds.Count ? kinds[index] : "(none)";

    /// <summary>Node kinds and token texts in order, the subtree of <paramref name="excluded"/> left out.</summary>
    private static List<string> Kinds(SyntaxTree tree, SyntaxNode? excluded)
    {
        var skip = excluded is null ? [] : excluded.DescendantNodesAndSelf().ToHashSet();
        return [.. tree.Root.DescendantNodesAndSelf().Where(n => !skip.Contains(n)).Select(n => n.Kind.ToString())];
    }

    /// <summary>At most <see cref="MaxPositionsPerSample"/> positions, spread over the file.</summary>
    private static List<int> Spread(List<int> positions)
    {
        if (positions.Count <= MaxPositionsPerSample)
        {
            return positions;
        }

        return [.. Enumerable.Range(0, MaxPositionsPerSample).Select(i => positions[i * positions.Count / MaxPositionsPerSample])];
    }
}
