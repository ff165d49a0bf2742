using Flexo.Fml.Diagnostics;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Parsing;

internal sealed partial class Parser
{
    /// <summary>Parses a full expression, assignment included (right-associative).</summary>
    private ExpressionSyntax ParseExpression()
    {
        if (!TryEnter())
        {
            _actionPosition = false;
            return MissingExpr(SkipBalanced());
        }

        try
        {
            var left = ParseConditional();
            var (kind, width) = PeekOperator();
            if (SyntaxFacts.IsAssignmentOperator(kind))
            {
                if (!IsAssignable(left))
                {
                    Report(SyntaxErrors.InvalidAssignmentTarget(left.Span));
                }

                var op = EatOperator(kind, width);
                _actionPosition = true;
                return new AssignmentExpressionSyntax(_table, left, op, ParseExpression());
            }

            return left;
        }
        finally
        {
            Leave();
        }
    }

    private static bool IsAssignable(ExpressionSyntax expression) => expression.Kind is SyntaxKind.IdentifierName
        or SyntaxKind.MemberAccessExpression or SyntaxKind.MissingExpression
        || (expression is ParenthesizedExpressionSyntax p && IsAssignable(p.Expression));

    /// <summary><c>c ? a : b</c> and everything tighter.</summary>
    private ExpressionSyntax ParseConditional()
    {
        var condition = ParseBinary(13);
        if (CurrentKind != SyntaxKind.QuestionToken)
        {
            return condition;
        }

        if (!TryEnter())
        {
            var cutQuestion = EatToken();
            var rest = MissingExpr(SkipBalanced());
            return new ConditionalExpressionSyntax(_table, condition, cutQuestion, rest, MissingToken(SyntaxKind.ColonToken), MissingExpr());
        }

        var question = EatToken();
        var whenTrue = ParseExpression();
        var colon = Expect(SyntaxKind.ColonToken);
        var whenFalse = ParseConditional();
        Leave();
        return new ConditionalExpressionSyntax(_table, condition, question, whenTrue, colon, whenFalse);
    }

    /// <summary>
    /// Precedence climbing over the binary operators whose FML priority is at most <paramref name="maxPriority"/>
    /// (smaller binds tighter). Chains are built in a loop (left-associative) and count towards the depth limit.
    /// </summary>
    private ExpressionSyntax ParseBinary(int maxPriority)
    {
        var left = ParseUnary();
        var chain = 0;
        while (true)
        {
            var (kind, width) = PeekOperator();
            var priority = SyntaxFacts.GetBinaryPriority(kind);
            if (priority == 0 || priority > maxPriority)
            {
                return left;
            }

            if (_depth + (++chain / 4) >= _maxDepth)
            {
                ReportNestingTooDeep();
                var missingOperator = MissingToken(kind);
                var skipped = SkipBalanced();
                return new BinaryExpressionSyntax(_table, left, missingOperator, MissingExpr(skipped));
            }

            var op = EatOperator(kind, width);
            if (kind == SyntaxKind.InstanceOfKeyword)
            {
                left = new InstanceOfExpressionSyntax(_table, left, op, ParseType(allowTechnologyType: false));
            }
            else
            {
                var right = ParseBinary(priority - 1);
                left = new BinaryExpressionSyntax(_table, left, op, right);
            }

            if (priority == 7 && SyntaxFacts.GetBinaryPriority(PeekOperator().Kind) == 7)
            {
                Report(SyntaxErrors.NonAssociativeRelational(CurrentSpan));
            }
        }
    }

    /// <summary>The operator at the current position, joining adjacent '&gt;' tokens into shifts.</summary>
    private (SyntaxKind Kind, int Width) PeekOperator()
    {
        var kind = CurrentKind;
        if (kind != SyntaxKind.GreaterThanToken || !Adjacent(_index))
        {
            return (kind, 1);
        }

        var second = PeekKind(1);
        if (second == SyntaxKind.GreaterThanEqualsToken)
        {
            return (SyntaxKind.GreaterThanGreaterThanEqualsToken, 2);
        }

        if (second != SyntaxKind.GreaterThanToken)
        {
            return (kind, 1);
        }

        if (Adjacent(_index + 1))
        {
            var third = PeekKind(2);
            if (third == SyntaxKind.GreaterThanToken)
            {
                return (SyntaxKind.GreaterThanGreaterThanGreaterThanToken, 3);
            }

            if (third == SyntaxKind.GreaterThanEqualsToken)
            {
                return (SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken, 3);
            }
        }

        return (SyntaxKind.GreaterThanGreaterThanToken, 2);
    }

    /// <summary>True when source token <paramref name="index"/> touches the next one (no trivia between).</summary>
    private bool Adjacent(int index) =>
        index + 1 < _eofIndex && _table[index].FullEnd == _table[index].End && _table[index + 1].FullStart == _table[index + 1].Start;

    /// <summary>Consumes an operator of <paramref name="width"/> source tokens, joining them into one token.</summary>
    private int EatOperator(SyntaxKind kind, int width)
    {
        var first = EatToken();
        if (width == 1)
        {
            return first;
        }

        var last = first;
        for (var i = 1; i < width; i++)
        {
            last = EatToken();
        }

        return _table.Add(kind, _table[first].FullStart, _table[first].Start, _table[last].End, _table[last].FullEnd,
            SyntaxFacts.GetText(kind));
    }

    private ExpressionSyntax ParseUnary()
    {
        var actionPosition = _actionPosition;
        _actionPosition = false;
        switch (CurrentKind)
        {
            case SyntaxKind.PlusToken or SyntaxKind.MinusToken or SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken
                or SyntaxKind.ExclamationToken or SyntaxKind.TildeToken:
                {
                    if (!TryEnter())
                    {
                        return MissingExpr(SkipBalanced());
                    }

                    var op = EatToken();
                    var operand = ParseUnary();
                    Leave();
                    return new PrefixUnaryExpressionSyntax(_table, op, operand);
                }

            case SyntaxKind.OpenParenToken when IsCastStart():
                {
                    if (!TryEnter())
                    {
                        return MissingExpr(SkipBalanced());
                    }

                    var open = EatToken();
                    var type = ParseType(allowTechnologyType: false);
                    var close = Expect(SyntaxKind.CloseParenToken);
                    var operand = ParseUnary();
                    Leave();
                    return new CastExpressionSyntax(_table, open, type, close, operand);
                }

            default:
                return ParsePostfix(ParsePrimary(actionPosition));
        }
    }

    /// <summary>Java's rule: <c>(primitive)</c> is always a cast; <c>(Name)</c> is one when an operand follows.</summary>
    private bool IsCastStart()
    {
        var i = _index + 1;
        var primitive = SyntaxFacts.IsPredefinedType(KindAt(i));
        if (!TryScanType(ref i) || KindAt(i) != SyntaxKind.CloseParenToken)
        {
            return false;
        }

        var next = KindAt(i + 1);
        if (primitive)
        {
            return next is not (SyntaxKind.DotToken or SyntaxKind.SemicolonToken or SyntaxKind.CloseParenToken);
        }

        return next switch
        {
            SyntaxKind.IdentifierToken or SyntaxKind.NumericLiteralToken or SyntaxKind.StringLiteralToken
                or SyntaxKind.CharacterLiteralToken or SyntaxKind.OpenParenToken or SyntaxKind.ExclamationToken
                or SyntaxKind.TildeToken or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword or SyntaxKind.NullKeyword
                or SyntaxKind.NewKeyword => true,
            SyntaxKind.InKeyword or SyntaxKind.FromKeyword or SyntaxKind.WhereKeyword or SyntaxKind.WithKeyword
                or SyntaxKind.InstanceOfKeyword or SyntaxKind.AsKeyword or SyntaxKind.UsingKeyword or SyntaxKind.OnFailureKeyword
                or SyntaxKind.ElseKeyword or SyntaxKind.ValuesKeyword => false,
            _ => IsName(next),
        };
    }

    private ExpressionSyntax ParsePostfix(ExpressionSyntax expression)
    {
        var chain = 0;
        while (true)
        {
            switch (CurrentKind)
            {
                case SyntaxKind.DotToken when PeekKind(1) == SyntaxKind.NewKeyword:
                    expression = ParseObjectCreation(expression, EatToken());
                    break;
                case SyntaxKind.DotToken:
                    {
                        var dot = EatToken();
                        expression = new MemberAccessExpressionSyntax(_table, expression, dot, new IdentifierNameSyntax(_table, ExpectName()));
                        break;
                    }

                case SyntaxKind.OpenParenToken when expression.Kind is SyntaxKind.IdentifierName or SyntaxKind.MemberAccessExpression
                    or SyntaxKind.SuperExpression or SyntaxKind.InvocationExpression:
                    expression = new InvocationExpressionSyntax(_table, expression, ParseArgumentList());
                    break;
                case SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken:
                    expression = new PostfixUnaryExpressionSyntax(_table, expression, EatToken());
                    break;
                default:
                    return expression;
            }

            if (_depth + (++chain / 4) >= _maxDepth)
            {
                ReportNestingTooDeep();
                var missingDot = MissingToken(SyntaxKind.DotToken);
                var rest = SkipBalanced();
                if (rest.Count > 0)
                {
                    return new BinaryExpressionSyntax(_table, expression, missingDot, MissingExpr(rest));
                }

                return new MemberAccessExpressionSyntax(_table, expression, MissingToken(SyntaxKind.DotToken),
                    new IdentifierNameSyntax(_table, MissingToken(SyntaxKind.IdentifierToken)));
            }
        }
    }

    private ArgumentListSyntax ParseArgumentList()
    {
        var open = Expect(SyntaxKind.OpenParenToken);
        var items = new SeparatedListBuilder<ExpressionSyntax>();
        if (!IsMissing(open) && CurrentKind != SyntaxKind.CloseParenToken)
        {
            if (!TryEnter())
            {
                items.Add(MissingExpr(SkipBalanced()));
            }
            else
            {
                while (true)
                {
                    items.Add(ParseExpression());
                    if (CurrentKind != SyntaxKind.CommaToken)
                    {
                        break;
                    }

                    items.Add(EatToken());
                }

                Leave();
            }
        }

        return new ArgumentListSyntax(_table, open, items.ToList(_table), Expect(SyntaxKind.CloseParenToken));
    }

    /// <summary>
    /// True when an FML action starts here (select, match, TA::Action, ...; and in an action position also
    /// delete, log, fire and notify).
    /// </summary>
    private bool IsActionStart(bool actionPosition) => CurrentKind switch
    {
        SyntaxKind.SelectKeyword => IsNameAt(1) || PeekKind(1) == SyntaxKind.UniqueKeyword,
        SyntaxKind.DeleteKeyword or SyntaxKind.LogKeyword or SyntaxKind.FireKeyword or SyntaxKind.NotifyKeyword => actionPosition
            && IsOperandStart(PeekKind(1)) && !(PeekKind(1) == SyntaxKind.OpenParenToken && PeekKind(2) == SyntaxKind.CloseParenToken),
        SyntaxKind.BeginKeyword or SyntaxKind.EndKeyword => PeekKind(1) == SyntaxKind.MatchKeyword,
        SyntaxKind.MatchKeyword => IsNameAt(1),
        _ => IsName(CurrentKind) && PeekKind(1) == SyntaxKind.ColonColonToken && IsNameAt(2) && PeekKind(3) == SyntaxKind.OpenParenToken,
    };

    /// <summary>True for tokens that can begin an operand (used after action keywords).</summary>
    private static bool IsOperandStart(SyntaxKind kind) => kind switch
    {
        SyntaxKind.NumericLiteralToken or SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken
            or SyntaxKind.OpenParenToken or SyntaxKind.ExclamationToken or SyntaxKind.MinusToken or SyntaxKind.PlusToken
            or SyntaxKind.TildeToken or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword or SyntaxKind.NullKeyword
            or SyntaxKind.NewKeyword or SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken => true,
        SyntaxKind.InKeyword or SyntaxKind.FromKeyword or SyntaxKind.WhereKeyword or SyntaxKind.InstanceOfKeyword
            or SyntaxKind.AsKeyword or SyntaxKind.WithKeyword => false,
        _ => IsName(kind),
    };

    private bool IsExpressionStart() => IsOperandStart(CurrentKind) || CurrentKind is SyntaxKind.PlusPlusToken
        or SyntaxKind.MinusMinusToken or SyntaxKind.NewKeyword or SyntaxKind.SuperKeyword;

    private ExpressionSyntax ParsePrimary(bool actionPosition)
    {
        var kind = CurrentKind;
        switch (kind)
        {
            case SyntaxKind.NumericLiteralToken or SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken
                or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword or SyntaxKind.NullKeyword:
                return new LiteralExpressionSyntax(_table, EatToken());
            case SyntaxKind.OpenParenToken:
                {
                    // The inner ParseExpression counts this nesting level.
                    var open = EatToken();
                    var inner = ParseExpression();
                    return new ParenthesizedExpressionSyntax(_table, open, inner, Expect(SyntaxKind.CloseParenToken));
                }

            case SyntaxKind.NewKeyword:
                return ParseObjectCreation(null, -1);
            case SyntaxKind.SuperKeyword when PeekKind(1) is SyntaxKind.OpenParenToken or SyntaxKind.DotToken:
                return new SuperExpressionSyntax(_table, EatToken());
        }

        if (IsActionStart(actionPosition))
        {
            if (!TryEnter())
            {
                return MissingExpr(SkipBalanced());
            }

            try
            {
                return ParseAction();
            }
            finally
            {
                Leave();
            }
        }

        if (IsName(kind))
        {
            return new IdentifierNameSyntax(_table, EatName());
        }

        if (SyntaxFacts.IsPredefinedType(kind) && PeekKind(1) == SyntaxKind.DotToken)
        {
            // int.class and friends: keep the word as a name.
            return new IdentifierNameSyntax(_table, EatName());
        }

        ReportAtGap(span => SyntaxErrors.ExpressionExpected(span, Current));
        return MissingExpr();
    }

    /// <summary>Skips a whole parenthesised group (used when nesting is too deep).</summary>
    private List<int> SkipParenthesized()
    {
        var skipped = new List<int> { EatToken() };
        skipped.AddRange(SkipBalanced());
        if (CurrentKind == SyntaxKind.CloseParenToken)
        {
            skipped.Add(EatToken());
        }

        return skipped;
    }

    private ObjectCreationExpressionSyntax ParseObjectCreation(ExpressionSyntax? receiver, int dot)
    {
        var newKeyword = EatToken();
        var type = ParseType(allowTechnologyType: false);
        ConstructorSelectorSyntax? constructor = null;
        if (CurrentKind == SyntaxKind.ColonColonToken)
        {
            constructor = new ConstructorSelectorSyntax(_table, EatToken(), ExpectName());
        }

        var arguments = ParseArgumentList();
        var with = -1;
        KeywordArgumentListSyntax? withArguments = null;
        if (CurrentKind == SyntaxKind.WithKeyword && PeekKind(1) == SyntaxKind.OpenParenToken)
        {
            with = EatToken();
            withArguments = ParseKeywordArgumentList();
        }

        return new ObjectCreationExpressionSyntax(_table, receiver, dot, newKeyword, type, constructor, arguments, with, withArguments);
    }

    private ExpressionSyntax ParseAction()
    {
        switch (CurrentKind)
        {
            case SyntaxKind.SelectKeyword:
                {
                    var select = EatToken();
                    var unique = TryEat(SyntaxKind.UniqueKeyword);
                    var type = ParseType(allowTechnologyType: false);
                    var fetch = CurrentKind == SyntaxKind.WithKeyword ? ParseKindClause() : null;
                    return new SelectExpressionSyntax(_table, select, unique, type, fetch, ParseFromClause(), ParseWhereClause());
                }

            case SyntaxKind.DeleteKeyword:
                {
                    var delete = EatToken();
                    var target = ParseConditional();
                    return new DeleteExpressionSyntax(_table, delete, target, CurrentKind == SyntaxKind.FromKeyword ? ParseFromClause() : null);
                }

            case SyntaxKind.LogKeyword:
                return new LogExpressionSyntax(_table, EatToken(), ParseConditional());
            case SyntaxKind.FireKeyword:
                return new FireExpressionSyntax(_table, EatToken(), ParseConditional());
            case SyntaxKind.NotifyKeyword:
                {
                    var notify = EatToken();
                    var property = ParseConditional();
                    return new NotifyExpressionSyntax(_table, notify, property, ParseInClause());
                }

            case SyntaxKind.BeginKeyword:
                {
                    var begin = EatToken();
                    var match = EatToken();
                    var type = ParseType(allowTechnologyType: false);
                    return new BeginMatchExpressionSyntax(_table, begin, match, type, ParseFromClause(), ParseWhereClause());
                }

            case SyntaxKind.MatchKeyword:
                {
                    var match = EatToken();
                    var type = ParseType(allowTechnologyType: false);
                    var inClause = ParseInClause();
                    var from = ParseFromClause();
                    var where = ParseWhereClause();
                    SchemeCallSyntax? create = null;
                    UnmatchedClauseSyntax? unmatched = null;
                    if (CurrentKind == SyntaxKind.CreateKeyword && PeekKind(1) == SyntaxKind.ColonColonToken)
                    {
                        create = ParseSchemeCall();
                    }
                    else if (CurrentKind == SyntaxKind.UnmatchedKeyword && PeekKind(1) == SyntaxKind.ColonToken)
                    {
                        unmatched = ParseUnmatchedClause();
                    }
                    else
                    {
                        ReportAtGap(SyntaxErrors.MatchWithoutCreation);
                    }

                    return new MatchExpressionSyntax(_table, match, type, inClause, from, where, create, unmatched);
                }

            case SyntaxKind.EndKeyword:
                {
                    var end = EatToken();
                    var match = EatToken();
                    var type = ParseType(allowTechnologyType: false);
                    var inClause = ParseInClause() ?? new InClauseSyntax(_table, Expect(SyntaxKind.InKeyword), MissingExpr());
                    SchemeCallSyntax? call = null;
                    UnmatchedClauseSyntax? unmatched = null;
                    if (CurrentKind is SyntaxKind.DeleteKeyword or SyntaxKind.ActionKeyword && PeekKind(1) == SyntaxKind.ColonColonToken)
                    {
                        call = ParseSchemeCall();
                    }
                    else if (CurrentKind == SyntaxKind.UnmatchedKeyword && PeekKind(1) == SyntaxKind.ColonToken)
                    {
                        unmatched = ParseUnmatchedClause();
                    }
                    else
                    {
                        ReportAtGap(SyntaxErrors.EndMatchWithoutAction);
                    }

                    return new EndMatchExpressionSyntax(_table, end, match, type, inClause, call, unmatched);
                }

            default:
                {
                    var qualifier = EatName();
                    var colonColon = EatToken();
                    var name = EatName();
                    var arguments = ParseKeywordArgumentList();
                    var inClause = ParseInClause();
                    var from = CurrentKind == SyntaxKind.FromKeyword ? ParseFromClause() : null;
                    return new TechnologyActionExpressionSyntax(_table, qualifier, colonColon, name, arguments, inClause, from);
                }
        }
    }

    private FromClauseSyntax ParseFromClause()
    {
        var from = Expect(SyntaxKind.FromKeyword);
        return new FromClauseSyntax(_table, from, IsMissing(from) ? MissingExpr() : ParseConditional());
    }

    private InClauseSyntax? ParseInClause() =>
        CurrentKind == SyntaxKind.InKeyword ? new InClauseSyntax(_table, EatToken(), ParseConditional()) : null;

    private WhereClauseSyntax? ParseWhereClause() =>
        CurrentKind == SyntaxKind.WhereKeyword ? new WhereClauseSyntax(_table, EatToken(), ParseArgumentList()) : null;

    private SchemeCallSyntax ParseSchemeCall()
    {
        var keyword = EatToken();
        var colonColon = EatToken();
        return new SchemeCallSyntax(_table, keyword, colonColon, ExpectName(), ParseArgumentList());
    }

    private UnmatchedClauseSyntax ParseUnmatchedClause()
    {
        var unmatched = EatToken();
        var colon = EatToken();
        _actionPosition = true;
        return new UnmatchedClauseSyntax(_table, unmatched, colon, ParseExpression());
    }
}
