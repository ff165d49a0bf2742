using Flexo.Fml.Diagnostics;
using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Parsing;

/// <summary>
/// Turns source text into tokens with their trivia. Every word is lexed as a keyword when it spells one; the
/// parser treats keywords as names wherever a name is expected, so letter case and keyword-ness never decide
/// legality (contextual keywords). The lexer never throws and always ends with an end-of-file token.
/// </summary>
internal sealed class Lexer
{
    private readonly string _text;
    private readonly int _start;
    private readonly int _end;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, SyntaxKind> _words = SyntaxFacts.CreateKeywordTable();
    private readonly Dictionary<string, SyntaxKind>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private int _pos;
    private SyntaxKind _previousKind;

    public Lexer(string text, List<Diagnostic> diagnostics)
        : this(text, 0, text.Length, diagnostics)
    {
    }

    /// <summary>
    /// A lexer of the characters [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> only (one
    /// command of a script): positions stay those of the whole text, and the end-of-file token sits at <paramref name="end"/>.
    /// </summary>
    public Lexer(string text, int start, int end, List<Diagnostic> diagnostics)
    {
        _text = text;
        _start = start;
        _end = end;
        _pos = start;
        _diagnostics = diagnostics;
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Lexes the whole text (or window) into a token table ending with the end-of-file token.</summary>
    public TokenTable LexAll()
    {
        var table = new TokenTable(_text, ((_end - _start) / 4) + 16);
        while (Next(table) != SyntaxKind.EndOfFileToken)
        {
        }

        table.MarkSourceEnd();
        return table;
    }

    internal static bool IsWhitespace(char c) =>
        c is ' ' or '\t' or '\f' or '\v' or '\uFEFF' || (c > 127 && c != '\u2028' && c != '\u2029' && char.IsWhiteSpace(c));

    internal static bool IsNameStart(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || c == '$' || (c > 127 && char.IsLetter(c));

    internal static bool IsNamePart(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_' || c == '$'
        || (c > 127 && (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation));

    private char Peek(int ahead = 0) => _pos + ahead < _end ? _text[_pos + ahead] : '\0';

    private SyntaxKind Next(TokenTable table)
    {
        var fullStart = _pos;
        ScanTrivia(trailing: false);
        var start = _pos;
        var kind = ScanToken(out var text);
        var end = _pos;
        if (kind != SyntaxKind.EndOfFileToken)
        {
            ScanTrivia(trailing: true);
        }

        table.Add(kind, fullStart, start, end, _pos, text);
        _previousKind = kind;
        return kind;
    }

    private void ScanTrivia(bool trailing)
    {
        while (_pos < _end)
        {
            var c = _text[_pos];
            if (c == '\n' || c == '\r')
            {
                _pos += c == '\r' && Peek(1) == '\n' ? 2 : 1;
                if (trailing)
                {
                    return;
                }
            }
            else if (IsWhitespace(c))
            {
                _pos++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                var eol = _text.AsSpan(_pos, _end - _pos).IndexOfAny('\r', '\n');
                _pos = eol < 0 ? _end : _pos + eol;
            }
            else if (c == '/' && Peek(1) == '*')
            {
                var close = _pos + 2 <= _end ? _text.IndexOf("*/", _pos + 2, _end - _pos - 2, StringComparison.Ordinal) : -1;
                if (close < 0)
                {
                    _diagnostics.Add(SyntaxErrors.UnterminatedComment(new TextSpan(_pos, 2)));
                    _pos = _end;
                }
                else
                {
                    _pos = close + 2;
                }
            }
            else
            {
                return;
            }
        }
    }

    private SyntaxKind ScanToken(out string? text)
    {
        text = null;
        if (_pos >= _end)
        {
            text = string.Empty;
            return SyntaxKind.EndOfFileToken;
        }

        var c = _text[_pos];
        if (IsNameStart(c))
        {
            return ScanName(out text);
        }

        if ((uint)(c - '0') <= 9 || (c == '.' && (uint)(Peek(1) - '0') <= 9))
        {
            ScanNumber();
            return SyntaxKind.NumericLiteralToken;
        }

        var kind = ScanPunctuation(c);
        if (kind != SyntaxKind.None)
        {
            text = SyntaxFacts.GetText(kind);
            return kind;
        }

        switch (c)
        {
            case '"':
                ScanString();
                return SyntaxKind.StringLiteralToken;
            case '\'':
                ScanChar();
                return SyntaxKind.CharacterLiteralToken;
            default:
                var width = char.IsHighSurrogate(c) && char.IsLowSurrogate(Peek(1)) ? 2 : 1;
                _diagnostics.Add(SyntaxErrors.UnexpectedCharacter(new TextSpan(_pos, width), c));
                _pos += width;
                return SyntaxKind.BadToken;
        }
    }

    private SyntaxKind ScanName(out string text)
    {
        var start = _pos;
        _pos++;
        while (_pos < _end && IsNamePart(_text[_pos]))
        {
            _pos++;
        }

        // One lookup gives both the keyword kind and the shared string of every name (names are interned per file).
        var span = _text.AsSpan(start, _pos - start);
        if (!_wordLookup.TryGetValue(span, out var interned, out var kind))
        {
            interned = span.ToString();
            kind = SyntaxKind.IdentifierToken;
            _words.Add(interned, kind);
        }

        text = interned;
        return kind;
    }

    private void ScanNumber()
    {
        var start = _pos;
        if (Peek() == '0' && (Peek(1) | 0x20) == 'x')
        {
            _pos += 2;
            while (Uri.IsHexDigit(Peek()) || Peek() == '_')
            {
                _pos++;
            }

            if ((Peek() | 0x20) == 'l')
            {
                _pos++;
            }
        }
        else
        {
            SkipDigits();
            var isFloat = false;
            if (Peek() == '.' && IsFractionStart(Peek(1), Peek(2), Peek(3)))
            {
                isFloat = true;
                _pos++;
                SkipDigits();
            }

            if ((Peek() | 0x20) == 'e' && ((uint)(Peek(1) - '0') <= 9 || ((Peek(1) is '+' or '-') && (uint)(Peek(2) - '0') <= 9)))
            {
                isFloat = true;
                _pos += 2;
                SkipDigits();
            }

            var suffix = Peek() | 0x20;
            if (suffix is 'f' or 'd' || (suffix == 'l' && !isFloat))
            {
                _pos++;
            }
        }

        // A name glued to a number (12abc) is one malformed token, not two.
        var glued = false;
        while (_pos < _end && IsNamePart(_text[_pos]))
        {
            _pos++;
            glued = true;
        }

        var text = _text[start.._pos];
        if (glued)
        {
            _diagnostics.Add(SyntaxErrors.InvalidNumber(TextSpan.FromBounds(start, _pos), text, "unexpected letters in a number"));
        }
        else if (!LiteralReader.TryReadNumber(text, _previousKind == SyntaxKind.MinusToken, out _, out var error))
        {
            _diagnostics.Add(SyntaxErrors.InvalidNumber(TextSpan.FromBounds(start, _pos), text, error ?? "malformed"));
        }
    }

    /// <summary>
    /// After the digits of <c>1.</c>: is the dot part of the number? Yes before digits (<c>1.5</c>), a suffix
    /// (<c>3.f</c>), an exponent (<c>1.e3</c>) or anything that cannot follow a number (<c>1.;</c>); no before
    /// another dot (<c>1..2</c>) or a name (<c>1.foo</c>, left to the parser to reject).
    /// </summary>
    private static bool IsFractionStart(char next, char after, char third) =>
        (uint)(next - '0') <= 9
        || ((next | 0x20) is 'f' or 'd' && !IsNamePart(after))
        || ((next | 0x20) == 'e' && ((uint)(after - '0') <= 9 || (after is '+' or '-' && (uint)(third - '0') <= 9)))
        || (next != '.' && !IsNameStart(next));

    private void SkipDigits()
    {
        while ((uint)(Peek() - '0') <= 9 || (Peek() == '_' && (uint)(Peek(1) - '0') <= 9))
        {
            _pos++;
        }
    }

    private void ScanString()
    {
        var start = _pos;
        if (!ScanQuoted('"'))
        {
            _diagnostics.Add(SyntaxErrors.UnterminatedString(TextSpan.FromBounds(start, _pos)));
            return;
        }

        CheckEscapes(start + 1, _pos - 1);
    }

    private void ScanChar()
    {
        var start = _pos;
        if (!ScanQuoted('\''))
        {
            _diagnostics.Add(SyntaxErrors.InvalidCharacterLiteral(TextSpan.FromBounds(start, _pos)));
            return;
        }

        var value = LiteralReader.Unescape(_text, start + 1, _pos - 1, out var invalid);
        if (invalid >= 0)
        {
            _diagnostics.Add(SyntaxErrors.InvalidEscape(new TextSpan(invalid, 2), _text.Substring(invalid, 2)));
        }
        else if (value.Length != 1)
        {
            _diagnostics.Add(SyntaxErrors.InvalidCharacterLiteral(TextSpan.FromBounds(start, _pos)));
        }
    }

    /// <summary>
    /// Scans a quoted literal from its opening quote to the closing <paramref name="quote"/> (escapes skipped);
    /// false when the line or the text ends first.
    /// </summary>
    private bool ScanQuoted(char quote)
    {
        _pos++;
        while (true)
        {
            var c = Peek();
            if (_pos >= _end || c == '\n' || c == '\r')
            {
                return false;
            }

            _pos++;
            if (c == quote)
            {
                return true;
            }

            if (c == '\\' && _pos < _end && _text[_pos] is not '\n' and not '\r')
            {
                _pos++;
            }
        }
    }

    private void CheckEscapes(int start, int end)
    {
        if (_text.AsSpan(start, end - start).IndexOf('\\') < 0)
        {
            return;
        }

        LiteralReader.Unescape(_text, start, end, out var invalid);
        if (invalid >= 0)
        {
            _diagnostics.Add(SyntaxErrors.InvalidEscape(new TextSpan(invalid, 2), _text.Substring(invalid, 2)));
        }
    }

    private SyntaxKind ScanPunctuation(char c)
    {
        var next = Peek(1);
        (SyntaxKind kind, int width) result = c switch
        {
            '(' => (SyntaxKind.OpenParenToken, 1),
            ')' => (SyntaxKind.CloseParenToken, 1),
            '{' => (SyntaxKind.OpenBraceToken, 1),
            '}' => (SyntaxKind.CloseBraceToken, 1),
            '[' => (SyntaxKind.OpenBracketToken, 1),
            ']' => (SyntaxKind.CloseBracketToken, 1),
            ';' => (SyntaxKind.SemicolonToken, 1),
            ',' => (SyntaxKind.CommaToken, 1),
            '.' when next == '.' && Peek(2) == '.' => (SyntaxKind.DotDotDotToken, 3),
            '.' when next == '.' => (SyntaxKind.DotDotToken, 2),
            '.' => (SyntaxKind.DotToken, 1),
            ':' when next == ':' => (SyntaxKind.ColonColonToken, 2),
            ':' => (SyntaxKind.ColonToken, 1),
            '?' => (SyntaxKind.QuestionToken, 1),
            '@' => (SyntaxKind.AtToken, 1),
            '=' when next == '=' => (SyntaxKind.EqualsEqualsToken, 2),
            '=' => (SyntaxKind.EqualsToken, 1),
            '!' when next == '=' => (SyntaxKind.ExclamationEqualsToken, 2),
            '!' => (SyntaxKind.ExclamationToken, 1),
            '~' => (SyntaxKind.TildeToken, 1),
            '<' when next == '<' && Peek(2) == '=' => (SyntaxKind.LessThanLessThanEqualsToken, 3),
            '<' when next == '<' => (SyntaxKind.LessThanLessThanToken, 2),
            '<' when next == '=' => (SyntaxKind.LessThanEqualsToken, 2),
            '<' => (SyntaxKind.LessThanToken, 1),
            // '>' is always lexed alone (or as '>='); the parser joins '>' '>' into shifts, so that
            // nested generics such as List<List<String>> close naturally.
            '>' when next == '=' => (SyntaxKind.GreaterThanEqualsToken, 2),
            '>' => (SyntaxKind.GreaterThanToken, 1),
            '&' when next == '&' => (SyntaxKind.AmpersandAmpersandToken, 2),
            '&' when next == '=' => (SyntaxKind.AmpersandEqualsToken, 2),
            '&' => (SyntaxKind.AmpersandToken, 1),
            '|' when next == '|' => (SyntaxKind.BarBarToken, 2),
            '|' when next == '=' => (SyntaxKind.BarEqualsToken, 2),
            '|' => (SyntaxKind.BarToken, 1),
            '^' when next == '=' => (SyntaxKind.CaretEqualsToken, 2),
            '^' => (SyntaxKind.CaretToken, 1),
            '+' when next == '+' => (SyntaxKind.PlusPlusToken, 2),
            '+' when next == '=' => (SyntaxKind.PlusEqualsToken, 2),
            '+' => (SyntaxKind.PlusToken, 1),
            '-' when next == '-' => (SyntaxKind.MinusMinusToken, 2),
            '-' when next == '=' => (SyntaxKind.MinusEqualsToken, 2),
            '-' => (SyntaxKind.MinusToken, 1),
            '*' when next == '=' => (SyntaxKind.AsteriskEqualsToken, 2),
            '*' => (SyntaxKind.AsteriskToken, 1),
            '/' when next == '=' => (SyntaxKind.SlashEqualsToken, 2),
            '/' => (SyntaxKind.SlashToken, 1),
            '%' when next == '=' => (SyntaxKind.PercentEqualsToken, 2),
            '%' => (SyntaxKind.PercentToken, 1),
            _ => (SyntaxKind.None, 0),
        };
        _pos += result.width;
        return result.kind;
    }
}
