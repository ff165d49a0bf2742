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
    private readonly List<SyntaxToken> _tokens;
    private readonly List<Diagnostic> _diagnostics;
    private readonly int _maxDepth;
    private int _index;
    private int _depth;
    private int _lastErrorTokenIndex = -1;
    private bool _depthReported;

    public Parser(string text, List<SyntaxToken> tokens, List<Diagnostic> diagnostics, ParseOptions options)
    {
        _text = text;
        _tokens = tokens;
        _diagnostics = diagnostics;
        _maxDepth = Math.Max(8, options.MaxDepth);
    }

    private SyntaxToken Current => _tokens[_index];

    private SyntaxKind CurrentKind => _tokens[_index].Kind;

    private SyntaxToken Peek(int ahead) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private SyntaxKind PeekKind(int ahead) => Peek(ahead).Kind;

    private bool AtEnd => CurrentKind == SyntaxKind.EndOfFileToken;

    private SyntaxToken EatToken()
    {
        var token = _tokens[_index];
        if (token.Kind != SyntaxKind.EndOfFileToken)
        {
            _index++;
        }

        return token;
    }

    private SyntaxToken? TryEat(SyntaxKind kind) => CurrentKind == kind ? EatToken() : null;

    private SyntaxToken Expect(SyntaxKind kind)
    {
        if (CurrentKind == kind)
        {
            return EatToken();
        }

        ReportAtGap(span => SyntaxErrors.Expected(span, kind, Current));
        return MissingToken(kind);
    }

    /// <summary>True for a token usable as a name: an identifier or any non-reserved keyword.</summary>
    private static bool IsName(SyntaxKind kind) =>
        kind == SyntaxKind.IdentifierToken || (SyntaxFacts.IsKeyword(kind) && !SyntaxFacts.IsReservedWord(kind));

    private bool IsNameAt(int ahead) => IsName(PeekKind(ahead));

    /// <summary>Consumes a name (keywords become identifier tokens), or reports FML1011 and makes one up.</summary>
    private SyntaxToken ExpectName()
    {
        if (CurrentKind == SyntaxKind.IdentifierToken)
        {
            return EatToken();
        }

        if (IsName(CurrentKind))
        {
            return EatToken().WithKind(SyntaxKind.IdentifierToken);
        }

        ReportAtGap(span => SyntaxErrors.IdentifierExpected(span, Current));
        return MissingToken(SyntaxKind.IdentifierToken);
    }

    private SyntaxToken EatName()
    {
        var token = EatToken();
        return token.Kind == SyntaxKind.IdentifierToken ? token : token.WithKind(SyntaxKind.IdentifierToken);
    }

    private SyntaxToken MissingToken(SyntaxKind kind) => SyntaxToken.Missing(kind, _text, Current.FullSpan.Start);

    /// <summary>Reports at the current token (something unexpected is here).</summary>
    private void ReportAtCurrent(Func<TextSpan, Diagnostic> make)
    {
        if (_lastErrorTokenIndex == _index)
        {
            return;
        }

        _lastErrorTokenIndex = _index;
        _diagnostics.Add(make(Current.Span));
    }

    /// <summary>
    /// Reports a missing piece: at the end of the previous token when the current one starts a new line
    /// (the usual missing ';'), else at the current token. At most one error per token position.
    /// </summary>
    private void ReportAtGap(Func<TextSpan, Diagnostic> make)
    {
        if (_lastErrorTokenIndex == _index)
        {
            return;
        }

        _lastErrorTokenIndex = _index;
        var span = Current.Span;
        if (_index > 0)
        {
            var previousEnd = _tokens[_index - 1].Span.End;
            if (AtEnd || _text.AsSpan(previousEnd, Current.Span.Start - previousEnd).IndexOfAny('\n', '\r') >= 0)
            {
                span = new TextSpan(previousEnd, 0);
            }
        }

        _diagnostics.Add(make(span));
    }

    private void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>Enters one nesting level; false (and FML1020 once) when the limit is reached.</summary>
    private bool TryEnter()
    {
        if (_depth >= _maxDepth)
        {
            if (!_depthReported)
            {
                _depthReported = true;
                Report(SyntaxErrors.NestingTooDeep(Current.Span, _maxDepth));
            }

            return false;
        }

        _depth++;
        return true;
    }

    private void Leave() => _depth--;

    /// <summary>
    /// Skips tokens up to (not including) a ';', ',', ')', ']' or '}' that is not nested in brackets, or the end.
    /// </summary>
    private List<SyntaxToken> SkipBalanced()
    {
        var skipped = new List<SyntaxToken>();
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

    private SyntaxList<T> List<T>(List<T>? items)
        where T : SyntaxNode => SyntaxList<T>.Create(items);

    private static SyntaxTokenList Tokens(List<SyntaxToken>? items) => SyntaxTokenList.Create(items);
}
