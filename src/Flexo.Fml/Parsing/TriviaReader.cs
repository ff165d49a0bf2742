using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Parsing;

/// <summary>Splits a range that the lexer classified as trivia into white space, line breaks and comments.</summary>
internal static class TriviaReader
{
    public static IReadOnlyList<SyntaxTrivia> Read(string source, int start, int end)
    {
        if (start >= end)
        {
            return [];
        }

        var result = new List<SyntaxTrivia>();
        var i = start;
        while (i < end)
        {
            var begin = i;
            SyntaxKind kind;
            var c = source[i];
            if (c == '\r' || c == '\n')
            {
                i += c == '\r' && i + 1 < end && source[i + 1] == '\n' ? 2 : 1;
                kind = SyntaxKind.EndOfLineTrivia;
            }
            else if (c == '/' && i + 1 < end && source[i + 1] == '/')
            {
                while (i < end && source[i] != '\r' && source[i] != '\n')
                {
                    i++;
                }

                kind = SyntaxKind.SingleLineCommentTrivia;
            }
            else if (c == '/' && i + 1 < end && source[i + 1] == '*')
            {
                kind = i + 2 < end && source[i + 2] == '*' && !(i + 3 < end && source[i + 3] == '/')
                    ? SyntaxKind.DocumentationCommentTrivia
                    : SyntaxKind.MultiLineCommentTrivia;
                var close = source.IndexOf("*/", i + 2, end - (i + 2), StringComparison.Ordinal);
                i = close < 0 ? end : close + 2;
            }
            else
            {
                while (i < end && Lexer.IsWhitespace(source[i]))
                {
                    i++;
                }

                kind = SyntaxKind.WhitespaceTrivia;
                if (i == begin)
                {
                    i++; // never loop forever on an unexpected character
                }
            }

            result.Add(new SyntaxTrivia(kind, TextSpan.FromBounds(begin, i), source[begin..i]));
        }

        return result;
    }
}
