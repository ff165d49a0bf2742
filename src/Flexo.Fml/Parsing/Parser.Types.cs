using Flexo.Fml.Diagnostics;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Parsing;

internal sealed partial class Parser
{
    private bool IsTypeStart() => IsName(CurrentKind) || SyntaxFacts.IsPredefinedType(CurrentKind) || CurrentKind == SyntaxKind.QuestionToken;

    private NameSyntax ParseQualifiedName()
    {
        NameSyntax name = new IdentifierNameSyntax(_table, ExpectName());
        while (CurrentKind == SyntaxKind.DotToken && IsNameAt(1))
        {
            var dot = EatToken();
            name = new QualifiedNameSyntax(_table, name, dot, new IdentifierNameSyntax(_table, EatName()));
        }

        return name;
    }

    /// <summary>Parses a type: primitive, (qualified) name with type arguments, wildcard, array, or technology type.</summary>
    private TypeSyntax ParseType(bool allowTechnologyType)
    {
        if (!TryEnter())
        {
            return new IdentifierNameSyntax(_table, MissingToken(SyntaxKind.IdentifierToken));
        }

        try
        {
            TypeSyntax type;
            if (SyntaxFacts.IsPredefinedType(CurrentKind))
            {
                type = new PredefinedTypeSyntax(_table, EatToken());
            }
            else if (CurrentKind == SyntaxKind.QuestionToken)
            {
                var question = EatToken();
                if (CurrentKind is SyntaxKind.ExtendsKeyword or SyntaxKind.SuperKeyword)
                {
                    var bound = EatToken();
                    return new WildcardTypeSyntax(_table, question, bound, ParseType(allowTechnologyType: false));
                }

                return new WildcardTypeSyntax(_table, question, -1, null);
            }
            else if (!IsName(CurrentKind))
            {
                ReportAtGap(span => SyntaxErrors.TypeExpected(span, Current));
                return new IdentifierNameSyntax(_table, MissingToken(SyntaxKind.IdentifierToken));
            }
            else if (allowTechnologyType && PeekKind(1) == SyntaxKind.ColonColonToken && IsNameAt(2)
                && PeekKind(3) == SyntaxKind.OpenParenToken)
            {
                var qualifier = EatName();
                var colonColon = EatToken();
                return new TechnologyTypeSyntax(_table, qualifier, colonColon, EatName(), ParseKeywordArgumentList());
            }
            else if (allowTechnologyType && PeekKind(1) == SyntaxKind.OpenParenToken)
            {
                return new TechnologyTypeSyntax(_table, -1, -1, EatName(), ParseKeywordArgumentList());
            }
            else
            {
                NameSyntax name = ParseSimpleName();
                while (CurrentKind == SyntaxKind.DotToken && IsNameAt(1))
                {
                    var dot = EatToken();
                    name = new QualifiedNameSyntax(_table, name, dot, ParseSimpleName());
                }

                type = name;
            }

            var dimensions = 0;
            while (CurrentKind == SyntaxKind.OpenBracketToken && PeekKind(1) == SyntaxKind.CloseBracketToken)
            {
                if (_depth + (++dimensions) >= _maxDepth)
                {
                    // Each dimension nests the tree one level deeper: the limit applies to them too.
                    ReportNestingTooDeep();
                    break;
                }

                type = new ArrayTypeSyntax(_table, type, EatToken(), EatToken());
            }

            return type;
        }
        finally
        {
            Leave();
        }
    }

    private SimpleNameSyntax ParseSimpleName()
    {
        var identifier = EatName();
        if (CurrentKind != SyntaxKind.LessThanToken)
        {
            return new IdentifierNameSyntax(_table, identifier);
        }

        var open = EatToken();
        var items = new SeparatedListBuilder<TypeSyntax>();
        if (CurrentKind != SyntaxKind.GreaterThanToken)
        {
            while (true)
            {
                items.Add(ParseType(allowTechnologyType: false));
                if (CurrentKind != SyntaxKind.CommaToken)
                {
                    break;
                }

                items.Add(EatToken());
            }
        }

        var close = Expect(SyntaxKind.GreaterThanToken);
        return new GenericNameSyntax(_table, identifier, new TypeArgumentListSyntax(_table, open, items.ToList(_table), close));
    }

    /// <summary>
    /// Scans a type at token index <paramref name="i"/> without building anything; on success <paramref name="i"/>
    /// is just past the type. Used to tell declarations from expressions and casts from parentheses.
    /// </summary>
    private bool TryScanType(ref int i) => TryScanTypeNested(ref i, 0);

    private bool TryScanSimpleName(ref int i, int depth)
    {
        i++;
        if (KindAt(i) != SyntaxKind.LessThanToken)
        {
            return true;
        }

        if (depth > _maxDepth)
        {
            // Deeper than the parser goes: skip to the matching '>' so that the declaration is still recognised
            // (ParseType then reports FML1020 once).
            i++;
            for (var balance = 1; balance > 0; i++)
            {
                var kind = KindAt(i);
                if (kind == SyntaxKind.LessThanToken)
                {
                    balance++;
                }
                else if (kind == SyntaxKind.GreaterThanToken)
                {
                    balance--;
                }
                else if (!(IsName(kind) || kind is SyntaxKind.DotToken or SyntaxKind.CommaToken or SyntaxKind.QuestionToken
                    or SyntaxKind.OpenBracketToken or SyntaxKind.CloseBracketToken || SyntaxFacts.IsPredefinedType(kind)))
                {
                    return false;
                }
            }

            return true;
        }

        i++;
        if (KindAt(i) == SyntaxKind.GreaterThanToken)
        {
            i++;
            return true;
        }

        while (true)
        {
            if (KindAt(i) == SyntaxKind.QuestionToken)
            {
                i++;
                if (KindAt(i) is SyntaxKind.ExtendsKeyword or SyntaxKind.SuperKeyword)
                {
                    i++;
                    if (!TryScanTypeNested(ref i, depth + 1))
                    {
                        return false;
                    }
                }
            }
            else if (!TryScanTypeNested(ref i, depth + 1))
            {
                return false;
            }

            if (KindAt(i) == SyntaxKind.CommaToken)
            {
                i++;
                continue;
            }

            if (KindAt(i) == SyntaxKind.GreaterThanToken)
            {
                i++;
                return true;
            }

            return false;
        }
    }

    private bool TryScanTypeNested(ref int i, int depth)
    {
        var kind = KindAt(i);
        if (SyntaxFacts.IsPredefinedType(kind))
        {
            i++;
        }
        else if (IsName(kind))
        {
            if (!TryScanSimpleName(ref i, depth))
            {
                return false;
            }

            while (KindAt(i) == SyntaxKind.DotToken && IsName(KindAt(i + 1)))
            {
                i++;
                if (!TryScanSimpleName(ref i, depth))
                {
                    return false;
                }
            }
        }
        else
        {
            return false;
        }

        while (KindAt(i) == SyntaxKind.OpenBracketToken && KindAt(i + 1) == SyntaxKind.CloseBracketToken)
        {
            i += 2;
        }

        return true;
    }
}
