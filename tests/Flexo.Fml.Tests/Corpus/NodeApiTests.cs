using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Corpus;

/// <summary>
/// The node API agrees with the tokens on every node of every sample: spans, full spans, texts, children in source
/// order, first and last tokens, and a kind that matches the node's class.
/// </summary>
public sealed class NodeApiTests
{
    public static TheoryData<string> Samples => SampleCorpus.All;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Node_spans_texts_and_children_agree_with_the_tokens(string sample)
    {
        var text = SampleCorpus.ReadText(sample);
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(new Flexo.Fml.Text.TextSpan(0, text.Length), tree.Root.FullSpan);
        foreach (var node in tree.Root.DescendantNodesAndSelf())
        {
            var where = $"{sample}: {node.Kind} at {node.FullSpan}";
            var tokens = node.DescendantTokens().ToList();
            var present = tokens.Where(t => !t.IsMissing).ToList();
            if (tokens.Count > 0)
            {
                Assert.True(node.FullSpan.Start == tokens[0].FullSpan.Start && node.FullSpan.End == tokens[^1].FullSpan.End,
                    $"{where}: the full span is not that of its tokens.");
            }

            if (present.Count > 0)
            {
                Assert.True(node.Span.Start == present[0].Span.Start && node.Span.End == present[^1].Span.End,
                    $"{where}: the span {node.Span} is not that of its tokens.");
                Assert.True(node.GetFirstToken() == present[0] && node.GetLastToken() == present[^1], $"{where}: first or last token.");
            }

            Assert.True(node.ToString() == text.Substring(node.Span.Start, node.Span.Length), $"{where}: ToString() is not the text of Span.");
            Assert.True(node.ToFullString() == text.Substring(node.FullSpan.Start, node.FullSpan.Length),
                $"{where}: ToFullString() is not the text of FullSpan.");

            var position = node.FullSpan.Start;
            foreach (var child in node.ChildNodesAndTokens())
            {
                Assert.True(child.FullSpan.Start == position, $"{where}: its children are not contiguous at {position}.");
                Assert.Equal(child.IsToken, child.AsToken() is not null);
                Assert.Equal(!child.IsToken, child.AsNode() is not null);
                Assert.Equal(child.Kind, child.AsToken()?.Kind ?? child.AsNode()!.Kind);
                position = child.FullSpan.End;
            }

            Assert.True(position == node.FullSpan.End || tokens.Count == 0, $"{where}: its children do not end where it ends.");
            Assert.Equal(node.ChildNodesAndTokens().Where(c => !c.IsToken).Select(c => c.AsNode()), node.ChildNodes());
            Assert.True(KindMatchesClass(node), $"{where}: the kind does not match the class {node.GetType().Name}.");
        }
    }

    private static bool KindMatchesClass(SyntaxNode node) => node switch
    {
        ConceptDeclarationSyntax => node.Kind is SyntaxKind.ModelDeclaration or SyntaxKind.ConceptDeclaration or SyntaxKind.EventDeclaration,
        BehaviourDeclarationSyntax => node.Kind is SyntaxKind.CreationSchemeDeclaration or SyntaxKind.DeletionSchemeDeclaration
            or SyntaxKind.MethodDeclaration,
        _ => node.GetType().Name == node.Kind + "Syntax",
    };
}
