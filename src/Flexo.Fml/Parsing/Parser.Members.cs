using Flexo.Fml.Diagnostics;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Parsing;

internal sealed partial class Parser
{
    /// <summary>Parses one member of a model or concept body (or a top-level declaration).</summary>
    private MemberDeclarationSyntax ParseMember(string where)
    {
        var annotations = ParseAnnotations();
        var modifiers = ParseModifiers();
        switch (CurrentKind)
        {
            case SyntaxKind.ModelKeyword or SyntaxKind.ConceptKeyword or SyntaxKind.EventKeyword when IsNameAt(1):
                return ParseConceptDeclaration(annotations, modifiers);
            case SyntaxKind.EnumKeyword when IsNameAt(1):
                return ParseEnumDeclaration(annotations, modifiers);
            case SyntaxKind.CreateKeyword or SyntaxKind.DeleteKeyword
                when PeekKind(1) is SyntaxKind.OpenParenToken or SyntaxKind.ColonColonToken:
                return ParseScheme(annotations, modifiers);
            case SyntaxKind.ListenKeyword when IsNameAt(1):
                return ParseListener(annotations, modifiers);
            case SyntaxKind.AssertKeyword:
                return ParseInvariantMember(annotations);
        }

        if (IsName(CurrentKind) && PeekKind(1) == SyntaxKind.OpenParenToken && !IsTechnologyTypedProperty())
        {
            return ParseMethod(annotations, modifiers, returnType: null);
        }

        if (!IsTypeStart())
        {
            return SkipMember(annotations, modifiers, where);
        }

        var type = ParseType(allowTechnologyType: true);
        if (IsName(CurrentKind) && PeekKind(1) == SyntaxKind.OpenParenToken)
        {
            return ParseMethod(annotations, modifiers, type);
        }

        return ParseProperty(annotations, modifiers, type);
    }

    /// <summary><c>Kind(k=v) name ...</c>: a property whose type is technology-specific (not a method call).</summary>
    private bool IsTechnologyTypedProperty()
    {
        var after = SkipParenthesesFrom(_index + 1);
        return IsName(_tokens[after].Kind) && _tokens[after].Kind != SyntaxKind.WithKeyword;
    }

    private SkippedTokensSyntax SkipMember(List<AnnotationSyntax>? annotations, List<SyntaxToken>? modifiers, string where)
    {
        ReportAtCurrent(span => SyntaxErrors.MemberExpected(span, Current, where));
        var skipped = new List<SyntaxToken>();
        if (annotations is not null)
        {
            foreach (var annotation in annotations)
            {
                skipped.AddRange(annotation.DescendantTokens());
            }
        }

        if (modifiers is not null)
        {
            skipped.AddRange(modifiers);
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

        return new SkippedTokensSyntax(Tokens(skipped));
    }

    private static bool StartsMemberKeyword(SyntaxKind kind) => kind is SyntaxKind.AtToken or SyntaxKind.ConceptKeyword
        or SyntaxKind.EventKeyword or SyntaxKind.EnumKeyword or SyntaxKind.ModelKeyword or SyntaxKind.PublicKeyword
        or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword or SyntaxKind.AbstractKeyword or SyntaxKind.CreateKeyword
        or SyntaxKind.ListenKeyword or SyntaxKind.AssertKeyword;

    private MemberDeclarationSyntax ParseProperty(List<AnnotationSyntax>? annotations, List<SyntaxToken>? modifiers, TypeSyntax type)
    {
        var cardinality = ParseCardinality();
        var name = ExpectName();
        switch (CurrentKind)
        {
            case SyntaxKind.ValuesKeyword:
                {
                    var values = EatToken();
                    return new ExpressionPropertyDeclarationSyntax(List(annotations), Tokens(modifiers), type, cardinality, name,
                        values, ParseExpression(), Expect(SyntaxKind.SemicolonToken));
                }

            case SyntaxKind.OpenBraceToken:
                return ParseGetSetProperty(annotations, modifiers, type, cardinality, name);
        }

        EqualsValueClauseSyntax? initializer = null;
        if (CurrentKind == SyntaxKind.EqualsToken)
        {
            initializer = new EqualsValueClauseSyntax(EatToken(), ParseExpression());
        }

        var role = CurrentKind == SyntaxKind.WithKeyword ? ParseKindClause() : null;
        return new PropertyDeclarationSyntax(List(annotations), Tokens(modifiers), type, cardinality, name, initializer, role,
            Expect(SyntaxKind.SemicolonToken));
    }

    private GetSetPropertyDeclarationSyntax ParseGetSetProperty(List<AnnotationSyntax>? annotations, List<SyntaxToken>? modifiers,
        TypeSyntax type, CardinalitySyntax? cardinality, SyntaxToken name)
    {
        var open = EatToken();
        TypeSyntax? getterType = null;
        if (!(CurrentKind == SyntaxKind.GetKeyword && PeekKind(1) == SyntaxKind.OpenParenToken) && IsTypeStart())
        {
            getterType = ParseType(allowTechnologyType: false);
        }

        var get = CurrentKind == SyntaxKind.GetKeyword ? EatToken() : Expect(SyntaxKind.GetKeyword);
        var getter = new GetAccessorSyntax(getterType, get, Expect(SyntaxKind.OpenParenToken), Expect(SyntaxKind.CloseParenToken),
            ParseBlock());
        SetAccessorSyntax? setter = null;
        if (CurrentKind == SyntaxKind.SetKeyword)
        {
            var set = EatToken();
            var setOpen = Expect(SyntaxKind.OpenParenToken);
            TypeSyntax? parameterType = null;
            SyntaxToken? parameterName = null;
            if (CurrentKind != SyntaxKind.CloseParenToken && IsTypeStart())
            {
                parameterType = ParseType(allowTechnologyType: false);
                parameterName = ExpectName();
            }

            setter = new SetAccessorSyntax(set, setOpen, parameterType, parameterName, Expect(SyntaxKind.CloseParenToken), ParseBlock());
        }

        return new GetSetPropertyDeclarationSyntax(List(annotations), Tokens(modifiers), type, cardinality, name, open, getter, setter,
            Expect(SyntaxKind.CloseBraceToken), TryEat(SyntaxKind.SemicolonToken));
    }

    private CardinalitySyntax? ParseCardinality()
    {
        if (CurrentKind == SyntaxKind.DotDotDotToken)
        {
            return new CardinalitySyntax(null, null, null, null, null, EatToken());
        }

        if (CurrentKind != SyntaxKind.OpenBracketToken)
        {
            return null;
        }

        var open = EatToken();
        var lower = ParseCardinalityBound();
        var comma = Expect(SyntaxKind.CommaToken);
        var upper = ParseCardinalityBound();
        return new CardinalitySyntax(open, lower, comma, upper, Expect(SyntaxKind.CloseBracketToken), null);
    }

    private SyntaxToken ParseCardinalityBound()
    {
        if (CurrentKind is SyntaxKind.NumericLiteralToken or SyntaxKind.AsteriskToken)
        {
            return EatToken();
        }

        if (IsName(CurrentKind))
        {
            // [1,n] appears in Openflexo sources: a name as upper bound means "many".
            return EatName();
        }

        ReportAtGap(span => SyntaxErrors.InvalidCardinality(span, Current));
        return MissingToken(SyntaxKind.NumericLiteralToken);
    }

    private KindClauseSyntax ParseKindClause()
    {
        var with = EatToken();
        SyntaxToken? qualifier = null;
        SyntaxToken? colonColon = null;
        if (IsName(CurrentKind) && PeekKind(1) == SyntaxKind.ColonColonToken)
        {
            qualifier = EatName();
            colonColon = EatToken();
        }

        var name = ExpectName();
        var arguments = CurrentKind == SyntaxKind.OpenParenToken ? ParseKeywordArgumentList() : null;
        return new KindClauseSyntax(with, qualifier, colonColon, name, arguments);
    }

    private KeywordArgumentListSyntax ParseKeywordArgumentList()
    {
        var open = Expect(SyntaxKind.OpenParenToken);
        var items = new List<object>();
        if (open.IsMissing || !TryEnter())
        {
            if (!open.IsMissing)
            {
                SkipBalanced();
            }

            return new KeywordArgumentListSyntax(open, SeparatedSyntaxList<KeywordArgumentSyntax>.Empty, Expect(SyntaxKind.CloseParenToken));
        }

        if (CurrentKind != SyntaxKind.CloseParenToken)
        {
            while (true)
            {
                var name = ExpectName();
                var equals = Expect(SyntaxKind.EqualsToken);
                items.Add(new KeywordArgumentSyntax(name, equals, ParseKeywordArgumentValue()));
                if (CurrentKind != SyntaxKind.CommaToken)
                {
                    break;
                }

                items.Add(EatToken());
            }
        }

        Leave();
        return new KeywordArgumentListSyntax(open, SeparatedSyntaxList<KeywordArgumentSyntax>.Create(items),
            Expect(SyntaxKind.CloseParenToken));
    }

    private SyntaxNode ParseKeywordArgumentValue()
    {
        if (CurrentKind == SyntaxKind.OpenBraceToken)
        {
            var open = EatToken();
            var objects = new List<object>();
            while (IsName(CurrentKind))
            {
                objects.Add(ParseNestedObject());
                if (CurrentKind != SyntaxKind.CommaToken)
                {
                    break;
                }

                objects.Add(EatToken());
            }

            return new NestedObjectListSyntax(open, SeparatedSyntaxList<NestedObjectSyntax>.Create(objects),
                Expect(SyntaxKind.CloseBraceToken));
        }

        if (IsNestedObjectStart())
        {
            return ParseNestedObject();
        }

        // k=List<String> : a type value that would not parse as an expression.
        var end = _index;
        if (TryScanType(ref end) && _tokens[end].Kind is SyntaxKind.CommaToken or SyntaxKind.CloseParenToken
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
            if (_tokens[i].Kind is SyntaxKind.LessThanToken or SyntaxKind.OpenBracketToken)
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
        SyntaxToken? qualifier = null;
        SyntaxToken? colonColon = null;
        if (PeekKind(1) == SyntaxKind.ColonColonToken)
        {
            qualifier = EatName();
            colonColon = EatToken();
        }

        var name = ExpectName();
        return new NestedObjectSyntax(qualifier, colonColon, name, Expect(SyntaxKind.ColonToken), ParseKeywordArgumentList());
    }

    private BehaviourDeclarationSyntax ParseScheme(List<AnnotationSyntax>? annotations, List<SyntaxToken>? modifiers)
    {
        var keyword = EatToken();
        var kind = keyword.Kind == SyntaxKind.CreateKeyword
            ? SyntaxKind.CreationSchemeDeclaration
            : SyntaxKind.DeletionSchemeDeclaration;
        SyntaxToken? colonColon = null;
        SyntaxToken? name = null;
        if (CurrentKind == SyntaxKind.ColonColonToken)
        {
            colonColon = EatToken();
            name = ExpectName();
        }

        var parameters = ParseParameterList();
        var kindClause = CurrentKind == SyntaxKind.WithKeyword ? ParseKindClause() : null;
        var (body, semicolon) = ParseBody();
        return new BehaviourDeclarationSyntax(kind, List(annotations), Tokens(modifiers), null, keyword, colonColon, name, parameters,
            kindClause, body, semicolon);
    }

    private BehaviourDeclarationSyntax ParseMethod(List<AnnotationSyntax>? annotations, List<SyntaxToken>? modifiers, TypeSyntax? returnType)
    {
        var name = EatName();
        var parameters = ParseParameterList();
        var kindClause = CurrentKind == SyntaxKind.WithKeyword ? ParseKindClause() : null;
        var (body, semicolon) = ParseBody();
        return new BehaviourDeclarationSyntax(SyntaxKind.MethodDeclaration, List(annotations), Tokens(modifiers), returnType, null, null,
            name, parameters, kindClause, body, semicolon);
    }

    private ListenerDeclarationSyntax ParseListener(List<AnnotationSyntax>? annotations, List<SyntaxToken>? modifiers)
    {
        var listen = EatToken();
        var type = ParseType(allowTechnologyType: false);
        var from = Expect(SyntaxKind.FromKeyword);
        var source = ParseExpression();
        var (body, semicolon) = ParseBody();
        return new ListenerDeclarationSyntax(List(annotations), Tokens(modifiers), listen, type, from, source, body, semicolon);
    }

    private (BlockSyntax? Body, SyntaxToken? Semicolon) ParseBody()
    {
        if (CurrentKind == SyntaxKind.SemicolonToken)
        {
            return (null, EatToken());
        }

        return (ParseBlock(), null);
    }

    private ParameterListSyntax ParseParameterList()
    {
        var open = Expect(SyntaxKind.OpenParenToken);
        var items = new List<object>();
        if (!open.IsMissing && CurrentKind != SyntaxKind.CloseParenToken)
        {
            while (true)
            {
                List<SyntaxToken>? modifiers = null;
                while (CurrentKind == SyntaxKind.RequiredKeyword && (IsNameAt(1) || SyntaxFacts.IsPredefinedType(PeekKind(1))))
                {
                    (modifiers ??= []).Add(EatToken());
                }

                var type = ParseType(allowTechnologyType: false);
                var name = ExpectName();
                EqualsValueClauseSyntax? defaultValue = null;
                if (CurrentKind == SyntaxKind.EqualsToken)
                {
                    defaultValue = new EqualsValueClauseSyntax(EatToken(), ParseConditional());
                }

                items.Add(new ParameterSyntax(Tokens(modifiers), type, name, defaultValue));
                if (CurrentKind != SyntaxKind.CommaToken)
                {
                    break;
                }

                items.Add(EatToken());
            }
        }

        return new ParameterListSyntax(open, SeparatedSyntaxList<ParameterSyntax>.Create(items), Expect(SyntaxKind.CloseParenToken));
    }

    private MemberDeclarationSyntax ParseInvariantMember(List<AnnotationSyntax>? annotations)
    {
        if (PeekKind(1) == SyntaxKind.OpenParenToken)
        {
            var i = _index + 2;
            if (TryScanType(ref i) && IsName(_tokens[i].Kind) && _tokens[i + 1].Kind == SyntaxKind.ColonToken)
            {
                return ParseIterationInvariant(annotations);
            }
        }

        return ParseInvariant(annotations);
    }

    private InvariantDeclarationSyntax ParseInvariant(List<AnnotationSyntax>? annotations)
    {
        var assert = EatToken();
        var condition = ParseExpression();
        if (CurrentKind == SyntaxKind.OnFailureKeyword)
        {
            var onFailure = EatToken();
            var colon = Expect(SyntaxKind.ColonToken);
            return new InvariantDeclarationSyntax(List(annotations), assert, condition,
                new OnFailureClauseSyntax(onFailure, colon, ParseStatement()), null);
        }

        return new InvariantDeclarationSyntax(List(annotations), assert, condition, null, Expect(SyntaxKind.SemicolonToken));
    }

    private IterationInvariantDeclarationSyntax ParseIterationInvariant(List<AnnotationSyntax>? annotations)
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
        while (!openBrace.IsMissing && CurrentKind == SyntaxKind.AssertKeyword)
        {
            invariants.Add(ParseInvariant(null));
        }

        return new IterationInvariantDeclarationSyntax(List(annotations), assert, open, type, name, colon, collection, close, openBrace,
            List(invariants), openBrace.IsMissing ? MissingToken(SyntaxKind.CloseBraceToken) : Expect(SyntaxKind.CloseBraceToken));
    }
}
