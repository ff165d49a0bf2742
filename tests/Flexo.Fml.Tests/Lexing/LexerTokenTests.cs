using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Lexing;

/// <summary>Operators, separators, keywords and names (FML reference §2.2, §2.4, §2.5).</summary>
public sealed class LexerTokenTests
{
    public static TheoryData<string, SyntaxKind> Punctuation => new()
    {
        { "(", SyntaxKind.OpenParenToken },
        { ")", SyntaxKind.CloseParenToken },
        { "{", SyntaxKind.OpenBraceToken },
        { "}", SyntaxKind.CloseBraceToken },
        { "[", SyntaxKind.OpenBracketToken },
        { "]", SyntaxKind.CloseBracketToken },
        { ";", SyntaxKind.SemicolonToken },
        { ",", SyntaxKind.CommaToken },
        { ".", SyntaxKind.DotToken },
        { "..", SyntaxKind.DotDotToken },
        { "...", SyntaxKind.DotDotDotToken },
        { ":", SyntaxKind.ColonToken },
        { "::", SyntaxKind.ColonColonToken },
        { "?", SyntaxKind.QuestionToken },
        { "@", SyntaxKind.AtToken },
        { "=", SyntaxKind.EqualsToken },
        { "+=", SyntaxKind.PlusEqualsToken },
        { "-=", SyntaxKind.MinusEqualsToken },
        { "*=", SyntaxKind.AsteriskEqualsToken },
        { "/=", SyntaxKind.SlashEqualsToken },
        { "%=", SyntaxKind.PercentEqualsToken },
        { "&=", SyntaxKind.AmpersandEqualsToken },
        { "|=", SyntaxKind.BarEqualsToken },
        { "^=", SyntaxKind.CaretEqualsToken },
        { "<<=", SyntaxKind.LessThanLessThanEqualsToken },
        { "==", SyntaxKind.EqualsEqualsToken },
        { "!=", SyntaxKind.ExclamationEqualsToken },
        { "<", SyntaxKind.LessThanToken },
        { "<=", SyntaxKind.LessThanEqualsToken },
        { ">", SyntaxKind.GreaterThanToken },
        { ">=", SyntaxKind.GreaterThanEqualsToken },
        { "&&", SyntaxKind.AmpersandAmpersandToken },
        { "||", SyntaxKind.BarBarToken },
        { "!", SyntaxKind.ExclamationToken },
        { "~", SyntaxKind.TildeToken },
        { "&", SyntaxKind.AmpersandToken },
        { "|", SyntaxKind.BarToken },
        { "^", SyntaxKind.CaretToken },
        { "<<", SyntaxKind.LessThanLessThanToken },
        { "+", SyntaxKind.PlusToken },
        { "-", SyntaxKind.MinusToken },
        { "*", SyntaxKind.AsteriskToken },
        { "/", SyntaxKind.SlashToken },
        { "%", SyntaxKind.PercentToken },
        { "++", SyntaxKind.PlusPlusToken },
        { "--", SyntaxKind.MinusMinusToken },
    };

    [Theory]
    [MemberData(nameof(Punctuation))]
    public void Operator_or_separator_lexes_as_one_token(string text, SyntaxKind kind)
    {
        var token = FmlText.SingleToken(text);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(text, token.Text);
        Assert.Equal(text, SyntaxFacts.GetText(kind));
        Assert.Empty(FmlText.Lex(text).Diagnostics);
    }

    /// <summary>Every kind with a fixed text lexes back to itself, except the shifts the parser composes from '&gt;'.</summary>
    [Fact]
    public void Every_fixed_text_kind_lexes_back_to_itself()
    {
        var composed = new[]
        {
            SyntaxKind.GreaterThanGreaterThanToken, SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
            SyntaxKind.GreaterThanGreaterThanEqualsToken, SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
            SyntaxKind.DollarToken,
        };
        foreach (var kind in Enum.GetValues<SyntaxKind>())
        {
            if (SyntaxFacts.GetText(kind) is not { } text || composed.Contains(kind))
            {
                continue;
            }

            var token = FmlText.SingleToken(text);
            Assert.True(token.Kind == kind, $"'{text}' lexes as {token.Kind}, not {kind}.");
        }
    }

    /// <summary>'&gt;' is always lexed alone so that List&lt;List&lt;X&gt;&gt; closes; the parser joins adjacent ones into shifts.</summary>
    [Theory]
    [InlineData(">>", new[] { SyntaxKind.GreaterThanToken, SyntaxKind.GreaterThanToken })]
    [InlineData(">>>", new[] { SyntaxKind.GreaterThanToken, SyntaxKind.GreaterThanToken, SyntaxKind.GreaterThanToken })]
    [InlineData(">>=", new[] { SyntaxKind.GreaterThanToken, SyntaxKind.GreaterThanEqualsToken })]
    [InlineData(">>>=", new[] { SyntaxKind.GreaterThanToken, SyntaxKind.GreaterThanToken, SyntaxKind.GreaterThanEqualsToken })]
    [InlineData("<<<", new[] { SyntaxKind.LessThanLessThanToken, SyntaxKind.LessThanToken })]
    [InlineData("....", new[] { SyntaxKind.DotDotDotToken, SyntaxKind.DotToken })]
    [InlineData(":::", new[] { SyntaxKind.ColonColonToken, SyntaxKind.ColonToken })]
    [InlineData("+++", new[] { SyntaxKind.PlusPlusToken, SyntaxKind.PlusToken })]
    [InlineData("a-->b", new[] { SyntaxKind.IdentifierToken, SyntaxKind.MinusMinusToken, SyntaxKind.GreaterThanToken, SyntaxKind.IdentifierToken })]
    [InlineData("===", new[] { SyntaxKind.EqualsEqualsToken, SyntaxKind.EqualsToken })]
    [InlineData("!==", new[] { SyntaxKind.ExclamationEqualsToken, SyntaxKind.EqualsToken })]
    [InlineData("&&&", new[] { SyntaxKind.AmpersandAmpersandToken, SyntaxKind.AmpersandToken })]
    public void Longest_match_splits_operator_runs(string text, SyntaxKind[] kinds)
    {
        var (tokens, diagnostics) = FmlText.Lex(text);
        Assert.Equal([.. kinds, SyntaxKind.EndOfFileToken], tokens.Select(t => t.Kind));
        Assert.Empty(diagnostics);
    }

    public static TheoryData<string> Keywords
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var kind in Enum.GetValues<SyntaxKind>().Where(SyntaxFacts.IsKeyword))
            {
                data.Add(SyntaxFacts.GetText(kind)!);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Keywords))]
    public void Keyword_lexes_as_its_keyword_kind(string keyword)
    {
        var token = FmlText.SingleToken(keyword);
        Assert.True(SyntaxFacts.IsKeyword(token.Kind), $"'{keyword}' lexes as {token.Kind}.");
        Assert.Equal(keyword, SyntaxFacts.GetText(token.Kind));
        Assert.Equal(token.Kind, SyntaxFacts.GetKeywordKind(keyword));
    }

    [Theory]
    [MemberData(nameof(Keywords))]
    public void Keyword_with_other_case_or_suffix_is_an_identifier(string keyword)
    {
        foreach (var text in new[] { char.ToUpperInvariant(keyword[0]) + keyword[1..], keyword.ToUpperInvariant(), keyword + "1",
            keyword + "_", "_" + keyword, keyword + "$", keyword + "é" })
        {
            var token = FmlText.SingleToken(text);
            Assert.True(token.Kind == SyntaxKind.IdentifierToken, $"'{text}' lexes as {token.Kind}.");
            Assert.Equal(text, token.Text);
        }
    }

    /// <summary>Exactly the words of the language reference are keywords; the scope names are plain identifiers.</summary>
    [Fact]
    public void The_keyword_set_is_the_reference_list_plus_the_newer_forms()
    {
        var expected = ("abstract action as assert begin concept create default delete do else end enum event extends fire "
            + "for from get if import in inside instanceof listen log match model namespace new notify onfailure private "
            + "protected public required return select set super then typedef unique use values where while with "
            + "true false null boolean char short int long byte float double void connect unmatched using").Split(' ');
        var actual = Enum.GetValues<SyntaxKind>().Where(SyntaxFacts.IsKeyword).Select(k => SyntaxFacts.GetText(k)!);
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        foreach (var name in new[] { "this", "container", "parameters", "evt", "selected", "value", "super_Parent", "resourceCenter",
            "conceptType", "virtualModelType", "enumValues", "class", "List", "String" })
        {
            Assert.Equal(SyntaxKind.IdentifierToken, FmlText.SingleToken(name).Kind);
        }
    }

    /// <summary>D9: one identifier token, whatever the letter case (no lidentifier/uidentifier/cidentifier split).</summary>
    [Theory]
    [InlineData("a")]
    [InlineData("A")]
    [InlineData("ABC")]
    [InlineData("T2")]
    [InlineData("FMLRT")]
    [InlineData("DIAGRAM_SHAPE")]
    [InlineData("title")]
    [InlineData("Library")]
    [InlineData("_private")]
    [InlineData("$dollar")]
    [InlineData("$")]
    [InlineData("AnOtherModel$AConcept")]
    [InlineData("unité")]
    [InlineData("Ωmega")]
    [InlineData("x1_y2$z3")]
    public void Names_of_any_case_shape_are_one_identifier_token(string name)
    {
        var token = FmlText.SingleToken(name);
        Assert.Equal(SyntaxKind.IdentifierToken, token.Kind);
        Assert.Equal(name, token.Text);
        Assert.Equal(name, token.Value);
        Assert.Empty(FmlText.Lex(name).Diagnostics);
    }

    [Fact]
    public void A_sequence_of_tokens_keeps_its_order_and_texts()
    {
        const string text = "public concept Book extends Item{int[0,*]pages=a.b(1)>=2;}";
        var (tokens, diagnostics) = FmlText.Lex(text);
        Assert.Empty(diagnostics);
        Assert.Equal(
            ["public", "concept", "Book", "extends", "Item", "{", "int", "[", "0", ",", "*", "]", "pages", "=", "a", ".", "b", "(", "1",
                ")", ">=", "2", ";", "}", ""],
            tokens.Select(t => t.Text));
        Assert.Equal(text, string.Concat(tokens.Select(t => t.ToFullString())));
    }

    [Fact]
    public void Empty_text_gives_only_the_end_of_file_token()
    {
        var (tokens, diagnostics) = FmlText.Lex(string.Empty);
        var eof = Assert.Single(tokens);
        Assert.Equal(SyntaxKind.EndOfFileToken, eof.Kind);
        Assert.Equal(0, eof.FullSpan.Length);
        Assert.False(eof.IsMissing);
        Assert.Empty(diagnostics);
    }
}
