using System.Collections.Immutable;
using System.Text;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Parsing;
using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Scripts;

internal sealed partial class ScriptParser
{
    private enum FmlCommandKind
    {
        Expression,
        Assert,
        Directive,
    }

    /// <summary>The raw arguments of a directive, where they end, and whether a ';' ends them.</summary>
    private readonly record struct RawArguments(ImmutableArray<ScriptArgument> Arguments, int End, int LastEnd, bool HasSemicolon);

    /// <summary>
    /// An FML command (or the expression of an assertion or of <c>more</c>/<c>enter</c>) whose expression starts at
    /// <paramref name="expressionStart"/>: lexed and parsed up to its ';'.
    /// </summary>
    private int ParseFml(int commandStart, int expressionStart, FmlCommandKind kind, DirectiveTable.Entry? directive = null,
        TextSpan nameSpan = default, string? variable = null)
    {
        var end = _scanner.CommandEnd(expressionStart);
        _rescanBudget -= 2L * (end - expressionStart);
        var table = new Lexer(_text, expressionStart, end, _diagnostics).LexAll();
        var parser = new Parser(table, _diagnostics, _options);
        var first = parser.Position;
        var expression = parser.ParseCommandExpression();
        ExpressionSyntax? message = null;
        if (kind == FmlCommandKind.Assert && parser.TryEatColon())
        {
            message = parser.ParseCommandExpression();
        }

        var (commandEnd, next) = Finish(parser, first, end);
        var span = TextSpan.FromBounds(commandStart, commandEnd);
        var position = PositionOf(commandStart);
        _commands.Add(kind switch
        {
            FmlCommandKind.Assert => new ScriptAssertCommand(span, position, expression, message),
            FmlCommandKind.Directive => new ScriptDirective(span, position, directive!.Kind, nameSpan, [], expression, variable),
            _ => new ScriptExpressionCommand(span, position, expression),
        });
        return next;
    }

    /// <summary>
    /// After the expression of an FML command: the command's end and where the next command starts. A missing ';'
    /// before a line break ends the command there (the next line is the next command); anything else left on the
    /// line is skipped up to the ';'.
    /// </summary>
    private (int CommandEnd, int Next) Finish(Parser parser, int first, int windowEnd)
    {
        var token = parser.CurrentToken;
        if (token.Kind == SyntaxKind.SemicolonToken)
        {
            return (token.Span.End, token.Span.End);
        }

        var previousEnd = parser.PreviousTokenEnd;
        if (parser.IsAtEnd)
        {
            ReportMissingSemicolon(previousEnd, previousEnd);
            return (previousEnd, windowEnd);
        }

        if (parser.Position == first)
        {
            // Nothing could be read: the parser said why.
            return (windowEnd, windowEnd);
        }

        if (_rescanBudget > 0 && _text.AsSpan(previousEnd, token.Span.Start - previousEnd).IndexOfAny('\n', '\r') >= 0)
        {
            // The next line is read again as the next command: what lexing found there is that command's to report.
            ForgetDiagnosticsFrom(token.Span.Start);
            ReportMissingSemicolon(previousEnd, previousEnd);
            return (previousEnd, token.Span.Start);
        }

        Report(ScriptErrors.SemicolonExpected(token.Span, Describe(token)));
        return (windowEnd, windowEnd);
    }

    /// <summary>Drops the diagnostics of this command at or after <paramref name="position"/>.</summary>
    private void ForgetDiagnosticsFrom(int position)
    {
        for (var i = _diagnostics.Count - 1; i >= _commandMark; i--)
        {
            if (_diagnostics[i].Span.Start >= position)
            {
                _diagnostics.RemoveAt(i);
            }
        }
    }

    private static string Describe(SyntaxToken token) => token.Kind switch
    {
        SyntaxKind.StringLiteralToken or SyntaxKind.NumericLiteralToken or SyntaxKind.CharacterLiteralToken or SyntaxKind.BadToken
            => ScriptErrors.Shorten(token.Text),
        _ => $"'{ScriptErrors.Shorten(token.Text)}'",
    };

    private int ParseContext(int start, TextSpan wordSpan)
    {
        var raw = ScanArguments(wordSpan.End);
        if (raw.Arguments.Length > 0)
        {
            Report(ScriptErrors.TooManyDirectiveArguments(raw.Arguments[0].Span, DirectiveTable.Context, "context;"));
        }

        _commands.Add(new ScriptContextCommand(TextSpan.FromBounds(start, EndOf(raw)), PositionOf(start)));
        return raw.End;
    }

    private int ParseDirective(int start, DirectiveTable.Entry directive, TextSpan nameSpan, string? variable)
    {
        var name = _scanner.Slice(nameSpan.Start, nameSpan.End);
        if (directive.Form == DirectiveTable.Form.ExpressionOrResource)
        {
            var p = _scanner.SkipSpaces(nameSpan.End);
            var c = _scanner.At(p);
            var isOption = c == '-' && _scanner.IsNameStartAt(p + 1);
            var isComment = c == '/' && _scanner.At(p + 1) is '/' or '*';
            if (!isOption && !isComment && c != ';' && !_scanner.IsLineEnd(p))
            {
                return ParseFml(start, p, FmlCommandKind.Directive, directive, nameSpan, variable);
            }
        }

        var raw = ScanArguments(nameSpan.End);
        CheckArguments(directive, name, nameSpan, raw.Arguments);
        _commands.Add(new ScriptDirective(TextSpan.FromBounds(start, EndOf(raw)), PositionOf(start), directive.Kind, nameSpan, raw.Arguments, null, variable));
        return raw.End;
    }

    /// <summary>The end of a command read as raw text, reporting its ';' when missing.</summary>
    private int EndOf(RawArguments raw)
    {
        if (raw.HasSemicolon)
        {
            return raw.End;
        }

        ReportMissingSemicolon(raw.LastEnd, raw.End);
        return raw.LastEnd;
    }

    private void CheckArguments(DirectiveTable.Entry directive, string name, TextSpan nameSpan, ImmutableArray<ScriptArgument> arguments)
    {
        var min = directive.Min;
        var max = directive.Max;
        if (directive.Form != DirectiveTable.Form.Plain)
        {
            if (arguments.Length > 0 && arguments[0].IsOption)
            {
                // -r [uri], -f path (and options the host may add).
                (min, max) = arguments[0].Value == "-f" ? (2, 2) : (1, 2);
            }
            else if (directive.Form == DirectiveTable.Form.Resource)
            {
                max = 1;
            }
        }

        if (arguments.Length < min)
        {
            Report(ScriptErrors.MissingDirectiveArgument(arguments.Length == 0 ? nameSpan : arguments[^1].Span, name, directive.Usage));
        }
        else if (arguments.Length > max)
        {
            Report(ScriptErrors.TooManyDirectiveArguments(arguments[max].Span, name, directive.Usage));
        }
    }

    /// <summary>
    /// Raw arguments up to the ';' (consumed) or the end of the line: words separated by white space, or quoted texts.
    /// A '//' or '/*' at the start of an argument begins a comment; inside a word it is part of it
    /// (<c>http://a.b/c.fml</c>).
    /// </summary>
    private RawArguments ScanArguments(int position)
    {
        var arguments = ImmutableArray.CreateBuilder<ScriptArgument>();
        var lastEnd = position;
        while (true)
        {
            position = _scanner.SkipSpaces(position);
            var c = _scanner.At(position);
            if (_scanner.IsLineEnd(position))
            {
                return new RawArguments(arguments.ToImmutable(), position, lastEnd, false);
            }

            if (c == ';')
            {
                return new RawArguments(arguments.ToImmutable(), position + 1, lastEnd, true);
            }

            if (c == '/' && _scanner.At(position + 1) == '/')
            {
                position = _scanner.LineEnd(position);
            }
            else if (c == '/' && _scanner.At(position + 1) == '*')
            {
                var end = _scanner.BlockCommentEnd(position);
                if (end < 0)
                {
                    Report(SyntaxErrors.UnterminatedComment(new TextSpan(position, 2)));
                    end = _scanner.Length;
                }

                position = end;
            }
            else if (c is '"' or '\'')
            {
                arguments.Add(ReadQuoted(position, out position));
                lastEnd = position;
            }
            else
            {
                var start = position;
                while (!_scanner.IsLineEnd(position) && _scanner.At(position) != ';' && !Lexer.IsWhitespace(_scanner.At(position)))
                {
                    position++;
                }

                arguments.Add(new ScriptArgument(_scanner.Slice(start, position), TextSpan.FromBounds(start, position), isQuoted: false));
                lastEnd = position;
            }
        }
    }

    /// <summary>A quoted argument: up to the same quote on the line; <c>\"</c> (or <c>\'</c>) and <c>\\</c> are escapes.</summary>
    private ScriptArgument ReadQuoted(int start, out int end)
    {
        var quote = _scanner.At(start);
        var value = new StringBuilder();
        var position = start + 1;
        while (true)
        {
            if (_scanner.IsLineEnd(position))
            {
                Report(ScriptErrors.UnterminatedQuotedArgument(TextSpan.FromBounds(start, position), quote));
                break;
            }

            var c = _scanner.At(position);
            if (c == quote)
            {
                position++;
                break;
            }

            if (c == '\\' && _scanner.At(position + 1) == quote || (c == '\\' && _scanner.At(position + 1) == '\\'))
            {
                value.Append(_scanner.At(position + 1));
                position += 2;
                continue;
            }

            value.Append(c);
            position++;
        }

        end = position;
        return new ScriptArgument(value.ToString(), TextSpan.FromBounds(start, position), isQuoted: true);
    }
}
