using System.Collections.Frozen;
using System.Collections.Immutable;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Parsing;
using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Scripts;

/// <summary>
/// Splits a script into commands. Each command is classified from its first words (a directive, <c>context</c>,
/// <c>assert</c>, <c>x = load ...</c>, or an FML command); directive arguments are read as raw text, FML commands
/// are lexed and parsed by the FML lexer and parser over the command's own characters, so positions stay those of
/// the script. Never throws; every loop makes progress, and the work is linear in the size of the script.
/// </summary>
internal sealed partial class ScriptParser
{
    /// <summary>Words that start statements, which are not script commands.</summary>
    private static readonly FrozenSet<string> s_statementWords =
        FrozenSet.Create(StringComparer.Ordinal, "if", "while", "for", "do", "return", "else", "switch", "break", "continue", "try");

    /// <summary>Words that may be followed by another word in an FML command (<c>log x</c>, <c>select unique A</c>).</summary>
    private static readonly FrozenSet<string> s_actionWords =
        FrozenSet.Create(StringComparer.Ordinal, "select", "log", "delete", "fire", "notify", "begin", "end", "match", "new");

    /// <summary>Words that start declarations of an FML unit.</summary>
    private static readonly FrozenSet<string> s_unitWords = FrozenSet.Create(StringComparer.Ordinal,
        "model", "concept", "enum", "event", "import", "use", "namespace", "public", "private", "protected", "abstract", "typedef");

    private static readonly FrozenSet<string> s_primitiveTypes =
        FrozenSet.Create(StringComparer.Ordinal, "boolean", "char", "byte", "short", "int", "long", "float", "double");

    private readonly SourceText _source;
    private readonly string _text;
    private readonly ScriptScanner _scanner;
    private readonly ParseOptions _options;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<ScriptCommand> _commands = [];

    /// <summary>Where the command being read starts, and how many diagnostics were reported before it.</summary>
    private int _commandStart;
    private int _commandMark;

    /// <summary>
    /// Characters that may still be scanned twice: a command whose ';' is missing is cut at the next line, and the
    /// rest of its text read again as the next command. Past this budget (only pathological inputs reach it), the
    /// rest of the text up to the next ';' is the faulty command's, which keeps the work linear.
    /// </summary>
    private long _rescanBudget;

    public ScriptParser(SourceText source, ParseOptions options)
    {
        _source = source;
        _text = source.Text;
        _scanner = new ScriptScanner(_text);
        _options = options;
        _rescanBudget = (8L * _text.Length) + 65536;
    }

    public (ImmutableArray<ScriptCommand> Commands, ImmutableArray<Diagnostic> Diagnostics) Parse()
    {
        var position = 0;
        while (true)
        {
            position = SkipTrivia(position);
            if (position >= _text.Length)
            {
                break;
            }

            if (_text[position] == ';')
            {
                position++;
                continue;
            }

            _commandStart = position;
            _commandMark = _diagnostics.Count;
            position = Math.Max(ParseCommand(position), position + 1);
        }

        var diagnostics = _diagnostics
            .Select((d, i) => (d, i))
            .OrderBy(p => p.d.Span.Start)
            .ThenBy(p => p.i)
            .Select(p => p.d)
            .Distinct()
            .ToImmutableArray();
        return ([.. _commands], diagnostics);
    }

    private int SkipTrivia(int position)
    {
        position = _scanner.SkipTrivia(position, out var unterminated);
        if (unterminated >= 0)
        {
            Report(SyntaxErrors.UnterminatedComment(new TextSpan(unterminated, 2)));
        }

        return position;
    }

    private void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>
    /// FML6002 at <paramref name="gap"/>, unless an error reported in the command (before <paramref name="scanned"/>)
    /// explains it: one mistake, one diagnostic.
    /// </summary>
    private void ReportMissingSemicolon(int gap, int scanned)
    {
        for (var i = _commandMark; i < _diagnostics.Count; i++)
        {
            var previous = _diagnostics[i];
            if (previous.IsError && previous.Span.Start >= _commandStart && previous.Span.Start <= scanned)
            {
                return;
            }
        }

        Report(ScriptErrors.SemicolonExpected(new TextSpan(gap, 0), null));
    }

    private LinePosition PositionOf(int offset) => _source.GetLinePosition(offset);

    /// <summary>Reads one command starting at <paramref name="start"/>; returns where the next one may start.</summary>
    private int ParseCommand(int start)
    {
        if (!_scanner.IsNameStartAt(start))
        {
            return _text[start] == '{' ? SkipStatement(start, new TextSpan(start, 1), "{") : ParseFml(start, start, FmlCommandKind.Expression);
        }

        var wordEnd = _scanner.ReadWord(start);
        var word = _scanner.Slice(start, wordEnd);
        var wordSpan = TextSpan.FromBounds(start, wordEnd);
        if (word == "assert" && IsCommandWord(wordEnd, allowParenthesis: true))
        {
            return ParseFml(start, wordEnd, FmlCommandKind.Assert);
        }

        if (s_statementWords.Contains(word) && IsCommandWord(wordEnd, allowParenthesis: true))
        {
            return SkipStatement(start, wordSpan, word);
        }

        if (IsCommandWord(wordEnd, allowParenthesis: false))
        {
            if (s_unitWords.Contains(word))
            {
                Report(ScriptErrors.DeclarationNotACommand(wordSpan, null));
                return _scanner.StatementEnd(start);
            }

            if (DirectiveTable.Find(word) is { } directive)
            {
                return ParseDirective(start, directive, wordSpan, null);
            }

            if (word == DirectiveTable.Context)
            {
                return ParseContext(start, wordSpan);
            }
        }

        var afterWord = _scanner.SkipSpaces(wordEnd);
        if (_scanner.At(afterWord) == '=' && _scanner.At(afterWord + 1) != '=')
        {
            return ParseAssignment(start, word, afterWord + 1);
        }

        if (afterWord > wordEnd && !s_actionWords.Contains(word) && (_scanner.IsNameStartAt(afterWord) || _scanner.At(afterWord) is '"' or '\''))
        {
            return ParseWordPair(start, word, wordSpan, afterWord);
        }

        return ParseFml(start, start, FmlCommandKind.Expression);
    }

    /// <summary>
    /// True when the word ending at <paramref name="wordEnd"/> is used as a command word, not as a variable: it is not
    /// followed by an assignment, '++', '--', '==', '!=', a member access, '::' or (unless allowed) a call.
    /// </summary>
    private bool IsCommandWord(int wordEnd, bool allowParenthesis)
    {
        var c = _scanner.At(wordEnd);
        if ((c == '.' && _scanner.IsNameStartAt(wordEnd + 1)) || (c == ':' && _scanner.At(wordEnd + 1) == ':') || (c == '(' && !allowParenthesis))
        {
            return false;
        }

        var p = _scanner.SkipSpaces(wordEnd);
        c = _scanner.At(p);
        var next = _scanner.At(p + 1);
        return !(c == '=' || (next == '=' && c is '+' or '-' or '*' or '/' or '%' or '&' or '|' or '^' or '!')
            || (c == '+' && next == '+') || (c == '-' && next == '-'));
    }

    /// <summary><c>x = load ...</c> (a directive that gives a value), or an FML assignment.</summary>
    private int ParseAssignment(int start, string variable, int afterEquals)
    {
        var valueStart = _scanner.SkipSpaces(afterEquals);
        if (_scanner.IsNameStartAt(valueStart))
        {
            var valueEnd = _scanner.ReadWord(valueStart);
            var valueSpan = TextSpan.FromBounds(valueStart, valueEnd);
            if (DirectiveTable.Find(_scanner.Slice(valueStart, valueEnd)) is { } directive && IsCommandWord(valueEnd, allowParenthesis: false))
            {
                if (DirectiveTable.GivesValue(directive.Kind))
                {
                    return ParseDirective(start, directive, valueSpan, variable);
                }

                var afterValue = _scanner.SkipSpaces(valueEnd);
                if (!_scanner.IsLineEnd(afterValue) && _scanner.At(afterValue) != ';')
                {
                    Report(ScriptErrors.DirectiveNotAssignable(valueSpan, _scanner.Slice(valueStart, valueEnd)));
                    return ScanArguments(valueEnd).End;
                }
            }
        }

        return ParseFml(start, start, FmlCommandKind.Expression);
    }

    /// <summary>
    /// Two words in a row (<c>String s = "a";</c>, <c>lss /tmp;</c>, <c>model M {}</c>): never an FML expression, except
    /// <c>x instanceof T</c>.
    /// </summary>
    private int ParseWordPair(int start, string word, TextSpan wordSpan, int second)
    {
        if (_scanner.IsNameStartAt(second))
        {
            var secondEnd = _scanner.ReadWord(second);
            var secondWord = _scanner.Slice(second, secondEnd);
            if (secondWord == "instanceof")
            {
                return ParseFml(start, start, FmlCommandKind.Expression);
            }

            // Type name = value; or Type name; (a type starts with a capital letter, or is a primitive type).
            var afterSecond = _scanner.SkipSpaces(secondEnd);
            var isLocal = (_scanner.At(afterSecond) == '=' && _scanner.At(afterSecond + 1) != '=')
                || (_scanner.At(afterSecond) == ';' && (char.IsUpper(word[0]) || s_primitiveTypes.Contains(word)));
            if (isLocal)
            {
                Report(ScriptErrors.DeclarationNotACommand(TextSpan.FromBounds(start, secondEnd), secondWord));
                return _scanner.CommandEnd(start);
            }

            if (s_unitWords.Contains(word))
            {
                Report(ScriptErrors.DeclarationNotACommand(wordSpan, null));
                return _scanner.StatementEnd(start);
            }
        }

        Report(ScriptErrors.UnknownDirective(wordSpan, word));
        return ScanArguments(wordSpan.End).End;
    }

    private int SkipStatement(int start, TextSpan at, string what)
    {
        Report(ScriptErrors.StatementNotACommand(at, what));
        return _scanner.StatementEnd(start);
    }
}
