using Flexo.Fml.Diagnostics;
using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Parsing;

internal sealed partial class Parser
{
    public CompilationUnitSyntax ParseCompilationUnit()
    {
        var headers = new List<HeaderDeclarationSyntax>();
        var headerRank = 0;
        while (IsHeaderStart())
        {
            var header = ParseHeader();
            var rank = HeaderRank(header);
            if (rank < headerRank)
            {
                Report(SyntaxErrors.HeaderOrder(header.Span, HeaderWord(header), HeaderOrderText(headerRank)));
            }

            headerRank = Math.Max(headerRank, rank);
            headers.Add(header);
        }

        var members = new List<MemberDeclarationSyntax>();
        if (LooksLikeLegacySyntax())
        {
            var skipped = new List<int>();
            var first = CurrentSpan;
            while (!AtEnd)
            {
                skipped.Add(EatToken());
            }

            Report(SyntaxErrors.LegacySyntax(first));
            members.Add(new SkippedTokensSyntax(_table, Tokens(skipped)));
            return new CompilationUnitSyntax(_table, List(headers), List(members), EatToken());
        }

        var models = 0;
        while (!AtEnd)
        {
            var start = _index;
            if (IsHeaderStart())
            {
                var skipped = new List<int>();

                // Not for headers that follow garbage before any model: that garbage is already reported.
                if (models > 0 || !_diagnostics.Exists(d => d.IsError))
                {
                    Report(SyntaxErrors.HeaderAfterModel(CurrentSpan));
                }

                while (!AtEnd && CurrentKind != SyntaxKind.SemicolonToken)
                {
                    skipped.Add(EatToken());
                }

                if (!AtEnd)
                {
                    skipped.Add(EatToken());
                }

                members.Add(new SkippedTokensSyntax(_table, Tokens(skipped)));
                continue;
            }

            var member = ParseMember("the file");
            if (member.Kind == SyntaxKind.ModelDeclaration && ++models == 2)
            {
                Report(SyntaxErrors.ModelCount(((ConceptDeclarationSyntax)member).Identifier.Span, models));
            }

            members.Add(member);
            if (_index == start)
            {
                members.Add(new SkippedTokensSyntax(_table, Tokens(EatToken())));
            }
        }

        if (models == 0 && !_diagnostics.Exists(d => d.IsError))
        {
            Report(SyntaxErrors.ModelCount(new TextSpan(CurrentSpan.Start, 0), 0));
        }

        return new CompilationUnitSyntax(_table, List(headers), List(members), EatToken());
    }

    private bool IsHeaderStart() => CurrentKind switch
    {
        SyntaxKind.NamespaceKeyword => PeekKind(1) == SyntaxKind.StringLiteralToken,
        SyntaxKind.UseKeyword or SyntaxKind.TypedefKeyword => IsNameAt(1),
        SyntaxKind.ImportKeyword => IsNameAt(1) || PeekKind(1) == SyntaxKind.OpenBracketToken,
        _ => false,
    };

    private static int HeaderRank(HeaderDeclarationSyntax header) => header.Kind switch
    {
        SyntaxKind.NamespaceDeclaration => 0,
        SyntaxKind.UseDeclaration => 1,
        SyntaxKind.JavaImportDeclaration or SyntaxKind.UriImportDeclaration => 2,
        _ => 3,
    };

    private static string HeaderWord(HeaderDeclarationSyntax header) => header.Kind switch
    {
        SyntaxKind.NamespaceDeclaration => "namespace",
        SyntaxKind.UseDeclaration => "use",
        SyntaxKind.TypedefDeclaration => "typedef",
        _ => "import",
    };

    private static string HeaderOrderText(int rank) => rank switch
    {
        1 => "'use' declarations",
        2 => "imports",
        _ => "typedefs",
    };

    private HeaderDeclarationSyntax ParseHeader()
    {
        switch (CurrentKind)
        {
            case SyntaxKind.NamespaceKeyword:
                return new NamespaceDeclarationSyntax(_table, EatToken(), Expect(SyntaxKind.StringLiteralToken),
                    Expect(SyntaxKind.AsKeyword), ExpectName(), Expect(SyntaxKind.SemicolonToken));
            case SyntaxKind.UseKeyword:
                return new UseDeclarationSyntax(_table, EatToken(), ParseQualifiedName(), Expect(SyntaxKind.AsKeyword),
                    ExpectName(), Expect(SyntaxKind.SemicolonToken));
            case SyntaxKind.TypedefKeyword:
                return new TypedefDeclarationSyntax(_table, EatToken(), ParseType(allowTechnologyType: true),
                    Expect(SyntaxKind.AsKeyword), ExpectName(), Expect(SyntaxKind.SemicolonToken));
            default:
                var import = EatToken();
                if (CurrentKind == SyntaxKind.OpenBracketToken)
                {
                    var open = EatToken();
                    var resource = ParseUriExpression();
                    var colon = TryEat(SyntaxKind.ColonToken);
                    var obj = colon < 0 ? null : ParseUriExpression();
                    var close = Expect(SyntaxKind.CloseBracketToken);
                    return new UriImportDeclarationSyntax(_table, import, open, resource, colon, obj, close, ParseAsClause(),
                        Expect(SyntaxKind.SemicolonToken));
                }

                return new JavaImportDeclarationSyntax(_table, import, ParseQualifiedName(), ParseAsClause(),
                    Expect(SyntaxKind.SemicolonToken));
        }
    }

    /// <summary>A URI expression in an import: names and strings joined by '+' (no ':' or '?' operators).</summary>
    private ExpressionSyntax ParseUriExpression() => ParseBinary(5);

    private AsClauseSyntax? ParseAsClause() =>
        CurrentKind == SyntaxKind.AsKeyword ? new AsClauseSyntax(_table, EatToken(), ExpectName()) : null;

    /// <summary>Pre-2.99 files: annotations and modifiers followed by the word 'class'.</summary>
    private bool LooksLikeLegacySyntax()
    {
        var i = _index;
        while (true)
        {
            var kind = KindAt(i);
            if (kind == SyntaxKind.AtToken)
            {
                i++;
                if (IsName(KindAt(i)))
                {
                    i++;
                    while (KindAt(i) == SyntaxKind.DotToken && IsName(KindAt(i + 1)))
                    {
                        i += 2;
                    }
                }

                if (KindAt(i) == SyntaxKind.OpenParenToken)
                {
                    i = SkipParenthesesFrom(i);
                }
            }
            else if (SyntaxFacts.IsVisibility(kind) || kind == SyntaxKind.AbstractKeyword)
            {
                i++;
            }
            else
            {
                return kind == SyntaxKind.IdentifierToken && _table[i].Text == "class";
            }
        }
    }

    /// <summary>Index just past the parenthesis group starting at <paramref name="open"/>.</summary>
    private int SkipParenthesesFrom(int open)
    {
        var balance = 0;
        var i = open;
        while (i < _eofIndex)
        {
            var kind = KindAt(i);
            i++;
            if (kind == SyntaxKind.OpenParenToken)
            {
                balance++;
            }
            else if (kind == SyntaxKind.CloseParenToken && --balance == 0)
            {
                break;
            }
        }

        return i;
    }

    private List<AnnotationSyntax>? ParseAnnotations()
    {
        List<AnnotationSyntax>? annotations = null;
        while (CurrentKind == SyntaxKind.AtToken)
        {
            (annotations ??= []).Add(ParseAnnotation());
        }

        return annotations;
    }

    private AnnotationSyntax ParseAnnotation()
    {
        var at = EatToken();
        var name = ParseQualifiedName();
        if (CurrentKind != SyntaxKind.OpenParenToken)
        {
            return new AnnotationSyntax(_table, at, name, -1, null, SeparatedSyntaxList<AnnotationKeyValueSyntax>.Empty,
                SyntaxList<AnnotationSyntax>.Empty, -1);
        }

        var open = EatToken();
        if (!TryEnter())
        {
            var skipped = SkipBalanced();
            return new AnnotationSyntax(_table, at, name, open, MissingExpr(skipped),
                SeparatedSyntaxList<AnnotationKeyValueSyntax>.Empty, SyntaxList<AnnotationSyntax>.Empty,
                Expect(SyntaxKind.CloseParenToken));
        }

        try
        {
            if (CurrentKind == SyntaxKind.AtToken)
            {
                var nested = new List<AnnotationSyntax>();
                while (CurrentKind == SyntaxKind.AtToken)
                {
                    nested.Add(ParseAnnotation());
                }

                return new AnnotationSyntax(_table, at, name, open, null, SeparatedSyntaxList<AnnotationKeyValueSyntax>.Empty,
                    List(nested), Expect(SyntaxKind.CloseParenToken));
            }

            if (IsName(CurrentKind) && PeekKind(1) == SyntaxKind.EqualsToken)
            {
                var pairs = new List<AnnotationKeyValueSyntax>();
                var commas = new List<int>();
                while (true)
                {
                    pairs.Add(new AnnotationKeyValueSyntax(_table, ExpectName(), Expect(SyntaxKind.EqualsToken), ParseConditional()));
                    if (CurrentKind != SyntaxKind.CommaToken)
                    {
                        break;
                    }

                    commas.Add(EatToken());
                }

                return new AnnotationSyntax(_table, at, name, open, null, Separated(pairs, commas),
                    SyntaxList<AnnotationSyntax>.Empty, Expect(SyntaxKind.CloseParenToken));
            }

            ExpressionSyntax? value = CurrentKind == SyntaxKind.CloseParenToken ? null : ParseConditional();
            return new AnnotationSyntax(_table, at, name, open, value, SeparatedSyntaxList<AnnotationKeyValueSyntax>.Empty,
                SyntaxList<AnnotationSyntax>.Empty, Expect(SyntaxKind.CloseParenToken));
        }
        finally
        {
            Leave();
        }
    }

    private List<int>? ParseModifiers()
    {
        List<int>? modifiers = null;
        while (SyntaxFacts.IsVisibility(CurrentKind) || CurrentKind == SyntaxKind.AbstractKeyword)
        {
            // 'abstract' followed by '(' or ';' is a name (a method or property called abstract).
            if (PeekKind(1) is SyntaxKind.OpenParenToken or SyntaxKind.SemicolonToken or SyntaxKind.EqualsToken)
            {
                break;
            }

            var modifier = EatToken();
            var kind = _table[modifier].Kind;
            var text = _table[modifier].Text ?? string.Empty;
            if (modifiers is not null)
            {
                if (modifiers.Exists(m => _table[m].Kind == kind))
                {
                    Report(SyntaxErrors.InvalidModifier(SpanOf(modifier), text, "twice"));
                }
                else if (SyntaxFacts.IsVisibility(kind) && modifiers.FindIndex(m => SyntaxFacts.IsVisibility(_table[m].Kind)) is >= 0 and var at)
                {
                    Report(SyntaxErrors.ConflictingVisibility(SpanOf(modifier), _table[modifiers[at]].Text ?? string.Empty, text));
                }
            }

            (modifiers ??= []).Add(modifier);
        }

        return modifiers;
    }

    private ConceptDeclarationSyntax ParseConceptDeclaration(List<AnnotationSyntax>? annotations, List<int>? modifiers, int missingKeyword = -1)
    {
        var keyword = missingKeyword >= 0 ? missingKeyword : EatToken();
        var kind = _table[keyword].Kind switch
        {
            SyntaxKind.ModelKeyword => SyntaxKind.ModelDeclaration,
            SyntaxKind.EventKeyword => SyntaxKind.EventDeclaration,
            _ => SyntaxKind.ConceptDeclaration,
        };
        var name = ExpectName();
        ExtendsClauseSyntax? extends = null;
        if (CurrentKind == SyntaxKind.ExtendsKeyword)
        {
            var extendsKeyword = EatToken();
            extends = new ExtendsClauseSyntax(_table, extendsKeyword, ParseSeparated(() => ParseType(allowTechnologyType: false)));
        }

        InsideClauseSyntax? inside = null;
        if (CurrentKind == SyntaxKind.InsideKeyword)
        {
            inside = new InsideClauseSyntax(_table, EatToken(), ParseType(allowTechnologyType: false));
        }

        var open = Expect(SyntaxKind.OpenBraceToken);
        var members = ListPool<MemberDeclarationSyntax>.Rent();
        if (!IsMissing(open))
        {
            var where = $"{_table.Token(keyword).Text} '{_table.Token(name).Text}'";
            if (TryEnter())
            {
                ParseMembers(members, where);
                Leave();
            }
            else
            {
                members.Add(SkipToCloseBrace());
            }
        }

        var close = IsMissing(open) ? MissingToken(SyntaxKind.CloseBraceToken) : Expect(SyntaxKind.CloseBraceToken);
        var memberList = List(members);
        ListPool<MemberDeclarationSyntax>.Return(members);
        return new ConceptDeclarationSyntax(_table, kind, List(annotations), Tokens(modifiers), keyword, name, extends, inside, open,
            memberList, close);
    }

    private SkippedTokensSyntax SkipToCloseBrace()
    {
        var skipped = new List<int>();
        var balance = 0;
        while (!AtEnd && !(balance == 0 && CurrentKind == SyntaxKind.CloseBraceToken))
        {
            if (CurrentKind == SyntaxKind.OpenBraceToken)
            {
                balance++;
            }
            else if (CurrentKind == SyntaxKind.CloseBraceToken)
            {
                balance--;
            }

            skipped.Add(EatToken());
        }

        return new SkippedTokensSyntax(_table, Tokens(skipped));
    }

    private void ParseMembers(List<MemberDeclarationSyntax> members, string where)
    {
        while (!AtEnd && CurrentKind != SyntaxKind.CloseBraceToken)
        {
            if (_depth <= 1)
            {
                _suppressing = false;
            }

            var start = _index;
            members.Add(ParseMember(where));
            if (_index == start)
            {
                members.Add(new SkippedTokensSyntax(_table, Tokens(EatToken())));
            }
        }
    }

    private EnumDeclarationSyntax ParseEnumDeclaration(List<AnnotationSyntax>? annotations, List<int>? modifiers)
    {
        var keyword = EatToken();
        var name = ExpectName();
        var open = Expect(SyntaxKind.OpenBraceToken);
        var values = new List<EnumValueSyntax>();
        var commas = new List<int>();
        if (!IsMissing(open))
        {
            while (IsName(CurrentKind))
            {
                values.Add(new EnumValueSyntax(_table, EatName()));
                if (CurrentKind != SyntaxKind.CommaToken)
                {
                    break;
                }

                commas.Add(EatToken());
            }
        }

        var close = IsMissing(open) ? MissingToken(SyntaxKind.CloseBraceToken) : Expect(SyntaxKind.CloseBraceToken);
        return new EnumDeclarationSyntax(_table, List(annotations), Tokens(modifiers), keyword, name, open,
            Separated(values, commas), close);
    }

    private SeparatedSyntaxList<T> ParseSeparated<T>(Func<T> parseItem)
        where T : SyntaxNode
    {
        var items = new SeparatedListBuilder<T>();
        items.Add(parseItem());
        while (CurrentKind == SyntaxKind.CommaToken)
        {
            items.Add(EatToken());
            items.Add(parseItem());
        }

        return items.ToList(_table);
    }
}
