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
            var skipped = new List<SyntaxToken>();
            var first = Current.Span;
            while (!AtEnd)
            {
                skipped.Add(EatToken());
            }

            Report(SyntaxErrors.LegacySyntax(first));
            members.Add(new SkippedTokensSyntax(Tokens(skipped)));
            return new CompilationUnitSyntax(List(headers), List(members), EatToken());
        }

        var models = 0;
        while (!AtEnd)
        {
            var start = _index;
            if (IsHeaderStart())
            {
                var skipped = new List<SyntaxToken>();
                Report(SyntaxErrors.HeaderAfterModel(Current.Span));
                while (!AtEnd && CurrentKind != SyntaxKind.SemicolonToken)
                {
                    skipped.Add(EatToken());
                }

                if (!AtEnd)
                {
                    skipped.Add(EatToken());
                }

                members.Add(new SkippedTokensSyntax(Tokens(skipped)));
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
                members.Add(new SkippedTokensSyntax(Tokens([EatToken()])));
            }
        }

        if (models == 0 && !_diagnostics.Exists(d => d.IsError))
        {
            Report(SyntaxErrors.ModelCount(new TextSpan(Current.Span.Start, 0), 0));
        }

        return new CompilationUnitSyntax(List(headers), List(members), EatToken());
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
                return new NamespaceDeclarationSyntax(EatToken(), Expect(SyntaxKind.StringLiteralToken),
                    Expect(SyntaxKind.AsKeyword), ExpectName(), Expect(SyntaxKind.SemicolonToken));
            case SyntaxKind.UseKeyword:
                return new UseDeclarationSyntax(EatToken(), ParseQualifiedName(), Expect(SyntaxKind.AsKeyword),
                    ExpectName(), Expect(SyntaxKind.SemicolonToken));
            case SyntaxKind.TypedefKeyword:
                return new TypedefDeclarationSyntax(EatToken(), ParseType(allowTechnologyType: true),
                    Expect(SyntaxKind.AsKeyword), ExpectName(), Expect(SyntaxKind.SemicolonToken));
            default:
                var import = EatToken();
                if (CurrentKind == SyntaxKind.OpenBracketToken)
                {
                    var open = EatToken();
                    var resource = ParseUriExpression();
                    var colon = TryEat(SyntaxKind.ColonToken);
                    var obj = colon is null ? null : ParseUriExpression();
                    var close = Expect(SyntaxKind.CloseBracketToken);
                    return new UriImportDeclarationSyntax(import, open, resource, colon, obj, close, ParseAsClause(),
                        Expect(SyntaxKind.SemicolonToken));
                }

                return new JavaImportDeclarationSyntax(import, ParseQualifiedName(), ParseAsClause(),
                    Expect(SyntaxKind.SemicolonToken));
        }
    }

    /// <summary>A URI expression in an import: names and strings joined by '+' (no ':' or '?' operators).</summary>
    private ExpressionSyntax ParseUriExpression() => ParseBinary(5);

    private AsClauseSyntax? ParseAsClause() =>
        CurrentKind == SyntaxKind.AsKeyword ? new AsClauseSyntax(EatToken(), ExpectName()) : null;

    /// <summary>Pre-2.99 files: annotations and modifiers followed by the word 'class'.</summary>
    private bool LooksLikeLegacySyntax()
    {
        var i = _index;
        while (true)
        {
            var kind = _tokens[i].Kind;
            if (kind == SyntaxKind.AtToken)
            {
                i++;
                while (_tokens[i].Kind is SyntaxKind.IdentifierToken or SyntaxKind.DotToken || IsName(_tokens[i].Kind))
                {
                    i++;
                }

                if (_tokens[i].Kind == SyntaxKind.OpenParenToken)
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
                return kind == SyntaxKind.IdentifierToken && _tokens[i].Text == "class";
            }
        }
    }

    /// <summary>Index just past the parenthesis group starting at <paramref name="open"/>.</summary>
    private int SkipParenthesesFrom(int open)
    {
        var balance = 0;
        var i = open;
        while (_tokens[i].Kind != SyntaxKind.EndOfFileToken)
        {
            var kind = _tokens[i].Kind;
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
            return new AnnotationSyntax(at, name, null, null, SeparatedSyntaxList<AnnotationKeyValueSyntax>.Empty,
                SyntaxList<AnnotationSyntax>.Empty, null);
        }

        var open = EatToken();
        if (!TryEnter())
        {
            var skipped = SkipBalanced();
            return new AnnotationSyntax(at, name, open, new MissingExpressionSyntax(Tokens(skipped)),
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

                return new AnnotationSyntax(at, name, open, null, SeparatedSyntaxList<AnnotationKeyValueSyntax>.Empty,
                    List(nested), Expect(SyntaxKind.CloseParenToken));
            }

            if (IsName(CurrentKind) && PeekKind(1) == SyntaxKind.EqualsToken)
            {
                var pairs = new List<object>();
                while (true)
                {
                    pairs.Add(new AnnotationKeyValueSyntax(ExpectName(), Expect(SyntaxKind.EqualsToken), ParseConditional()));
                    if (CurrentKind != SyntaxKind.CommaToken)
                    {
                        break;
                    }

                    pairs.Add(EatToken());
                }

                return new AnnotationSyntax(at, name, open, null, SeparatedSyntaxList<AnnotationKeyValueSyntax>.Create(pairs),
                    SyntaxList<AnnotationSyntax>.Empty, Expect(SyntaxKind.CloseParenToken));
            }

            ExpressionSyntax? value = CurrentKind == SyntaxKind.CloseParenToken ? null : ParseConditional();
            return new AnnotationSyntax(at, name, open, value, SeparatedSyntaxList<AnnotationKeyValueSyntax>.Empty,
                SyntaxList<AnnotationSyntax>.Empty, Expect(SyntaxKind.CloseParenToken));
        }
        finally
        {
            Leave();
        }
    }

    private List<SyntaxToken>? ParseModifiers()
    {
        List<SyntaxToken>? modifiers = null;
        while (SyntaxFacts.IsVisibility(CurrentKind) || CurrentKind == SyntaxKind.AbstractKeyword)
        {
            // 'abstract' followed by '(' or ';' is a name (a method or property called abstract).
            if (PeekKind(1) is SyntaxKind.OpenParenToken or SyntaxKind.SemicolonToken or SyntaxKind.EqualsToken)
            {
                break;
            }

            var modifier = EatToken();
            if (modifiers is not null && modifiers.Exists(m => m.Kind == modifier.Kind
                || (SyntaxFacts.IsVisibility(m.Kind) && SyntaxFacts.IsVisibility(modifier.Kind))))
            {
                Report(SyntaxErrors.InvalidModifier(modifier.Span, modifier.Text, "twice"));
            }

            (modifiers ??= []).Add(modifier);
        }

        return modifiers;
    }

    private ConceptDeclarationSyntax ParseConceptDeclaration(List<AnnotationSyntax>? annotations, List<SyntaxToken>? modifiers)
    {
        var keyword = EatToken();
        var kind = keyword.Kind switch
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
            extends = new ExtendsClauseSyntax(extendsKeyword, ParseSeparated(() => ParseType(allowTechnologyType: false)));
        }

        InsideClauseSyntax? inside = null;
        if (CurrentKind == SyntaxKind.InsideKeyword)
        {
            inside = new InsideClauseSyntax(EatToken(), ParseType(allowTechnologyType: false));
        }

        var open = Expect(SyntaxKind.OpenBraceToken);
        var members = new List<MemberDeclarationSyntax>();
        if (!open.IsMissing)
        {
            var where = $"{keyword.Text} '{name.Text}'";
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

        var close = open.IsMissing ? MissingToken(SyntaxKind.CloseBraceToken) : Expect(SyntaxKind.CloseBraceToken);
        return new ConceptDeclarationSyntax(kind, List(annotations), Tokens(modifiers), keyword, name, extends, inside, open,
            List(members), close);
    }

    private SkippedTokensSyntax SkipToCloseBrace()
    {
        var skipped = new List<SyntaxToken>();
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

        return new SkippedTokensSyntax(Tokens(skipped));
    }

    private void ParseMembers(List<MemberDeclarationSyntax> members, string where)
    {
        while (!AtEnd && CurrentKind != SyntaxKind.CloseBraceToken)
        {
            var start = _index;
            members.Add(ParseMember(where));
            if (_index == start)
            {
                members.Add(new SkippedTokensSyntax(Tokens([EatToken()])));
            }
        }
    }

    private EnumDeclarationSyntax ParseEnumDeclaration(List<AnnotationSyntax>? annotations, List<SyntaxToken>? modifiers)
    {
        var keyword = EatToken();
        var name = ExpectName();
        var open = Expect(SyntaxKind.OpenBraceToken);
        var values = new List<object>();
        if (!open.IsMissing)
        {
            while (IsName(CurrentKind))
            {
                values.Add(new EnumValueSyntax(EatName()));
                if (CurrentKind != SyntaxKind.CommaToken)
                {
                    break;
                }

                values.Add(EatToken());
            }
        }

        var close = open.IsMissing ? MissingToken(SyntaxKind.CloseBraceToken) : Expect(SyntaxKind.CloseBraceToken);
        return new EnumDeclarationSyntax(List(annotations), Tokens(modifiers), keyword, name, open,
            SeparatedSyntaxList<EnumValueSyntax>.Create(values), close);
    }

    private SeparatedSyntaxList<T> ParseSeparated<T>(Func<T> parseItem)
        where T : SyntaxNode
    {
        var items = new List<object> { parseItem() };
        while (CurrentKind == SyntaxKind.CommaToken)
        {
            items.Add(EatToken());
            items.Add(parseItem());
        }

        return SeparatedSyntaxList<T>.Create(items);
    }
}
