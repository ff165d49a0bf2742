using Flexo.Fml.Diagnostics;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Parsing;

internal sealed partial class Parser
{
    /// <summary>Parses one member of a model or concept body (or a top-level declaration).</summary>
    private MemberDeclarationSyntax ParseMember(string where)
    {
        var member = ParseMemberCore(where);
        if (member.Kind is not (SyntaxKind.SkippedTokens or SyntaxKind.PropertyDeclaration))
        {
            // A well-formed behaviour or declaration ends a run of stray statements (see SkipStrayStatements).
            _inStrayRegion = false;
        }

        return member;
    }

    /// <summary>True after statements were found among declarations, until the next behaviour or declaration.</summary>
    private bool _inStrayRegion;

    private MemberDeclarationSyntax ParseMemberCore(string where)
    {
        var memberStart = _index;
        var annotations = ParseAnnotations();
        var modifiers = ParseModifiers();
        switch (CurrentKind)
        {
            case SyntaxKind.ModelKeyword or SyntaxKind.ConceptKeyword or SyntaxKind.EventKeyword when IsDeclarationNameAhead():
                return ParseConceptDeclaration(annotations, modifiers);
            case SyntaxKind.EnumKeyword when IsDeclarationNameAhead():
                return ParseEnumDeclaration(annotations, modifiers);
            case SyntaxKind.CreateKeyword or SyntaxKind.DeleteKeyword
                when PeekKind(1) is SyntaxKind.OpenParenToken or SyntaxKind.ColonColonToken:
                return ParseScheme(annotations, modifiers);
            case SyntaxKind.ListenKeyword when IsNameAt(1):
                return ParseListener(annotations, modifiers);
            case SyntaxKind.AssertKeyword:
                ReportModifiers(modifiers, "on an invariant");
                return ParseInvariantMember(annotations, modifiers);
        }

        // 'Name {' or 'Name extends X' with its keyword missing: a model (at file level) or a concept.
        // ('Type name {' is a get/set property; a single name before '{' can only be a declaration.)
        if (IsName(CurrentKind) && PeekKind(1) is SyntaxKind.ExtendsKeyword or SyntaxKind.InsideKeyword or SyntaxKind.OpenBraceToken)
        {
            var keywordKind = _depth == 0 ? SyntaxKind.ModelKeyword : SyntaxKind.ConceptKeyword;
            ReportAtCurrent(span => SyntaxErrors.Expected(span, keywordKind, Current));
            return ParseConceptDeclaration(annotations, modifiers, MissingToken(keywordKind));
        }

        if (annotations is null && modifiers is null && StartsStatementOnly() && !IsTypedDeclarationAhead())
        {
            return SkipStrayStatements(where);
        }

        if (IsName(CurrentKind) && PeekKind(1) == SyntaxKind.OpenParenToken && !IsTechnologyTypedProperty())
        {
            return ParseMethod(annotations, modifiers, returnType: null);
        }

        if (!IsTypeStart())
        {
            return SkipMember(memberStart, where);
        }

        var type = ParseType(allowTechnologyType: true);
        if (IsName(CurrentKind) && PeekKind(1) == SyntaxKind.OpenParenToken)
        {
            return ParseMethod(annotations, modifiers, type);
        }

        return ParseProperty(annotations, modifiers, type);
    }

    /// <summary>A name, or a '{' / 'extends' / 'inside' that shows the name is missing (reported by the declaration).</summary>
    private bool IsDeclarationNameAhead() =>
        IsNameAt(1) || PeekKind(1) is SyntaxKind.OpenBraceToken or SyntaxKind.ExtendsKeyword or SyntaxKind.InsideKeyword;

    private void ReportModifiers(List<int>? modifiers, string where)
    {
        if (modifiers is null)
        {
            return;
        }

        foreach (var modifier in modifiers)
        {
            Report(SyntaxErrors.InvalidModifier(SpanOf(modifier), _table[modifier].Text ?? string.Empty, where));
        }
    }

    /// <summary><c>Kind(k=v) name ...</c>: a property whose type is technology-specific (not a method call).</summary>
    private bool IsTechnologyTypedProperty()
    {
        var after = SkipParenthesesFrom(_index + 1);
        return IsName(KindAt(after)) && KindAt(after) != SyntaxKind.WithKeyword;
    }

    /// <summary>Skips a member that cannot be parsed, from source token <paramref name="memberStart"/> on.</summary>
    private SkippedTokensSyntax SkipMember(int memberStart, string where)
    {
        if (!_inStrayRegion)
        {
            ReportAtCurrent(span => SyntaxErrors.MemberExpected(span, Current, where));
        }


        // Annotations and modifiers already read are source tokens memberStart.._index; made-up tokens are dropped.
        var skipped = new List<int>();
        for (var i = memberStart; i < _index; i++)
        {
            skipped.Add(i);
        }

        var balance = 0;
        while (!AtEnd)
        {
            var kind = CurrentKind;
            if (balance == 0 && kind == SyntaxKind.CloseBraceToken)
            {
                break;
            }

            if (balance == 0 && skipped.Count > 0 && StartsMemberKeyword(kind))
            {
                break;
            }

            skipped.Add(EatToken());
            if (kind == SyntaxKind.OpenBraceToken)
            {
                balance++;
            }
            else if (kind == SyntaxKind.CloseBraceToken)
            {
                balance--;
                if (balance == 0)
                {
                    break;
                }
            }
            else if (balance == 0 && kind == SyntaxKind.SemicolonToken)
            {
                break;
            }
        }

        return new SkippedTokensSyntax(_table, Tokens(skipped));
    }

    /// <summary>
    /// Statements found among declarations (usually after a '}' that closed a behaviour too early): reported once and
    /// skipped, each up to its ';' or its braced block.
    /// </summary>
    private SkippedTokensSyntax SkipStrayStatements(string where)
    {
        // The statements of a behaviour whose body was closed too early: one diagnostic for the whole run, even when
        // declarations that look like properties (int k = 0;) are mixed in.
        if (!_inStrayRegion)
        {
            ReportAtCurrent(span => SyntaxErrors.MemberExpected(span, Current, where));
        }

        _inStrayRegion = true;
        var skipped = new List<int>();
        while (!AtEnd && StartsStatementOnly())
        {
            var balance = 0;
            while (!AtEnd)
            {
                var kind = CurrentKind;
                if (balance == 0 && kind == SyntaxKind.CloseBraceToken)
                {
                    break;
                }

                skipped.Add(EatToken());
                if (kind is SyntaxKind.OpenBraceToken)
                {
                    balance++;
                }
                else if (kind is SyntaxKind.CloseBraceToken && --balance == 0 && CurrentKind != SyntaxKind.ElseKeyword)
                {
                    break;
                }
                else if (kind == SyntaxKind.SemicolonToken && balance == 0)
                {
                    break;
                }
            }
        }

        return new SkippedTokensSyntax(_table, Tokens(skipped));
    }

    private static bool StartsMemberKeyword(SyntaxKind kind) => kind is SyntaxKind.AtToken or SyntaxKind.ConceptKeyword
        or SyntaxKind.EventKeyword or SyntaxKind.EnumKeyword or SyntaxKind.ModelKeyword or SyntaxKind.PublicKeyword
        or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword or SyntaxKind.AbstractKeyword or SyntaxKind.CreateKeyword
        or SyntaxKind.ListenKeyword or SyntaxKind.AssertKeyword;

    private MemberDeclarationSyntax ParseProperty(List<AnnotationSyntax>? annotations, List<int>? modifiers, TypeSyntax type)
    {
        var cardinality = ParseCardinality();
        var name = ExpectName();
        switch (CurrentKind)
        {
            case SyntaxKind.ValuesKeyword:
                {
                    var values = EatToken();
                    return new ExpressionPropertyDeclarationSyntax(_table, List(annotations), Tokens(modifiers), type, cardinality, name,
                        values, ParseExpression(), Expect(SyntaxKind.SemicolonToken));
                }

            case SyntaxKind.OpenBraceToken:
                return ParseGetSetProperty(annotations, modifiers, type, cardinality, name);
        }

        EqualsValueClauseSyntax? initializer = null;
        if (CurrentKind == SyntaxKind.EqualsToken)
        {
            var equals = EatToken();
            _actionPosition = true;
            initializer = new EqualsValueClauseSyntax(_table, equals, ParseExpression());
        }

        var role = CurrentKind == SyntaxKind.WithKeyword ? ParseKindClause() : null;
        return new PropertyDeclarationSyntax(_table, List(annotations), Tokens(modifiers), type, cardinality, name, initializer, role,
            Expect(SyntaxKind.SemicolonToken));
    }

    private GetSetPropertyDeclarationSyntax ParseGetSetProperty(List<AnnotationSyntax>? annotations, List<int>? modifiers,
        TypeSyntax type, CardinalitySyntax? cardinality, int name)
    {
        var open = EatToken();
        TypeSyntax? getterType = null;
        if (!(CurrentKind == SyntaxKind.GetKeyword && PeekKind(1) == SyntaxKind.OpenParenToken) && IsTypeStart())
        {
            getterType = ParseType(allowTechnologyType: false);
        }

        var get = CurrentKind == SyntaxKind.GetKeyword ? EatToken() : Expect(SyntaxKind.GetKeyword);
        var getter = new GetAccessorSyntax(_table, getterType, get, Expect(SyntaxKind.OpenParenToken), Expect(SyntaxKind.CloseParenToken),
            ParseBlock());
        SetAccessorSyntax? setter = null;
        if (CurrentKind == SyntaxKind.SetKeyword)
        {
            var set = EatToken();
            var setOpen = Expect(SyntaxKind.OpenParenToken);
            TypeSyntax? parameterType = null;
            var parameterName = -1;
            if (CurrentKind != SyntaxKind.CloseParenToken && IsTypeStart())
            {
                parameterType = ParseType(allowTechnologyType: false);
                parameterName = ExpectName();
            }

            setter = new SetAccessorSyntax(_table, set, setOpen, parameterType, parameterName, Expect(SyntaxKind.CloseParenToken), ParseBlock());
        }

        return new GetSetPropertyDeclarationSyntax(_table, List(annotations), Tokens(modifiers), type, cardinality, name, open, getter, setter,
            Expect(SyntaxKind.CloseBraceToken), TryEat(SyntaxKind.SemicolonToken));
    }

    private CardinalitySyntax? ParseCardinality()
    {
        if (CurrentKind == SyntaxKind.DotDotDotToken)
        {
            return new CardinalitySyntax(_table, -1, -1, -1, -1, -1, EatToken());
        }

        if (CurrentKind != SyntaxKind.OpenBracketToken)
        {
            return null;
        }

        var open = EatToken();
        var lower = ParseCardinalityBound(allowName: false);
        var comma = Expect(SyntaxKind.CommaToken);
        var upper = ParseCardinalityBound(allowName: true);
        return new CardinalitySyntax(_table, open, lower, comma, upper, Expect(SyntaxKind.CloseBracketToken), -1);
    }

    private int ParseCardinalityBound(bool allowName)
    {
        if (CurrentKind is SyntaxKind.NumericLiteralToken or SyntaxKind.AsteriskToken)
        {
            return EatToken();
        }

        if (allowName && IsName(CurrentKind))
        {
            // [1,n] appears in Openflexo sources: a name as upper bound means "many".
            return EatName();
        }

        ReportAtGap(span => SyntaxErrors.InvalidCardinality(span, Current));
        if (CurrentKind is SyntaxKind.CommaToken or SyntaxKind.CloseBracketToken or SyntaxKind.SemicolonToken
            or SyntaxKind.OpenBraceToken or SyntaxKind.CloseBraceToken || AtEnd)
        {
            return MissingToken(SyntaxKind.NumericLiteralToken);
        }

        // Keep the wrong token as the bound: the diagnostic says what is wrong, and the rest parses normally.
        return EatToken();
    }

    private KindClauseSyntax ParseKindClause()
    {
        var with = EatToken();
        var qualifier = -1;
        var colonColon = -1;
        if (IsName(CurrentKind) && PeekKind(1) == SyntaxKind.ColonColonToken)
        {
            qualifier = EatName();
            colonColon = EatToken();
        }

        var name = ExpectName();
        var arguments = CurrentKind == SyntaxKind.OpenParenToken ? ParseKeywordArgumentList() : null;
        return new KindClauseSyntax(_table, with, qualifier, colonColon, name, arguments);
    }

    private KeywordArgumentListSyntax ParseKeywordArgumentList()
    {
        var open = Expect(SyntaxKind.OpenParenToken);
        var items = new SeparatedListBuilder<KeywordArgumentSyntax>();
        if (IsMissing(open))
        {
            return new KeywordArgumentListSyntax(_table, open, SeparatedSyntaxList<KeywordArgumentSyntax>.Empty, Expect(SyntaxKind.CloseParenToken));
        }

        if (!TryEnter())
        {
            // Too deep: the content is kept as one argument without a name.
            var cut = new SeparatedListBuilder<KeywordArgumentSyntax>();
            var name = MissingToken(SyntaxKind.IdentifierToken);
            cut.Add(new KeywordArgumentSyntax(_table, name, MissingToken(SyntaxKind.EqualsToken), MissingExpr(SkipBalanced())));
            return new KeywordArgumentListSyntax(_table, open, cut.ToList(_table), Expect(SyntaxKind.CloseParenToken));
        }

        if (CurrentKind != SyntaxKind.CloseParenToken)
        {
            while (true)
            {
                var name = ExpectName();
                var equals = Expect(SyntaxKind.EqualsToken);
                items.Add(new KeywordArgumentSyntax(_table, name, equals, ParseKeywordArgumentValue()));
                if (CurrentKind != SyntaxKind.CommaToken)
                {
                    break;
                }

                items.Add(EatToken());
            }
        }

        Leave();
        return new KeywordArgumentListSyntax(_table, open, items.ToList(_table),
            Expect(SyntaxKind.CloseParenToken));
    }

    private SyntaxNode ParseKeywordArgumentValue()
    {
        if (CurrentKind == SyntaxKind.OpenBraceToken)
        {
            var open = EatToken();
            var objects = new SeparatedListBuilder<NestedObjectSyntax>();
            while (IsName(CurrentKind))
            {
                objects.Add(ParseNestedObject());
                if (CurrentKind != SyntaxKind.CommaToken)
                {
                    break;
                }

                objects.Add(EatToken());
            }

            return new NestedObjectListSyntax(_table, open, objects.ToList(_table),
                Expect(SyntaxKind.CloseBraceToken));
        }

        if (IsNestedObjectStart())
        {
            return ParseNestedObject();
        }

        // k=List<String> : a type value that would not parse as an expression.
        var end = _index;
        if (TryScanType(ref end) && KindAt(end) is SyntaxKind.CommaToken or SyntaxKind.CloseParenToken
            && LooksLikeTypeOnly(_index, end))
        {
            return ParseType(allowTechnologyType: false);
        }

        return ParseConditional();
    }

    private bool LooksLikeTypeOnly(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (KindAt(i) is SyntaxKind.LessThanToken or SyntaxKind.OpenBracketToken)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNestedObjectStart() =>
        IsName(CurrentKind) && (PeekKind(1) == SyntaxKind.ColonToken
            || (PeekKind(1) == SyntaxKind.ColonColonToken && IsNameAt(2) && PeekKind(3) == SyntaxKind.ColonToken));

    private NestedObjectSyntax ParseNestedObject()
    {
        var qualifier = -1;
        var colonColon = -1;
        if (PeekKind(1) == SyntaxKind.ColonColonToken)
        {
            qualifier = EatName();
            colonColon = EatToken();
        }

        var name = ExpectName();
        return new NestedObjectSyntax(_table, qualifier, colonColon, name, Expect(SyntaxKind.ColonToken), ParseKeywordArgumentList());
    }

    private BehaviourDeclarationSyntax ParseScheme(List<AnnotationSyntax>? annotations, List<int>? modifiers)
    {
        var keyword = EatToken();
        var kind = _table[keyword].Kind == SyntaxKind.CreateKeyword
            ? SyntaxKind.CreationSchemeDeclaration
            : SyntaxKind.DeletionSchemeDeclaration;
        var colonColon = -1;
        var name = -1;
        if (CurrentKind == SyntaxKind.ColonColonToken)
        {
            colonColon = EatToken();
            name = ExpectName();
        }

        var parameters = ParseParameterList();
        var kindClause = CurrentKind == SyntaxKind.WithKeyword ? ParseKindClause() : null;
        var (body, semicolon) = ParseBody();
        return new BehaviourDeclarationSyntax(_table, kind, List(annotations), Tokens(modifiers), null, keyword, colonColon, name, parameters,
            kindClause, body, semicolon);
    }

    private BehaviourDeclarationSyntax ParseMethod(List<AnnotationSyntax>? annotations, List<int>? modifiers, TypeSyntax? returnType)
    {
        var name = EatName();
        var parameters = ParseParameterList();
        var kindClause = CurrentKind == SyntaxKind.WithKeyword ? ParseKindClause() : null;
        var (body, semicolon) = ParseBody();
        return new BehaviourDeclarationSyntax(_table, SyntaxKind.MethodDeclaration, List(annotations), Tokens(modifiers), returnType, -1, -1,
            name, parameters, kindClause, body, semicolon);
    }

    private ListenerDeclarationSyntax ParseListener(List<AnnotationSyntax>? annotations, List<int>? modifiers)
    {
        var listen = EatToken();
        var type = ParseType(allowTechnologyType: false);
        var from = Expect(SyntaxKind.FromKeyword);
        var source = ParseExpression();
        var (body, semicolon) = ParseBody();
        return new ListenerDeclarationSyntax(_table, List(annotations), Tokens(modifiers), listen, type, from, source, body, semicolon);
    }

    private (BlockSyntax? Body, int Semicolon) ParseBody()
    {
        if (CurrentKind == SyntaxKind.SemicolonToken)
        {
            return (null, EatToken());
        }

        return (ParseBlock(), -1);
    }

    private ParameterListSyntax ParseParameterList()
    {
        var open = Expect(SyntaxKind.OpenParenToken);
        var items = new SeparatedListBuilder<ParameterSyntax>();
        if (!IsMissing(open) && CurrentKind != SyntaxKind.CloseParenToken)
        {
            while (true)
            {
                List<int>? modifiers = null;
                while (CurrentKind == SyntaxKind.RequiredKeyword && (IsNameAt(1) || SyntaxFacts.IsPredefinedType(PeekKind(1))))
                {
                    (modifiers ??= []).Add(EatToken());
                }

                var type = ParseType(allowTechnologyType: false);
                var name = ExpectName();
                EqualsValueClauseSyntax? defaultValue = null;
                if (CurrentKind == SyntaxKind.EqualsToken)
                {
                    defaultValue = new EqualsValueClauseSyntax(_table, EatToken(), ParseConditional());
                }

                items.Add(new ParameterSyntax(_table, Tokens(modifiers), type, name, defaultValue));
                if (CurrentKind != SyntaxKind.CommaToken)
                {
                    break;
                }

                items.Add(EatToken());
            }
        }

        return new ParameterListSyntax(_table, open, items.ToList(_table), Expect(SyntaxKind.CloseParenToken));
    }

    private MemberDeclarationSyntax ParseInvariantMember(List<AnnotationSyntax>? annotations, List<int>? modifiers)
    {
        if (PeekKind(1) == SyntaxKind.OpenParenToken)
        {
            var i = _index + 2;
            if (TryScanType(ref i) && IsName(KindAt(i)) && KindAt(i + 1) == SyntaxKind.ColonToken)
            {
                return ParseIterationInvariant(annotations, modifiers);
            }
        }

        return ParseInvariant(annotations, modifiers);
    }

    private InvariantDeclarationSyntax ParseInvariant(List<AnnotationSyntax>? annotations, List<int>? modifiers)
    {
        var assert = EatToken();
        var condition = ParseExpression();
        if (CurrentKind == SyntaxKind.OnFailureKeyword)
        {
            var onFailure = EatToken();
            var colon = Expect(SyntaxKind.ColonToken);
            return new InvariantDeclarationSyntax(_table, List(annotations), Tokens(modifiers), assert, condition,
                new OnFailureClauseSyntax(_table, onFailure, colon, ParseStatement()), -1);
        }

        return new InvariantDeclarationSyntax(_table, List(annotations), Tokens(modifiers), assert, condition, null,
            Expect(SyntaxKind.SemicolonToken));
    }

    private IterationInvariantDeclarationSyntax ParseIterationInvariant(List<AnnotationSyntax>? annotations, List<int>? modifiers)
    {
        var assert = EatToken();
        var open = EatToken();
        var type = ParseType(allowTechnologyType: false);
        var name = ExpectName();
        var colon = Expect(SyntaxKind.ColonToken);
        var collection = ParseExpression();
        var close = Expect(SyntaxKind.CloseParenToken);
        var openBrace = Expect(SyntaxKind.OpenBraceToken);
        var invariants = new List<InvariantDeclarationSyntax>();
        while (!IsMissing(openBrace) && CurrentKind == SyntaxKind.AssertKeyword)
        {
            invariants.Add(ParseInvariant(null, null));
        }

        return new IterationInvariantDeclarationSyntax(_table, List(annotations), Tokens(modifiers), assert, open, type, name, colon, collection, close, openBrace,
            List(invariants), IsMissing(openBrace) ? MissingToken(SyntaxKind.CloseBraceToken) : Expect(SyntaxKind.CloseBraceToken));
    }
}
