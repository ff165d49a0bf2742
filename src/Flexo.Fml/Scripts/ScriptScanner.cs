using Flexo.Fml.Parsing;

namespace Flexo.Fml.Scripts;

/// <summary>
/// Character-level reading of a script: trivia, words, the extent of a command. It agrees with the FML lexer on what
/// is a comment and what is a string or character literal, so a ';' inside either never ends a command.
/// </summary>
internal sealed class ScriptScanner
{
    private readonly string _text;

    public ScriptScanner(string text) => _text = text;

    public int Length => _text.Length;

    public char At(int position) => position < _text.Length ? _text[position] : '\0';

    public string Slice(int start, int end) => _text[start..end];

    public bool IsLineEnd(int position) => position >= _text.Length || _text[position] is '\n' or '\r';

    /// <summary>Spaces and tabs, not line ends.</summary>
    public int SkipSpaces(int position)
    {
        while (position < _text.Length && Lexer.IsWhitespace(_text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>
    /// White space, line ends and comments. <paramref name="unterminated"/> is the position of a <c>/*</c> that never
    /// ends (the scan then stops at the end of the text), or -1.
    /// </summary>
    public int SkipTrivia(int position, out int unterminated)
    {
        unterminated = -1;
        while (position < _text.Length)
        {
            var c = _text[position];
            if (c is '\n' or '\r' || Lexer.IsWhitespace(c))
            {
                position++;
            }
            else if (c == '/' && At(position + 1) == '/')
            {
                position = LineEnd(position);
            }
            else if (c == '/' && At(position + 1) == '*')
            {
                var end = BlockCommentEnd(position);
                if (end < 0)
                {
                    unterminated = position;
                    return _text.Length;
                }

                position = end;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    /// <summary>The position just after the <c>*/</c> closing the comment that starts at <paramref name="position"/>, or -1.</summary>
    public int BlockCommentEnd(int position)
    {
        var close = position + 2 <= _text.Length ? _text.IndexOf("*/", position + 2, StringComparison.Ordinal) : -1;
        return close < 0 ? -1 : close + 2;
    }

    /// <summary>The position of the first line end at or after <paramref name="position"/> (or the end of the text).</summary>
    public int LineEnd(int position)
    {
        var end = _text.AsSpan(position).IndexOfAny('\r', '\n');
        return end < 0 ? _text.Length : position + end;
    }

    /// <summary>The end of the name starting at <paramref name="position"/> (which must start a name).</summary>
    public int ReadWord(int position)
    {
        position++;
        while (position < _text.Length && Lexer.IsNamePart(_text[position]))
        {
            position++;
        }

        return position;
    }

    public bool IsNameStartAt(int position) => position < _text.Length && Lexer.IsNameStart(_text[position]);

    /// <summary>
    /// The end of an FML command starting at <paramref name="position"/>: just after its first ';' outside literals
    /// and comments, or the end of the text when there is none.
    /// </summary>
    public int CommandEnd(int position)
    {
        while (position < _text.Length)
        {
            switch (_text[position])
            {
                case ';':
                    return position + 1;
                case '"' or '\'':
                    position = QuotedEnd(position);
                    break;
                case '/' when At(position + 1) == '/':
                    position = LineEnd(position);
                    break;
                case '/' when At(position + 1) == '*':
                    var end = BlockCommentEnd(position);
                    position = end < 0 ? _text.Length : end;
                    break;
                default:
                    position++;
                    break;
            }
        }

        return _text.Length;
    }

    /// <summary>
    /// The end of a statement written as a command (<c>if (c) { a; b; }</c>): its first ';' outside braces, or the
    /// '}' closing its first block.
    /// </summary>
    public int StatementEnd(int position)
    {
        var depth = 0;
        while (position < _text.Length)
        {
            switch (_text[position])
            {
                case ';' when depth == 0:
                    return position + 1;
                case '{':
                    depth++;
                    position++;
                    break;
                case '}':
                    position++;
                    if (--depth <= 0)
                    {
                        return position;
                    }

                    break;
                case '"' or '\'':
                    position = QuotedEnd(position);
                    break;
                case '/' when At(position + 1) == '/':
                    position = LineEnd(position);
                    break;
                case '/' when At(position + 1) == '*':
                    var end = BlockCommentEnd(position);
                    position = end < 0 ? _text.Length : end;
                    break;
                default:
                    position++;
                    break;
            }
        }

        return _text.Length;
    }

    /// <summary>
    /// The end of a literal opened by the quote at <paramref name="position"/>, as the FML lexer reads it: after the
    /// closing quote, or at the line end when it is missing; a backslash escapes the next character of the line.
    /// </summary>
    public int QuotedEnd(int position)
    {
        var quote = _text[position];
        position++;
        while (position < _text.Length)
        {
            var c = _text[position];
            if (c is '\n' or '\r')
            {
                return position;
            }

            position++;
            if (c == quote)
            {
                return position;
            }

            if (c == '\\' && position < _text.Length && _text[position] is not '\n' and not '\r')
            {
                position++;
            }
        }

        return position;
    }
}
