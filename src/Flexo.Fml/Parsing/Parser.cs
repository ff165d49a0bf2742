using Flexo.Fml.Diagnostics;
using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Parsing;

/// <summary>
/// Hand-written recursive-descent parser for the whole FML 2.99 grammar plus the newer Openflexo 3.0 forms.
/// Keywords are contextual: wherever a name is expected, any keyword but the literals and primitive type names
/// is accepted as a name. Errors are recorded, never thrown; the parser always makes progress and bounds its depth.
/// </summary>
internal sealed partial class Parser
{
    private readonly string _text;
    private readonly TokenTable _table;
    private readonly int _eofIndex;
    private readonly List<Diagnostic> _diagnostics;
    private readonly int _maxDepth;
    private int _index;
    private int _depth;
    private int _lastErrorTokenIndex = -1;
    private bool _depthReported;

    /// <summary>
    /// True while the next operand starts a statement, a right-hand side, a return value or a for-each collection:
    /// the only places where 'log', 'delete', 'fire' and 'notify' start FML actions. Elsewhere (inside operators and
    /// parentheses) they are plain names, as in Openflexo.
    /// </summary>
    private bool _actionPosition;

    public Parser(TokenTable table, List<Diagnostic> diagnostics, ParseOptions options)
    {
        _text = table.Source;
        _table = table;
        _eofIndex = table.Count - 1;
        _diagnostics = diagnostics;
        _maxDepth = Math.Max(8, options.MaxDepth);
    }

    /// <summary>A handle on the current token (allocates: use for diagnostics only).</summary>
    private SyntaxToken Current => _table.Token(_index);

    private TextSpan CurrentSpan => SpanOf(_index);

    private TextSpan SpanOf(int token) => TextSpan.FromBounds(_table[token].Start, _table[token].End);

    private SyntaxKind CurrentKind => _table[_index].Kind;

    /// <summary>The kind of source token <paramref name="index"/>, clamped to the end of file.</summary>
    private SyntaxKind KindAt(int index) => _table[Math.Min(index, _eofIndex)].Kind;

    private SyntaxKind PeekKind(int ahead) => KindAt(_index + ahead);

    private bool AtEnd => _index >= _eofIndex;

    private bool IsMissing(int token) => _table.IsMissing(token);

    private int EatToken()
    {
        var token = _index;
        if (token < _eofIndex)
        {
            _index++;
        }

        return token;
    }

    /// <summary>Consumes the current token when it has <paramref name="kind"/>; otherwise returns -1.</summary>
    private int TryEat(SyntaxKind kind) => CurrentKind == kind ? EatToken() : -1;

    private int Expect(SyntaxKind kind)
    {
        if (CurrentKind == kind)
        {
            return EatToken();
        }

        ReportAtGap(span => SyntaxErrors.Expected(span, kind, Current));
        return MissingToken(kind);
    }

    /// <summary>Consumes the current token when it has <paramref name="kind"/>, else makes up a missing one silently.</summary>
    private int EatOrMissing(SyntaxKind kind) => CurrentKind == kind ? EatToken() : MissingToken(kind);

    /// <summary>
    /// True for a token usable as a name: an identifier or any keyword but the literals, the primitive types and the
    /// two operators that are words ('new' and 'instanceof', which would make 'a.new C()' or 'x instanceof T' ambiguous).
    /// </summary>
    private static bool IsName(SyntaxKind kind) =>
        kind == SyntaxKind.IdentifierToken || (SyntaxFacts.IsKeyword(kind) && !SyntaxFacts.IsReservedWord(kind)
            && kind is not (SyntaxKind.NewKeyword or SyntaxKind.InstanceOfKeyword));

    private bool IsNameAt(int ahead) => IsName(PeekKind(ahead));

    /// <summary>Consumes a name (keywords become identifier tokens), or reports FML1011 and makes one up.</summary>
    private int ExpectName()
    {
        if (IsName(CurrentKind))
        {
            return EatName();
        }

        ReportAtGap(span => SyntaxErrors.IdentifierExpected(span, Current));
        return MissingToken(SyntaxKind.IdentifierToken);
    }

    /// <summary>Consumes the current token as a name: a keyword used as a name becomes an identifier token.</summary>
    private int EatName()
    {
        var token = EatToken();
        _table[token].Kind = SyntaxKind.IdentifierToken;
        return token;
    }

    /// <summary>
    /// An expression standing for what is missing: the skipped tokens, or a zero-width identifier where the
    /// expression should be (so that the node has a position).
    /// </summary>
    private MissingExpressionSyntax MissingExpr(List<int>? skipped = null) =>
        new(_table, skipped is { Count: > 0 } ? Tokens(skipped) : Tokens(MissingToken(SyntaxKind.IdentifierToken)));

    private int MissingToken(SyntaxKind kind)
    {
        var position = _table[_index].FullStart;
        return _table.Add(kind, position, position, position, position, string.Empty);
    }

    /// <summary>Reports at the current token (something unexpected is here).</summary>
    private void ReportAtCurrent(Func<TextSpan, Diagnostic> make)
    {
        // A bad character was already reported by the lexer; one diagnostic per position is enough.
        if (_lastErrorTokenIndex == _index || CurrentKind == SyntaxKind.BadToken || _suppressing)
        {
            return;
        }

        _lastErrorTokenIndex = _index;
        _diagnostics.Add(make(CurrentSpan));
    }

    /// <summary>
    /// Reports a missing piece: at the end of the previous token when the current one starts a new line
    /// (the usual missing ';'), else at the current token. At most one error per token position.
    /// </summary>
    private void ReportAtGap(Func<TextSpan, Diagnostic> make)
    {
        if (_lastErrorTokenIndex == _index || CurrentKind == SyntaxKind.BadToken || _suppressing)
        {
            return;
        }

        _lastErrorTokenIndex = _index;
        var span = CurrentSpan;
        if (_index > 0)
        {
            var previousEnd = _table[_index - 1].End;
            if (AtEnd || _text.AsSpan(previousEnd, span.Start - previousEnd).IndexOfAny('\n', '\r') >= 0)
            {
                span = new TextSpan(previousEnd, 0);
            }
        }

        _diagnostics.Add(make(span));
    }

    private void Report(Diagnostic diagnostic)
    {
        if (!_suppressing)
        {
            _diagnostics.Add(diagnostic);
        }
    }

    /// <summary>Reports unless an error was already reported inside <paramref name="span"/> (no pile-up at one place).</summary>
    private void ReportUnlessCovered(TextSpan span, Diagnostic diagnostic)
    {
        if (_suppressing)
        {
            return;
        }

        for (var i = _diagnostics.Count - 1; i >= 0; i--)
        {
            var previous = _diagnostics[i].Span;
            if (previous.Start >= span.Start && previous.Start <= span.End)
            {
                return;
            }

            if (previous.Start < span.Start)
            {
                break;
            }
        }

        _diagnostics.Add(diagnostic);
    }

    /// <summary>Enters one nesting level; false (and FML1020 once) when the limit is reached.</summary>
    private bool TryEnter()
    {
        if (_depth >= _maxDepth)
        {
            ReportNestingTooDeep();
            return false;
        }

        _depth++;
        return true;
    }

    private void Leave() => _depth--;

    /// <summary>
    /// FML1020, once per file (a long operator chain counts as nesting: it builds a deep tree). The rest of the member
    /// being parsed is then only kept in the tree: what the cut leaves behind is not reported again.
    /// </summary>
    private void ReportNestingTooDeep()
    {
        if (!_depthReported)
        {
            _depthReported = true;
            Report(SyntaxErrors.NestingTooDeep(CurrentSpan, _maxDepth));
        }

        _suppressing = true;
    }

    /// <summary>True after FML1020, until the next member of the model: diagnostics there are consequences of the cut.</summary>
    private bool _suppressing;

    /// <summary>
    /// Skips tokens up to (not including) a ';', ',', ')', ']' or '}' that is not nested in brackets, or the end.
    /// </summary>
    private List<int> SkipBalanced()
    {
        var skipped = new List<int>();
        var balance = 0;
        while (!AtEnd)
        {
            var kind = CurrentKind;
            if (balance == 0 && kind is SyntaxKind.SemicolonToken or SyntaxKind.CommaToken or SyntaxKind.CloseParenToken
                or SyntaxKind.CloseBracketToken or SyntaxKind.CloseBraceToken)
            {
                break;
            }

            if (kind is SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken or SyntaxKind.OpenBraceToken)
            {
                balance++;
            }
            else if (kind is SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken or SyntaxKind.CloseBraceToken)
            {
                balance--;
            }

            skipped.Add(EatToken());
        }

        return skipped;
    }

    private static SyntaxList<T> List<T>(List<T>? items)
        where T : SyntaxNode => SyntaxList<T>.Create(items);

    private SyntaxTokenList Tokens(List<int>? items) => SyntaxTokenList.Create(_table, items);

    private SyntaxTokenList Tokens(int single) => new(_table, [single]);

    /// <summary>Builds a separated list from alternating items and separator token indices.</summary>
    private SeparatedSyntaxList<T> Separated<T>(List<T> items, List<int> separators)
        where T : SyntaxNode =>
        items.Count == 0 ? default : new SeparatedSyntaxList<T>(_table, [.. items], [.. separators]);
}
