using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Corpus;

/// <summary>
/// The tree is built from the lexer's tokens: every token of the tree is a token of the lexer (keywords used as names
/// become identifiers) or adjacent '&gt;' tokens joined into a shift, and <see cref="SyntaxTree.Tokens"/> lists the
/// lexer's tokens.
/// </summary>
public sealed class TokenConsistencyTests
{
    public static TheoryData<string> Samples => SampleCorpus.All;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Tree_tokens_are_the_lexer_tokens(string sample)
    {
        var text = SampleCorpus.ReadText(sample);
        var lexed = FmlText.LexTokens(text);
        var tree = SyntaxTree.Parse(text);
        var next = 0;
        foreach (var token in tree.Root.DescendantTokens().Where(t => !t.IsMissing))
        {
            var first = lexed[next];
            Assert.True(first.Span.Start == token.Span.Start,
                $"{sample}: tree token {token.Kind} at {token.Span} does not start at lexer token {first.Kind} at {first.Span}.");
            var last = next;
            while (lexed[last].Span.End < token.Span.End)
            {
                last++;
            }

            Assert.True(lexed[last].Span.End == token.Span.End, $"{sample}: tree token {token.Kind} at {token.Span} splits a lexer token.");
            if (last > next)
            {
                Assert.True(token.Kind is SyntaxKind.GreaterThanGreaterThanToken or SyntaxKind.GreaterThanGreaterThanGreaterThanToken
                    or SyntaxKind.GreaterThanGreaterThanEqualsToken or SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
                    $"{sample}: tree token {token.Kind} at {token.Span} joins several lexer tokens.");
            }
            else
            {
                Assert.True(token.Kind == first.Kind || (token.Kind == SyntaxKind.IdentifierToken && SyntaxFacts.IsKeyword(first.Kind)),
                    $"{sample}: the lexer's {first.Kind} at {first.Span} became {token.Kind} in the tree.");
            }

            next = last + 1;
        }

        Assert.Equal(lexed.Count, next);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void SyntaxTree_Tokens_lists_the_lexer_tokens(string sample)
    {
        var text = SampleCorpus.ReadText(sample);
        var lexed = FmlText.LexTokens(text);
        var listed = SyntaxTree.Parse(text).Tokens;
        Assert.Equal(lexed.Count, listed.Count);
        for (var i = 0; i < lexed.Count; i++)
        {
            Assert.Equal(lexed[i].Span, listed[i].Span);
            Assert.Equal(lexed[i].FullSpan, listed[i].FullSpan);
            Assert.True(listed[i].Kind == lexed[i].Kind || (listed[i].Kind == SyntaxKind.IdentifierToken && SyntaxFacts.IsKeyword(lexed[i].Kind)),
                $"{sample}: token {i} is {listed[i].Kind}, lexed as {lexed[i].Kind}.");
        }
    }
}
