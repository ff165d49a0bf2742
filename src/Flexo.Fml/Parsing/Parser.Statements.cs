using Flexo.Fml.Diagnostics;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Parsing;

internal sealed partial class Parser
{
    private BlockSyntax ParseBlock()
    {
        var open = Expect(SyntaxKind.OpenBraceToken);
        if (IsMissing(open) && !StartsStatementOnly() && !LooksLikeBodyAhead())
        {
            return new BlockSyntax(_table, open, SyntaxList<StatementSyntax>.Empty, MissingToken(SyntaxKind.CloseBraceToken));
        }

        // With the '{' missing but statements following, the body is parsed as if the '{' were there.

        var statements = ListPool<StatementSyntax>.Rent();
        while (!AtEnd && CurrentKind != SyntaxKind.CloseBraceToken)
        {
            if (IsMemberOnlyStart())
            {
                // A '}' is probably missing: leave the rest to the enclosing declaration.
                break;
            }

            var start = _index;
            statements.Add(ParseStatement());
            if (_index == start)
            {
                statements.Add(SkipStatement());
            }
        }

        var statementList = List(statements);
        ListPool<StatementSyntax>.Return(statements);
        return new BlockSyntax(_table, open, statementList, Expect(SyntaxKind.CloseBraceToken));
    }

    /// <summary>Tokens that can only start a declaration, never a statement.</summary>
    private bool IsMemberOnlyStart() => CurrentKind switch
    {
        SyntaxKind.AtToken => IsNameAt(1),
        SyntaxKind.PublicKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword => true,
        SyntaxKind.ConceptKeyword or SyntaxKind.EnumKeyword or SyntaxKind.EventKeyword or SyntaxKind.ModelKeyword => IsNameAt(1)
            && PeekKind(2) is SyntaxKind.OpenBraceToken or SyntaxKind.ExtendsKeyword or SyntaxKind.InsideKeyword,
        SyntaxKind.CreateKeyword => PeekKind(1) is SyntaxKind.OpenParenToken or SyntaxKind.ColonColonToken,
        _ => LooksLikeMethodHeader(),
    };

    /// <summary>
    /// <c>Type name(...)</c> or <c>name(...) {</c> at statement level can only be a behaviour whose enclosing
    /// block lacks its '}' (FML has no local functions).
    /// </summary>
    private bool LooksLikeMethodHeader()
    {
        // Keywords (if, for, while, log, ...) start statements; only plain names and primitive types qualify.
        if (CurrentKind != SyntaxKind.IdentifierToken && !SyntaxFacts.IsPredefinedType(CurrentKind))
        {
            return false;
        }

        var i = _index;
        if (PeekKind(1) == SyntaxKind.OpenParenToken)
        {
            var after = SkipParenthesesFrom(_index + 1);
            return KindAt(after) == SyntaxKind.OpenBraceToken;
        }

        return TryScanType(ref i) && IsDeclaratorName(KindAt(i)) && KindAt(i + 1) == SyntaxKind.OpenParenToken;
    }

    /// <summary>
    /// Skips a statement that cannot be parsed, reported once: up to its ';' (consumed) or the '}' that closes the
    /// block (not consumed). Closing brackets without an opening one are skipped as part of the garbage.
    /// </summary>
    private ExpressionStatementSyntax SkipStatement()
    {
        ReportAtCurrent(span => SyntaxErrors.StatementExpected(span, Current));
        var skipped = new List<int>();
        var balance = 0;
        while (!AtEnd)
        {
            var kind = CurrentKind;
            if (balance == 0 && kind is SyntaxKind.SemicolonToken or SyntaxKind.CloseBraceToken)
            {
                break;
            }

            if (kind is SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken or SyntaxKind.OpenBraceToken)
            {
                balance++;
            }
            else if (kind is SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken or SyntaxKind.CloseBraceToken)
            {
                balance = Math.Max(0, balance - 1);
            }

            skipped.Add(EatToken());
        }

        return new ExpressionStatementSyntax(_table, MissingExpr(skipped), EatOrMissing(SyntaxKind.SemicolonToken));
    }

    /// <summary>
    /// True when the current token starts a statement that cannot be a declaration: a statement keyword, or a name
    /// followed by an assignment, a '.', '++' or '--'.
    /// </summary>
    private bool StartsStatementOnly() => (IsActionStart(actionPosition: true) && !LooksLikeBehaviourHeader()) || CurrentKind switch
    {
        SyntaxKind.IfKeyword or SyntaxKind.WhileKeyword or SyntaxKind.ForKeyword or SyntaxKind.DoKeyword
            or SyntaxKind.ReturnKeyword => !IsNameContinuation(PeekKind(1)),
        _ => IsName(CurrentKind) && IsNameContinuation(PeekKind(1)),
    };

    private StatementSyntax ParseStatement()
    {
        _actionPosition = false;
        if (!TryEnter())
        {
            var skipped = SkipBalanced();
            return new ExpressionStatementSyntax(_table, MissingExpr(skipped),
                EatOrMissing(SyntaxKind.SemicolonToken));
        }

        try
        {
            return ParseStatementCore();
        }
        finally
        {
            Leave();
        }
    }

    private StatementSyntax ParseStatementCore()
    {
        switch (CurrentKind)
        {
            case SyntaxKind.OpenBraceToken:
                return ParseBlock();
            case SyntaxKind.SemicolonToken:
                return new EmptyStatementSyntax(_table, EatToken());
            case SyntaxKind.IfKeyword when !IsNameContinuation(PeekKind(1)):
                {
                    var ifKeyword = EatToken();
                    var open = Expect(SyntaxKind.OpenParenToken);
                    var condition = ParseExpression();
                    var close = Expect(SyntaxKind.CloseParenToken);
                    var then = ParseEmbeddedStatement();
                    ElseClauseSyntax? elseClause = null;
                    if (CurrentKind == SyntaxKind.ElseKeyword)
                    {
                        elseClause = new ElseClauseSyntax(_table, EatToken(), ParseEmbeddedStatement());
                    }

                    return new IfStatementSyntax(_table, ifKeyword, open, condition, close, then, elseClause);
                }

            case SyntaxKind.WhileKeyword when !IsNameContinuation(PeekKind(1)):
                {
                    var whileKeyword = EatToken();
                    var open = Expect(SyntaxKind.OpenParenToken);
                    var condition = ParseExpression();
                    var close = Expect(SyntaxKind.CloseParenToken);
                    return new WhileStatementSyntax(_table, whileKeyword, open, condition, close, ParseEmbeddedStatement());
                }

            case SyntaxKind.DoKeyword:
                {
                    var doKeyword = EatToken();
                    var body = ParseEmbeddedStatement();
                    var whileKeyword = Expect(SyntaxKind.WhileKeyword);
                    var open = Expect(SyntaxKind.OpenParenToken);
                    var condition = ParseExpression();
                    var close = Expect(SyntaxKind.CloseParenToken);
                    return new DoStatementSyntax(_table, doKeyword, body, whileKeyword, open, condition, close, Expect(SyntaxKind.SemicolonToken));
                }

            case SyntaxKind.ForKeyword when PeekKind(1) == SyntaxKind.OpenParenToken:
                return ParseFor();
            case SyntaxKind.ReturnKeyword when PeekKind(1) is not (SyntaxKind.EqualsToken or SyntaxKind.DotToken):
                {
                    var returnKeyword = EatToken();
                    _actionPosition = CurrentKind != SyntaxKind.SemicolonToken;
                    var value = _actionPosition ? ParseExpression() : null;
                    return new ReturnStatementSyntax(_table, returnKeyword, value, Expect(SyntaxKind.SemicolonToken));
                }

            case SyntaxKind.ConnectKeyword when IsNameAt(1) && PeekKind(1) != SyntaxKind.UsingKeyword:
                {
                    var connect = EatToken();
                    var slot = ParseExpression();
                    var usingKeyword = Expect(SyntaxKind.UsingKeyword);
                    return new ConnectStatementSyntax(_table, connect, slot, usingKeyword, ParseExpression(), Expect(SyntaxKind.SemicolonToken));
                }
        }

        if (!IsActionStart(actionPosition: true) && IsLocalDeclarationStart())
        {
            return new LocalDeclarationStatementSyntax(_table, ParseVariableDeclaration(), Expect(SyntaxKind.SemicolonToken));
        }

        // A keyword used as a property name (from = x; where.count++;) still starts an expression.
        if (!IsExpressionStart() && !(IsName(CurrentKind) && IsNameContinuation(PeekKind(1))))
        {
            return SkipStatement();
        }

        _actionPosition = true;
        var expressionStart = _index;
        var expression = ParseExpression();
        if (!IsStatementExpression(expression) && _lastErrorTokenIndex != expressionStart)
        {
            // Not when the previous error is at this expression's first token: it is what that error left behind.
            ReportUnlessCovered(expression.Span, SyntaxErrors.NotAStatement(expression.Span));
        }

        return new ExpressionStatementSyntax(_table, expression, Expect(SyntaxKind.SemicolonToken));
    }

    /// <summary>The body of if/while/for/do: a declaration there is accepted as in a block.</summary>
    private StatementSyntax ParseEmbeddedStatement()
    {
        if (CurrentKind == SyntaxKind.CloseBraceToken || AtEnd)
        {
            ReportAtGap(span => SyntaxErrors.StatementExpected(span, Current));
            return new ExpressionStatementSyntax(_table, MissingExpr(), MissingToken(SyntaxKind.SemicolonToken));
        }

        return ParseStatement();
    }

    private StatementSyntax ParseFor()
    {
        var forKeyword = EatToken();
        var open = EatToken();
        var scan = _index;
        if (TryScanDeclarationType(ref scan) && IsDeclaratorName(KindAt(scan)) && KindAt(scan + 1) == SyntaxKind.ColonToken)
        {
            var type = ParseType(allowTechnologyType: true);
            var name = ExpectName();
            var colon = EatToken();
            _actionPosition = true;
            var collection = ParseExpression();
            var closeParen = Expect(SyntaxKind.CloseParenToken);
            return new ForEachStatementSyntax(_table, forKeyword, open, type, name, colon, collection, closeParen, ParseEmbeddedStatement());
        }

        VariableDeclarationSyntax? declaration = null;
        var initializers = SeparatedSyntaxList<ExpressionSyntax>.Empty;
        if (CurrentKind != SyntaxKind.SemicolonToken)
        {
            if (IsLocalDeclarationStart())
            {
                declaration = ParseVariableDeclaration();
            }
            else
            {
                initializers = ParseSeparated(ParseExpression);
            }
        }

        var first = Expect(SyntaxKind.SemicolonToken);
        var condition = CurrentKind == SyntaxKind.SemicolonToken ? null : ParseExpression();
        var second = Expect(SyntaxKind.SemicolonToken);
        var incrementors = CurrentKind == SyntaxKind.CloseParenToken
            ? SeparatedSyntaxList<ExpressionSyntax>.Empty
            : ParseSeparated(ParseExpression);
        var close = Expect(SyntaxKind.CloseParenToken);
        return new ForStatementSyntax(_table, forKeyword, open, declaration, initializers, first, condition, second, incrementors, close,
            ParseEmbeddedStatement());
    }

    /// <summary>A name that can follow a type in a declaration (not an operator keyword such as 'in' or 'from').</summary>
    private static bool IsDeclaratorName(SyntaxKind kind) => IsName(kind) && kind is not (SyntaxKind.InKeyword or SyntaxKind.FromKeyword
        or SyntaxKind.WhereKeyword or SyntaxKind.WithKeyword or SyntaxKind.InstanceOfKeyword or SyntaxKind.AsKeyword
        or SyntaxKind.UsingKeyword or SyntaxKind.ValuesKeyword or SyntaxKind.OnFailureKeyword);

    /// <summary>
    /// After a behaviour header whose '{' is missing: true when statements follow before the '}' that would close the
    /// body (a statement keyword, an FML action, an increment or a compound assignment), so the body is parsed as such.
    /// </summary>
    private bool LooksLikeBodyAhead()
    {
        var balance = 0;
        for (var i = _index; i < _index + 400 && i < _eofIndex; i++)
        {
            switch (KindAt(i))
            {
                case SyntaxKind.OpenBraceToken:
                    balance++;
                    break;
                case SyntaxKind.CloseBraceToken when --balance < 0:
                    return false;
                case SyntaxKind.IfKeyword or SyntaxKind.WhileKeyword or SyntaxKind.ForKeyword or SyntaxKind.ReturnKeyword
                    or SyntaxKind.DoKeyword or SyntaxKind.SelectKeyword or SyntaxKind.MatchKeyword or SyntaxKind.LogKeyword
                    or SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken or SyntaxKind.PlusEqualsToken
                    or SyntaxKind.MinusEqualsToken or SyntaxKind.AsteriskEqualsToken or SyntaxKind.SlashEqualsToken:
                    return true;
                case SyntaxKind.AtToken or SyntaxKind.PublicKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword
                    or SyntaxKind.CreateKeyword or SyntaxKind.ConceptKeyword or SyntaxKind.EnumKeyword when balance == 0:
                    return false;
            }
        }

        return false;
    }

    /// <summary><c>name(...) {</c>: a behaviour declaration, even when the name is an action keyword (<c>log(String s) {</c>).</summary>
    private bool LooksLikeBehaviourHeader() =>
        PeekKind(1) == SyntaxKind.OpenParenToken && KindAt(SkipParenthesesFrom(_index + 1)) is SyntaxKind.OpenBraceToken or SyntaxKind.WithKeyword;

    /// <summary><c>a.b.C name ...</c>: a qualified type followed by a name starts a declaration, not a statement.</summary>
    private bool IsTypedDeclarationAhead()
    {
        var i = _index;
        return TryScanType(ref i) && IsDeclaratorName(KindAt(i))
            && KindAt(i + 1) is SyntaxKind.SemicolonToken or SyntaxKind.EqualsToken or SyntaxKind.WithKeyword
                or SyntaxKind.ValuesKeyword or SyntaxKind.OpenBraceToken or SyntaxKind.OpenParenToken;
    }

    private static bool IsNameContinuation(SyntaxKind next) =>
        next is SyntaxKind.DotToken or SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken || SyntaxFacts.IsAssignmentOperator(next);

    private bool IsLocalDeclarationStart()
    {
        var i = _index;
        return TryScanDeclarationType(ref i) && IsDeclaratorName(KindAt(i))
            && KindAt(i + 1) is SyntaxKind.EqualsToken or SyntaxKind.SemicolonToken or SyntaxKind.CommaToken;
    }

    /// <summary>A type as it can start a declaration: any type, or a technology type <c>Kind(k=v)</c>.</summary>
    private bool TryScanDeclarationType(ref int i)
    {
        if (IsName(KindAt(i)) && KindAt(i + 1) == SyntaxKind.OpenParenToken)
        {
            i = SkipParenthesesFrom(i + 1);
            return true;
        }

        return TryScanType(ref i);
    }

    private VariableDeclarationSyntax ParseVariableDeclaration()
    {
        var type = ParseType(allowTechnologyType: true);
        var name = ExpectName();
        EqualsValueClauseSyntax? initializer = null;
        if (CurrentKind == SyntaxKind.EqualsToken)
        {
            var equals = EatToken();
            _actionPosition = true;
            initializer = new EqualsValueClauseSyntax(_table, equals, ParseExpression());
        }

        return new VariableDeclarationSyntax(_table, type, name, initializer);
    }

    private static bool IsStatementExpression(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression.Kind switch
        {
            SyntaxKind.AssignmentExpression or SyntaxKind.InvocationExpression or SyntaxKind.ObjectCreationExpression
                or SyntaxKind.PostfixUnaryExpression or SyntaxKind.SelectExpression or SyntaxKind.DeleteExpression
                or SyntaxKind.LogExpression or SyntaxKind.FireExpression or SyntaxKind.NotifyExpression
                or SyntaxKind.BeginMatchExpression or SyntaxKind.MatchExpression or SyntaxKind.EndMatchExpression
                or SyntaxKind.TechnologyActionExpression or SyntaxKind.MissingExpression => true,
            SyntaxKind.PrefixUnaryExpression => ((PrefixUnaryExpressionSyntax)expression).OperatorToken.Kind
                is SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken,
            _ => false,
        };
    }
}
