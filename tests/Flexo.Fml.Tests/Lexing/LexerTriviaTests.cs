using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;
using Flexo.Fml.Text;

namespace Flexo.Fml.Tests.Lexing;

/// <summary>Trivia attachment, comments, bad characters and line/column positions.</summary>
public sealed class LexerTriviaTests
{
    private static string Kinds(IReadOnlyList<SyntaxTrivia> trivia) => string.Join(' ', trivia.Select(t => t.Kind.ToString().Replace("Trivia", string.Empty, StringComparison.Ordinal)));

    [Fact]
    public void Trailing_trivia_ends_at_the_first_line_break_and_leading_trivia_has_the_rest()
    {
        var (tokens, _) = FmlText.Lex("a // c\n\n  /* d */ b");
        var (a, b) = (tokens[0], tokens[1]);
        Assert.Equal("Whitespace SingleLineComment EndOfLine", Kinds(a.TrailingTrivia));
        Assert.Equal(" // c\n", a.TrailingTrivia.Aggregate(string.Empty, (s, t) => s + t.Text));
        Assert.Equal("EndOfLine Whitespace MultiLineComment Whitespace", Kinds(b.LeadingTrivia));
        Assert.Empty(a.LeadingTrivia);
        Assert.Empty(b.TrailingTrivia);
    }

    [Fact]
    public void Trailing_trivia_stops_before_the_next_token_on_the_same_line()
    {
        var (tokens, _) = FmlText.Lex("a  b");
        Assert.Equal("Whitespace", Kinds(tokens[0].TrailingTrivia));
        Assert.Empty(tokens[1].LeadingTrivia);
    }

    [Theory]
    [InlineData("a\r\nb", "\r\n")]
    [InlineData("a\nb", "\n")]
    [InlineData("a\rb", "\r")]
    public void A_line_break_is_one_trivia_whatever_its_form(string text, string lineBreak)
    {
        var (tokens, _) = FmlText.Lex(text);
        var trivia = Assert.Single(tokens[0].TrailingTrivia);
        Assert.Equal(SyntaxKind.EndOfLineTrivia, trivia.Kind);
        Assert.Equal(lineBreak, trivia.Text);
        Assert.Empty(tokens[1].LeadingTrivia);
    }

    [Fact]
    public void A_block_comment_spanning_lines_stays_in_the_trailing_trivia()
    {
        var (tokens, _) = FmlText.Lex("a /* x\n y */ b");
        Assert.Equal("Whitespace MultiLineComment Whitespace", Kinds(tokens[0].TrailingTrivia));
        Assert.Empty(tokens[1].LeadingTrivia);
    }

    [Theory]
    [InlineData("/** doc */", SyntaxKind.DocumentationCommentTrivia)]
    [InlineData("/**\n * doc\n */", SyntaxKind.DocumentationCommentTrivia)]
    [InlineData("/* block */", SyntaxKind.MultiLineCommentTrivia)]
    [InlineData("/**/", SyntaxKind.MultiLineCommentTrivia)]
    [InlineData("/***/", SyntaxKind.DocumentationCommentTrivia)]
    [InlineData("// line", SyntaxKind.SingleLineCommentTrivia)]
    [InlineData("//", SyntaxKind.SingleLineCommentTrivia)]
    public void Comment_kinds(string comment, SyntaxKind kind)
    {
        var (tokens, diagnostics) = FmlText.Lex(comment + "\nmodel");
        Assert.Empty(diagnostics);
        var trivia = tokens[0].LeadingTrivia;
        Assert.Equal(kind, trivia[0].Kind);
        Assert.Equal(comment, trivia[0].Text);
        Assert.True(trivia[0].IsComment);
        Assert.Equal(SyntaxKind.ModelKeyword, tokens[0].Kind);
    }

    [Fact]
    public void Comments_at_the_end_belong_to_the_end_of_file_token()
    {
        var (tokens, _) = FmlText.Lex("a\n// last\n/* very last */");
        var eof = tokens[^1];
        Assert.Equal(SyntaxKind.EndOfFileToken, eof.Kind);
        Assert.Equal("SingleLineComment EndOfLine MultiLineComment", Kinds(eof.LeadingTrivia));
        Assert.Empty(eof.TrailingTrivia);
        Assert.Equal(0, eof.Span.Length);
    }

    [Fact]
    public void Byte_order_mark_tabs_and_form_feeds_are_white_space()
    {
        var (tokens, diagnostics) = FmlText.Lex("\uFEFF\tmodel\f\v\u00A0M");
        Assert.Empty(diagnostics);
        Assert.Equal([SyntaxKind.ModelKeyword, SyntaxKind.IdentifierToken, SyntaxKind.EndOfFileToken], tokens.Select(t => t.Kind));
        Assert.Equal("Whitespace", Kinds(tokens[0].LeadingTrivia));
        Assert.Equal("\uFEFF\t", tokens[0].LeadingTrivia[0].Text);
        Assert.Equal("Whitespace", Kinds(tokens[0].TrailingTrivia));
    }

    [Fact]
    public void Comment_markers_inside_strings_are_not_comments()
    {
        var (tokens, diagnostics) = FmlText.Lex("\"a // b /* c\" d");
        Assert.Empty(diagnostics);
        Assert.Equal([SyntaxKind.StringLiteralToken, SyntaxKind.IdentifierToken, SyntaxKind.EndOfFileToken], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Unterminated_comment_is_FML1004_on_its_opening()
    {
        const string text = "model M { int a; /* never closed\n int b; }";
        var (tokens, diagnostics) = FmlText.Lex(text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("FML1004", diagnostic.Code);
        Assert.Equal(new TextSpan(text.IndexOf("/*", StringComparison.Ordinal), 2), diagnostic.Span);
        Assert.Equal(SyntaxKind.EndOfFileToken, tokens[^1].Kind);
        Assert.Equal(SyntaxKind.MultiLineCommentTrivia, tokens[^2].TrailingTrivia[^1].Kind);
        Assert.Equal(text, string.Concat(tokens.Select(t => t.ToFullString())));
    }

    [Theory]
    [InlineData("#", '#')]
    [InlineData("`", '`')]
    [InlineData("\\", '\\')]
    [InlineData("\0", '\0')]
    [InlineData("\u2028", '\u2028')]
    [InlineData("€", '€')]
    public void Bad_character_is_FML1001_and_a_bad_token(string text, char c)
    {
        var (tokens, diagnostics) = FmlText.Lex("a " + text + " b");
        Assert.Equal([SyntaxKind.IdentifierToken, SyntaxKind.BadToken, SyntaxKind.IdentifierToken, SyntaxKind.EndOfFileToken],
            tokens.Select(t => t.Kind));
        Assert.Equal(text, tokens[1].Text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("FML1001", diagnostic.Code);
        Assert.Equal(new TextSpan(2, text.Length), diagnostic.Span);
        Assert.Contains(char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString(), diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_surrogate_pair_is_one_bad_token()
    {
        var (tokens, diagnostics) = FmlText.Lex("a😀b");
        Assert.Equal([SyntaxKind.IdentifierToken, SyntaxKind.BadToken, SyntaxKind.IdentifierToken, SyntaxKind.EndOfFileToken],
            tokens.Select(t => t.Kind));
        Assert.Equal("😀", tokens[1].Text);
        Assert.Equal(new TextSpan(1, 2), Assert.Single(diagnostics).Span);
    }

    [Fact]
    public void A_lone_surrogate_is_one_bad_token()
    {
        var (tokens, diagnostics) = FmlText.Lex("a\uD800b");
        Assert.Equal(SyntaxKind.BadToken, tokens[1].Kind);
        Assert.Equal(new TextSpan(1, 1), Assert.Single(diagnostics).Span);
    }

    [Fact]
    public void Line_and_column_positions_with_crlf_cr_and_tabs()
    {
        const string text = "model M {\r\n\tint x;\r\n\r\tint y;\n}";
        var (tokens, _) = FmlText.Lex(text);
        var source = new SourceText(text);
        string At(string tokenText) => source.GetLinePosition(tokens.First(t => t.Text == tokenText).Span.Start).ToString();
        Assert.Equal("1,1", At("model"));
        Assert.Equal("1,9", At("{"));
        Assert.Equal("2,2", At("int"));
        Assert.Equal("2,6", At("x"));
        Assert.Equal("4,6", At("y"));
        Assert.Equal("5,1", At("}"));
        Assert.Equal(5, source.LineCount);
        Assert.Equal(new LinePosition(1, 10), source.GetLinePosition(9));
        Assert.Equal(new LinePosition(1, 11), source.GetLinePosition(10));
        Assert.Equal(new LinePosition(2, 1), source.GetLinePosition(11));
    }

    [Fact]
    public void Positions_past_the_end_clamp_to_the_last_character()
    {
        var source = new SourceText("ab\ncd");
        Assert.Equal(new LinePosition(2, 3), source.GetLinePosition(5));
        Assert.Equal(new LinePosition(2, 3), source.GetLinePosition(99));
        Assert.Equal(new LinePosition(1, 1), source.GetLinePosition(-4));
    }

    [Fact]
    public void Token_spans_and_full_spans()
    {
        var (tokens, _) = FmlText.Lex("  model  M\n");
        Assert.Equal(new TextSpan(2, 5), tokens[0].Span);
        Assert.Equal(new TextSpan(0, 9), tokens[0].FullSpan);
        Assert.Equal(new TextSpan(9, 1), tokens[1].Span);
        Assert.Equal(new TextSpan(9, 2), tokens[1].FullSpan);
        Assert.True(tokens[0].HasLeadingTrivia && tokens[0].HasTrailingTrivia);
        Assert.Equal("  model  ", tokens[0].ToFullString());
        Assert.Equal("model", tokens[0].ToString());
    }
}
