using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Lexing;

/// <summary>Literal forms and their values (FML reference §2.3; escapes interpreted as in Java, a Flexo decision).</summary>
public sealed class LexerLiteralTests
{
    public static TheoryData<string, object> Numbers => new()
    {
        { "0", 0 },
        { "7", 7 },
        { "42", 42 },
        { "2147483647", int.MaxValue },
        { "1_000_000", 1_000_000 },
        { "0L", 0L },
        { "42L", 42L },
        { "42l", 42L },
        { "2147483648L", 2147483648L },
        { "9223372036854775807L", long.MaxValue },
        { "0x0L", 0L },
        { "0xFFFFFFFFL", 0xFFFFFFFFL },
        { "0x7FFFFFFFFFFFFFFFL", long.MaxValue },
        { "0x100000000", 0x100000000L },
        { "1.5", 1.5 },
        { "1.", 1.0 },
        { ".5", 0.5 },
        { "0.0", 0.0 },
        { "1e10", 1e10 },
        { "1E10", 1e10 },
        { "1.2E-3", 1.2e-3 },
        { "1e+2", 100.0 },
        { "2d", 2.0 },
        { "2D", 2.0 },
        { "1.5d", 1.5 },
        { "1.5f", 1.5f },
        { "1F", 1f },
        { "3.25e2f", 325f },
        { "3.f", 3f },
        { "3.F", 3f },
        { "3.d", 3.0 },
        { "1.e5", 1e5 },
        { "1.E-2", 0.01 },
        { "07.5", 7.5 },
        { "09.5", 9.5 },
        { "00.1", 0.1 },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Number_value_has_the_java_type(string text, object expected)
    {
        var token = FmlText.SingleToken(text);
        Assert.Equal(SyntaxKind.NumericLiteralToken, token.Kind);
        Assert.Empty(FmlText.Lex(text).Diagnostics);
        Assert.Equal(expected, token.Value);
        Assert.IsType(expected.GetType(), token.Value);
    }

    [Theory]
    [InlineData("08", "octal")]
    [InlineData("019", "octal")]
    [InlineData("0x", "hexadecimal digits")]
    [InlineData("0xG", "unexpected letters")]
    [InlineData("12abc", "unexpected letters")]
    [InlineData("1e", "unexpected letters")]
    [InlineData("3.5L", "unexpected letters")]
    [InlineData("99999999999999999999", "too large")]
    [InlineData("99999999999999999999L", "too large")]
    [InlineData("9223372036854775809L", "too large")]
    [InlineData("0x1FFFFFFFFFFFFFFFF", "too large")]
    [InlineData("2147483649", "too large for an int")]
    [InlineData("1e5L", "unexpected letters")]
    public void Invalid_number_is_FML1006_on_the_whole_token(string text, string reason)
    {
        var (tokens, diagnostics) = FmlText.Lex(text);
        var token = tokens[0];
        Assert.Equal(SyntaxKind.NumericLiteralToken, token.Kind);
        Assert.Equal(text, token.Text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("FML1006", diagnostic.Code);
        Assert.Equal(token.Span, diagnostic.Span);
        Assert.Contains(reason, diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(token.Value);
    }

    [Theory]
    [InlineData("model M { int i = 2147483648; }", "FML1006")]
    [InlineData("model M { int i = -2147483648; }", "")]
    [InlineData("model M { int i = - 2147483648; }", "")]
    [InlineData("model M { long l = -9223372036854775808L; }", "")]
    [InlineData("model M { int i = 2147483647; }", "")]
    public void The_smallest_int_is_written_with_a_minus(string source, string codes) =>
        Assert.Equal(codes, string.Join(' ', FmlText.Codes(FmlText.Parse(source))));

    [Theory]
    [InlineData("1..2", new[] { SyntaxKind.NumericLiteralToken, SyntaxKind.DotDotToken, SyntaxKind.NumericLiteralToken })]
    [InlineData("1...", new[] { SyntaxKind.NumericLiteralToken, SyntaxKind.DotDotDotToken })]
    [InlineData("a.5", new[] { SyntaxKind.IdentifierToken, SyntaxKind.NumericLiteralToken })]
    [InlineData("list.get(0).size", new[] { SyntaxKind.IdentifierToken, SyntaxKind.DotToken, SyntaxKind.GetKeyword,
        SyntaxKind.OpenParenToken, SyntaxKind.NumericLiteralToken, SyntaxKind.CloseParenToken, SyntaxKind.DotToken, SyntaxKind.IdentifierToken })]
    [InlineData("1.x", new[] { SyntaxKind.NumericLiteralToken, SyntaxKind.DotToken, SyntaxKind.IdentifierToken })]
    [InlineData("1.toString()", new[] { SyntaxKind.NumericLiteralToken, SyntaxKind.DotToken, SyntaxKind.IdentifierToken,
        SyntaxKind.OpenParenToken, SyntaxKind.CloseParenToken })]
    [InlineData("-1", new[] { SyntaxKind.MinusToken, SyntaxKind.NumericLiteralToken })]
    public void Dots_next_to_numbers(string text, SyntaxKind[] kinds)
    {
        var (tokens, diagnostics) = FmlText.Lex(text);
        Assert.Equal([.. kinds, SyntaxKind.EndOfFileToken], tokens.Select(t => t.Kind));
        Assert.Empty(diagnostics);
    }

    public static TheoryData<string, string> Strings => new()
    {
        { "\"\"", string.Empty },
        { "\"abc\"", "abc" },
        { "\"a b\tc\"", "a b\tc" },
        { "\"line\\nbreak\"", "line\nbreak" },
        { "\"tab\\t\"", "tab\t" },
        { "\"quote\\\"\"", "quote\"" },
        { "\"apostrophe\\'\"", "apostrophe'" },
        { "\"backslash\\\\\"", "backslash\\" },
        { "\"\\b\\f\\r\"", "\b\f\r" },
        { "\"\\u00e9\"", "é" },
        { "\"\\u00E9t\\u00E9\"", "été" },
        { "\"\\uuu0041\"", "A" },
        { "\"\\101\"", "A" },
        { "\"\\0\"", "\0" },
        { "\"\\7\"", "\a" },
        { "\"\\377\"", "\u00FF" },
        { "\"\\400\"", " 0" },
        { "\"\\1234\"", "S4" },
        { "\"a\\\\nb\"", "a\\nb" },
        { "\"unité 😀\"", "unité 😀" },
        { "\"// not a comment\"", "// not a comment" },
        { "\"/* not a comment */\"", "/* not a comment */" },
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public void String_value_interprets_java_escapes(string text, string expected)
    {
        var token = FmlText.SingleToken(text);
        Assert.Equal(SyntaxKind.StringLiteralToken, token.Kind);
        Assert.Equal(text, token.Text);
        Assert.Empty(FmlText.Lex(text).Diagnostics);
        Assert.Equal(expected, token.Value);
    }

    [Theory]
    [InlineData("\"bad \\q escape\"", 5, "\\q")]
    [InlineData("\"\\x41\"", 1, "\\x")]
    [InlineData("\"\\u12\"", 1, "\\u")]
    [InlineData("\"\\uZZZZ\"", 1, "\\u")]
    [InlineData("\"ok \\n then \\z\"", 12, "\\z")]
    public void Invalid_escape_is_FML1005_on_the_escape(string text, int offset, string escape)
    {
        var (tokens, diagnostics) = FmlText.Lex(text);
        Assert.Equal(SyntaxKind.StringLiteralToken, tokens[0].Kind);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("FML1005", diagnostic.Code);
        Assert.Equal(offset, diagnostic.Span.Start);
        Assert.Equal(2, diagnostic.Span.Length);
        Assert.Contains($"'{escape}'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"abc", "\"abc")]
    [InlineData("\"abc\nx", "\"abc")]
    [InlineData("\"abc\r\nx", "\"abc")]
    [InlineData("\"abc\\\"", "\"abc\\\"")]
    [InlineData("\"", "\"")]
    [InlineData("\"ends with backslash\\", "\"ends with backslash\\")]
    public void Unterminated_string_is_FML1002_up_to_the_end_of_the_line(string text, string tokenText)
    {
        var (tokens, diagnostics) = FmlText.Lex(text);
        Assert.Equal(SyntaxKind.StringLiteralToken, tokens[0].Kind);
        Assert.Equal(tokenText, tokens[0].Text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("FML1002", diagnostic.Code);
        Assert.Equal(tokens[0].Span, diagnostic.Span);
    }

    [Fact]
    public void Unterminated_string_does_not_swallow_the_next_line()
    {
        var (tokens, _) = FmlText.Lex("s = \"open;\nint b;");
        Assert.Equal(
            [SyntaxKind.IdentifierToken, SyntaxKind.EqualsToken, SyntaxKind.StringLiteralToken, SyntaxKind.IntKeyword,
                SyntaxKind.IdentifierToken, SyntaxKind.SemicolonToken, SyntaxKind.EndOfFileToken],
            tokens.Select(t => t.Kind));
    }

    public static TheoryData<string, char> Characters => new()
    {
        { "'a'", 'a' },
        { "' '", ' ' },
        { "'\"'", '"' },
        { "'é'", 'é' },
        { "'\\n'", '\n' },
        { "'\\t'", '\t' },
        { "'\\''", '\'' },
        { "'\\\\'", '\\' },
        { "'\\u0041'", 'A' },
        { "'\\101'", 'A' },
        { "'\\0'", '\0' },
    };

    [Theory]
    [MemberData(nameof(Characters))]
    public void Character_value_interprets_escapes(string text, char expected)
    {
        var token = FmlText.SingleToken(text);
        Assert.Equal(SyntaxKind.CharacterLiteralToken, token.Kind);
        Assert.Empty(FmlText.Lex(text).Diagnostics);
        Assert.Equal(expected, token.Value);
    }

    [Theory]
    [InlineData("''")]
    [InlineData("'ab'")]
    [InlineData("'a")]
    [InlineData("'")]
    [InlineData("'a\nb'")]
    public void Malformed_character_literal_is_FML1003(string text)
    {
        var (tokens, diagnostics) = FmlText.Lex(text);
        Assert.Equal(SyntaxKind.CharacterLiteralToken, tokens[0].Kind);
        Assert.Contains(diagnostics, d => d.Code == "FML1003" && d.Span.Start == 0);
    }

    [Theory]
    [InlineData("''")]
    [InlineData("'ab'")]
    public void Character_literal_without_exactly_one_character_has_no_value(string text) => Assert.Null(FmlText.SingleToken(text).Value);

    [Theory]
    [InlineData("true", SyntaxKind.TrueKeyword, true)]
    [InlineData("false", SyntaxKind.FalseKeyword, false)]
    [InlineData("null", SyntaxKind.NullKeyword, null)]
    public void Boolean_and_null_literals(string text, SyntaxKind kind, object? value)
    {
        var token = FmlText.SingleToken(text);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("model M { int i = 42; }", 42)]
    [InlineData("model M { long l = 42L; }", 42L)]
    [InlineData("model M { double d = 4.2; }", 4.2)]
    [InlineData("model M { String s = \"x\\ty\"; }", "x\ty")]
    [InlineData("model M { char c = '\\u0041'; }", 'A')]
    [InlineData("model M { boolean b = true; }", true)]
    public void Literal_expression_in_the_tree_carries_the_value(string source, object expected)
    {
        var literal = FmlText.First<LiteralExpressionSyntax>(FmlText.ParseValid(source));
        Assert.Equal(expected, literal.Token.Value);
    }
}
