using Flexo.Fml.Syntax;

namespace Flexo.Fml.Formatting;

/// <summary>
/// Prints the normalized form of a compilation unit (docs/formatting.md). Declarations and statements are printed
/// recursively (their nesting is bounded by the parser); expressions use an explicit stack
/// (FmlPrinter.Expressions.cs).
/// </summary>
internal sealed partial class FmlPrinter
{
    /// <summary>
    /// Trees whose nodes nest deeper than this may, once normalized, nest deeper than the parser accepts (added braces
    /// and parentheses cost it up to three levels per level of the tree): their output is checked by parsing it again.
    /// </summary>
    private const int CheckedDepth = 50;

    private readonly FormatWriter _writer = new();
    private readonly bool _conservative;

    private FmlPrinter(bool conservative) => _conservative = conservative;

    /// <summary>
    /// Formats <paramref name="root"/>; <paramref name="orphanComments"/> counts comments found on tokens the printer did
    /// not visit (always 0 unless the printer has a bug: they are then appended at the end, never lost).
    /// </summary>
    /// <remarks>
    /// The normalized form may nest deeper than its source (braces around single statements, parentheses around
    /// conditionals, long chains where the source had parenthesized groups). For a deep tree whose normalized form would
    /// not parse under <paramref name="options"/>, the conservative form is printed instead: same layout, comments and
    /// member order, but parentheses and braces exactly as in the source.
    /// </remarks>
    public static string Print(CompilationUnitSyntax root, ParseOptions options, out int orphanComments)
    {
        var text = Print(root, conservative: false, out orphanComments);
        if (MaxDepth(root) > CheckedDepth && SyntaxTree.Parse(text, null, options).HasErrors)
        {
            text = Print(root, conservative: true, out orphanComments);
        }

        return text;
    }

    /// <summary>Formats <paramref name="root"/> in normalized or conservative form.</summary>
    internal static string Print(CompilationUnitSyntax root, bool conservative, out int orphanComments)
    {
        var printer = new FmlPrinter(conservative);
        printer.CompilationUnit(root);
        orphanComments = printer.AppendOrphanComments(root);
        return printer._writer.GetText();
    }

    /// <summary>The depth of the deepest node (computed without recursion).</summary>
    internal static int MaxDepth(SyntaxNode root)
    {
        var max = 0;
        var stack = new Stack<(SyntaxNode Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            max = Math.Max(max, depth);
            foreach (var child in node.ChildNodesAndTokens())
            {
                if (child.AsNode() is { } childNode)
                {
                    stack.Push((childNode, depth + 1));
                }
            }
        }

        return max;
    }

    // ---------------------------------------------------------------- compilation unit

    private void CompilationUnit(CompilationUnitSyntax root)
    {
        _writer.FileHeaderComments(root.GetFirstToken() ?? root.EndOfFile);
        var printedSomething = false;
        foreach (var group in HeaderGroups(root.Headers))
        {
            if (printedSomething)
            {
                _writer.BlankLine();
            }

            foreach (var header in group)
            {
                Header(header);
            }

            printedSomething = true;
        }

        foreach (var member in root.Members)
        {
            if (printedSomething)
            {
                _writer.BlankLine();
            }

            Member(member);
            printedSomething = true;
        }

        _writer.EndLine();
        _writer.AllowBlankLineFromSource();
        _writer.Skip(root.EndOfFile);
        _writer.EndLine();
    }

    /// <summary>Namespaces, uses, Java imports, URI imports, typedefs; declaration order inside each group.</summary>
    private static IEnumerable<List<HeaderDeclarationSyntax>> HeaderGroups(SyntaxList<HeaderDeclarationSyntax> headers)
    {
        var groups = new List<HeaderDeclarationSyntax>[5];
        foreach (var header in headers)
        {
            var rank = HeaderRank(header);
            (groups[rank] ??= []).Add(header);
        }

        return groups.Where(g => g is not null);
    }

    /// <summary>The rank of a header declaration in the normalized order.</summary>
    internal static int HeaderRank(SyntaxNode header) => header.Kind switch
    {
        SyntaxKind.NamespaceDeclaration => 0,
        SyntaxKind.UseDeclaration => 1,
        SyntaxKind.JavaImportDeclaration => 2,
        SyntaxKind.UriImportDeclaration => 3,
        _ => 4,
    };

    private void Header(HeaderDeclarationSyntax header)
    {
        switch (header)
        {
            case NamespaceDeclarationSyntax ns:
                _writer.Token(ns.NamespaceKeyword);
                _writer.Space();
                _writer.Token(ns.Uri);
                AsNameEnd(ns.AsKeyword, ns.Identifier, ns.Semicolon);
                break;
            case UseDeclarationSyntax use:
                _writer.Token(use.UseKeyword);
                _writer.Space();
                Type(use.Name);
                AsNameEnd(use.AsKeyword, use.Identifier, use.Semicolon);
                break;
            case JavaImportDeclarationSyntax import:
                _writer.Token(import.ImportKeyword);
                _writer.Space();
                Type(import.Name);
                Alias(import.Alias);
                _writer.Token(import.Semicolon);
                break;
            case UriImportDeclarationSyntax import:
                _writer.Token(import.ImportKeyword);
                _writer.Space();
                _writer.Token(import.OpenBracket);
                Expression(import.Resource, new Slot(5));
                if (import.Colon is not null && import.Object is not null)
                {
                    _writer.Token(import.Colon);
                    Expression(import.Object, new Slot(5));
                }

                _writer.Token(import.CloseBracket);
                Alias(import.Alias);
                _writer.Token(import.Semicolon);
                break;
            case TypedefDeclarationSyntax typedef:
                _writer.Token(typedef.TypedefKeyword);
                _writer.Space();
                Type(typedef.Type);
                AsNameEnd(typedef.AsKeyword, typedef.Identifier, typedef.Semicolon);
                break;
            default:
                TokensOnOneLine(header);
                break;
        }

        _writer.EndLine();
    }

    /// <summary>The <c> as Name;</c> that ends namespace, use and typedef declarations.</summary>
    private void AsNameEnd(SyntaxToken asKeyword, SyntaxToken identifier, SyntaxToken semicolon)
    {
        _writer.Space();
        _writer.Token(asKeyword);
        _writer.Space();
        _writer.Token(identifier);
        _writer.Token(semicolon);
    }

    private void Alias(AsClauseSyntax? alias)
    {
        if (alias is not null)
        {
            _writer.Space();
            _writer.Token(alias.AsKeyword);
            _writer.Space();
            _writer.Token(alias.Identifier);
        }
    }

    // ---------------------------------------------------------------- members

    /// <summary>The four groups of a body, in the order they are printed.</summary>
    internal enum MemberCategory
    {
        Property,
        Behaviour,
        Type,
        Invariant,
        Other,
    }

    internal static MemberCategory CategoryOf(SyntaxNode member) => member.Kind switch
    {
        SyntaxKind.PropertyDeclaration or SyntaxKind.ExpressionPropertyDeclaration or SyntaxKind.GetSetPropertyDeclaration
            => MemberCategory.Property,
        SyntaxKind.CreationSchemeDeclaration or SyntaxKind.DeletionSchemeDeclaration or SyntaxKind.MethodDeclaration
            or SyntaxKind.ListenerDeclaration => MemberCategory.Behaviour,
        SyntaxKind.ModelDeclaration or SyntaxKind.ConceptDeclaration or SyntaxKind.EventDeclaration or SyntaxKind.EnumDeclaration
            => MemberCategory.Type,
        SyntaxKind.InvariantDeclaration or SyntaxKind.IterationInvariantDeclaration => MemberCategory.Invariant,
        _ => MemberCategory.Other,
    };

    private void Member(MemberDeclarationSyntax member)
    {
        switch (member)
        {
            case ConceptDeclarationSyntax concept:
                Concept(concept);
                break;
            case EnumDeclarationSyntax @enum:
                Enum(@enum);
                break;
            case PropertyDeclarationSyntax property:
                Property(property);
                break;
            case ExpressionPropertyDeclarationSyntax property:
                ExpressionProperty(property);
                break;
            case GetSetPropertyDeclarationSyntax property:
                GetSetProperty(property);
                break;
            case BehaviourDeclarationSyntax behaviour:
                Behaviour(behaviour);
                break;
            case ListenerDeclarationSyntax listener:
                Listener(listener);
                break;
            case InvariantDeclarationSyntax invariant:
                Invariant(invariant);
                break;
            case IterationInvariantDeclarationSyntax invariant:
                IterationInvariant(invariant);
                break;
            default:
                TokensOnOneLine(member);
                _writer.EndLine();
                break;
        }
    }

    private void Annotations(SyntaxList<AnnotationSyntax> annotations)
    {
        foreach (var annotation in annotations)
        {
            Annotation(annotation);
            _writer.EndLine();
        }
    }

    /// <summary><c>@Tag</c>, <c>@Tag(value)</c>, <c>@Tag(k=v,k2=v2)</c>, or the list form, one nested annotation a line.</summary>
    private void Annotation(AnnotationSyntax annotation)
    {
        _writer.Token(annotation.AtToken);
        Type(annotation.Name);
        if (annotation.OpenParen is null)
        {
            return;
        }

        _writer.Token(annotation.OpenParen);
        if (annotation.NestedAnnotations.Count > 0)
        {
            _writer.EndLine();
            _writer.Indent++;
            foreach (var nested in annotation.NestedAnnotations)
            {
                Annotation(nested);
                _writer.EndLine();
            }

            _writer.CloseBlock(annotation.CloseParen, ")");
            return;
        }

        var keyValues = annotation.KeyValues;
        for (var i = 0; i < keyValues.Count; i++)
        {
            _writer.Token(keyValues[i].Key);
            _writer.Token(keyValues[i].EqualsToken);
            Expression(keyValues[i].Value, Slot.Conditional);
            if (i < keyValues.SeparatorCount)
            {
                _writer.Token(keyValues.GetSeparator(i));
            }
        }

        if (annotation.Value is not null)
        {
            Expression(annotation.Value, Slot.Conditional);
        }

        Close(annotation.CloseParen, ")");
    }

    /// <summary>Modifiers in the normalized order: visibility, then <c>abstract</c>, then the others.</summary>
    private void Modifiers(SyntaxTokenList modifiers)
    {
        foreach (var modifier in OrderModifiers(modifiers))
        {
            _writer.Token(modifier);
            _writer.Space();
        }
    }

    internal static IEnumerable<SyntaxToken> OrderModifiers(IEnumerable<SyntaxToken> modifiers) =>
        modifiers.OrderBy(m => SyntaxFacts.IsVisibility(m.Kind) ? 0 : m.Kind == SyntaxKind.AbstractKeyword ? 1 : 2);

    private void Concept(ConceptDeclarationSyntax concept)
    {
        Annotations(concept.Annotations);
        Modifiers(concept.Modifiers);
        _writer.Token(concept.Keyword);
        _writer.Space();
        _writer.Token(concept.Identifier);
        if (concept.Extends is not null)
        {
            _writer.Space();
            _writer.Token(concept.Extends.ExtendsKeyword);
            _writer.Space();
            var types = concept.Extends.Types;
            for (var i = 0; i < types.Count; i++)
            {
                Type(types[i]);
                if (i < types.SeparatorCount)
                {
                    _writer.Token(types.GetSeparator(i));
                }
            }
        }

        if (concept.Inside is not null)
        {
            _writer.Space();
            _writer.Token(concept.Inside.InsideKeyword);
            _writer.Space();
            Type(concept.Inside.Type);
        }

        _writer.Space();
        _writer.Token(concept.OpenBrace);
        _writer.EndLine();
        _writer.Indent++;
        Body(concept.Members, spaced: concept.Kind == SyntaxKind.ModelDeclaration);
        _writer.CloseBlock(concept.CloseBrace);
        _writer.EndLine();
    }

    /// <summary>
    /// The members of a model (<paramref name="spaced"/>: properties, then each behaviour, nested type, and the group of
    /// invariants preceded by a blank line) or of a concept or event (the same order, no blank lines).
    /// </summary>
    private void Body(SyntaxList<MemberDeclarationSyntax> members, bool spaced)
    {
        var byCategory = members.GroupBy(CategoryOf).OrderBy(g => g.Key);
        foreach (var category in byCategory)
        {
            var first = true;
            foreach (var member in category)
            {
                if (spaced && category.Key != MemberCategory.Property && (first || category.Key is MemberCategory.Behaviour or MemberCategory.Type))
                {
                    _writer.BlankLine();
                }

                Member(member);
                first = false;
            }
        }
    }

    private void Enum(EnumDeclarationSyntax @enum)
    {
        Annotations(@enum.Annotations);
        Modifiers(@enum.Modifiers);
        _writer.Token(@enum.EnumKeyword);
        _writer.Space();
        _writer.Token(@enum.Identifier);
        _writer.Space();
        _writer.Token(@enum.OpenBrace);
        _writer.EndLine();
        _writer.Indent++;
        var values = @enum.Values;
        for (var i = 0; i < values.Count; i++)
        {
            _writer.Token(values[i].Identifier);
            if (i < values.SeparatorCount)
            {
                _writer.Token(values.GetSeparator(i));
            }

            _writer.EndLine();
        }

        _writer.CloseBlock(@enum.CloseBrace);
        _writer.EndLine();
    }

    private void Property(PropertyDeclarationSyntax property)
    {
        Annotations(property.Annotations);
        Modifiers(property.Modifiers);
        Type(property.Type);
        Cardinality(property.Cardinality);
        _writer.Space();
        _writer.Token(property.Identifier);
        if (property.Initializer is not null)
        {
            Initializer(property.Initializer);
        }

        if (property.Role is not null)
        {
            _writer.Space();
            Node(property.Role);
        }

        _writer.Token(property.Semicolon);
        _writer.EndLine();
    }

    /// <summary><c> = value</c>: the value of a property or local (an action position), or a parameter default.</summary>
    private void Initializer(EqualsValueClauseSyntax initializer, bool parameterDefault = false)
    {
        _writer.Space();
        _writer.Token(initializer.EqualsToken);
        _writer.Space();
        Expression(initializer.Value, parameterDefault ? Slot.Conditional : Slot.Action);
    }

    /// <summary><c>[lo,hi]</c> as written; <c>...</c> is printed <c>[0,*]</c>.</summary>
    private void Cardinality(CardinalitySyntax? cardinality)
    {
        if (cardinality is null)
        {
            return;
        }

        if (cardinality.Ellipsis is not null)
        {
            _writer.Token(cardinality.Ellipsis, "[0,*]");
            return;
        }

        Optional(cardinality.OpenBracket);
        Optional(cardinality.Lower);
        Optional(cardinality.Comma);
        Optional(cardinality.Upper);
        Optional(cardinality.CloseBracket);
    }

    private void Optional(SyntaxToken? token)
    {
        if (token is not null)
        {
            _writer.Token(token);
        }
    }

    private void ExpressionProperty(ExpressionPropertyDeclarationSyntax property)
    {
        Annotations(property.Annotations);
        Modifiers(property.Modifiers);
        Type(property.Type);
        Cardinality(property.Cardinality);
        _writer.Space();
        _writer.Token(property.Identifier);
        _writer.Space();
        _writer.Token(property.ValuesKeyword);
        _writer.Space();
        Expression(property.Expression, Slot.Full);
        _writer.Token(property.Semicolon);
        _writer.EndLine();
    }

    /// <summary><c>Type name  {</c> (two spaces, as the reference normalizer), getter, setter, <c>};</c>.</summary>
    private void GetSetProperty(GetSetPropertyDeclarationSyntax property)
    {
        Annotations(property.Annotations);
        Modifiers(property.Modifiers);
        Type(property.Type);
        Cardinality(property.Cardinality);
        _writer.Space();
        _writer.Token(property.Identifier);
        _writer.Spaces(2);
        _writer.Token(property.OpenBrace);
        _writer.EndLine();
        _writer.Indent++;

        var getter = property.Getter;
        if (getter.Type is not null)
        {
            Type(getter.Type);
            _writer.Space();
        }

        _writer.Token(getter.GetKeyword);
        _writer.Token(getter.OpenParen);
        _writer.Token(getter.CloseParen);
        _writer.Space();
        BlockBody(getter.Body);
        _writer.EndLine();

        if (property.Setter is { } setter)
        {
            _writer.Token(setter.SetKeyword);
            _writer.Token(setter.OpenParen);
            if (setter.Type is not null)
            {
                Type(setter.Type);
                if (setter.Identifier is not null)
                {
                    _writer.Space();
                    _writer.Token(setter.Identifier);
                }
            }

            _writer.Token(setter.CloseParen);
            _writer.Space();
            BlockBody(setter.Body);
            _writer.EndLine();
        }

        _writer.CloseBlock(property.CloseBrace);
        if (property.Semicolon is not null)
        {
            _writer.Token(property.Semicolon);
        }
        else
        {
            _writer.TextBeforeLineEnd(";");
        }

        _writer.EndLine();
    }

    private void Behaviour(BehaviourDeclarationSyntax behaviour)
    {
        Annotations(behaviour.Annotations);
        Modifiers(behaviour.Modifiers);
        if (behaviour.ReturnType is not null)
        {
            Type(behaviour.ReturnType);
            _writer.Space();
        }

        if (behaviour.Keyword is not null)
        {
            _writer.Token(behaviour.Keyword);
            if (behaviour.ColonColon is not null)
            {
                _writer.Token(behaviour.ColonColon);
            }
        }

        Optional(behaviour.Identifier);
        Parameters(behaviour.Parameters);
        if (behaviour.KindClause is not null)
        {
            _writer.Space();
            Node(behaviour.KindClause);
        }

        BehaviourBody(behaviour.Body, behaviour.Semicolon);
    }

    private void BehaviourBody(BlockSyntax? body, SyntaxToken? semicolon)
    {
        if (body is not null)
        {
            _writer.Space();
            BlockBody(body);
        }
        else if (semicolon is not null)
        {
            _writer.Token(semicolon);
        }
        else
        {
            _writer.TextBeforeLineEnd(";");
        }

        _writer.EndLine();
    }

    /// <summary><c>(T a, required U b = 1)</c>.</summary>
    private void Parameters(ParameterListSyntax list)
    {
        _writer.Token(list.OpenParen);
        var parameters = list.Parameters;
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            Modifiers(parameter.Modifiers);
            Type(parameter.Type);
            _writer.Space();
            _writer.Token(parameter.Identifier);
            if (parameter.Default is not null)
            {
                Initializer(parameter.Default, parameterDefault: true);
            }

            if (i < parameters.SeparatorCount)
            {
                _writer.Token(parameters.GetSeparator(i));
                _writer.Space();
            }
        }

        _writer.Token(list.CloseParen);
    }

    private void Listener(ListenerDeclarationSyntax listener)
    {
        Annotations(listener.Annotations);
        Modifiers(listener.Modifiers);
        _writer.Token(listener.ListenKeyword);
        _writer.Space();
        Type(listener.EventType);
        _writer.Space();
        _writer.Token(listener.FromKeyword);
        _writer.Space();
        Expression(listener.Source, Slot.Full);
        BehaviourBody(listener.Body, listener.Semicolon);
    }

    /// <summary><c>assert c;</c> or <c>assert c onfailure: {</c> ... <c>}</c>.</summary>
    private void Invariant(InvariantDeclarationSyntax invariant)
    {
        Annotations(invariant.Annotations);
        Modifiers(invariant.Modifiers); // only in trees with errors: printed so that nothing is lost
        _writer.Token(invariant.AssertKeyword);
        _writer.Space();
        Expression(invariant.Condition, Slot.Full);
        if (invariant.OnFailure is { } onFailure)
        {
            _writer.Space();
            _writer.Token(onFailure.OnFailureKeyword);
            _writer.Token(onFailure.Colon);
            _writer.Space();
            EmbeddedStatement(onFailure.Statement);
        }
        else if (invariant.Semicolon is not null)
        {
            _writer.Token(invariant.Semicolon);
        }

        _writer.EndLine();
    }

    private void IterationInvariant(IterationInvariantDeclarationSyntax invariant)
    {
        Annotations(invariant.Annotations);
        Modifiers(invariant.Modifiers);
        _writer.Token(invariant.AssertKeyword);
        _writer.Space();
        _writer.Token(invariant.OpenParen);
        Type(invariant.Type);
        _writer.Space();
        _writer.Token(invariant.Identifier);
        _writer.Space();
        _writer.Token(invariant.Colon);
        _writer.Space();
        Expression(invariant.Collection, Slot.Full);
        _writer.Token(invariant.CloseParen);
        _writer.Space();
        _writer.Token(invariant.OpenBrace);
        _writer.EndLine();
        _writer.Indent++;
        foreach (var nested in invariant.Invariants)
        {
            Invariant(nested);
        }

        _writer.CloseBlock(invariant.CloseBrace);
        _writer.EndLine();
    }

    private void TokensOnOneLine(SyntaxNode node)
    {
        var first = true;
        foreach (var token in node.DescendantTokens())
        {
            if (!first)
            {
                _writer.Space();
            }

            _writer.Token(token);
            first = false;
        }
    }

    /// <summary>Closes a parenthesis, bracket or brace that stays on the current line.</summary>
    private void Close(SyntaxToken? token, string text)
    {
        if (token is not null)
        {
            _writer.Token(token);
        }
        else
        {
            _writer.Text(text);
        }
    }

    /// <summary>
    /// Safety net: comments on tokens the printer did not visit are appended at the end, so that none is ever lost.
    /// Returns how many there were (0 unless the printer has a bug; tests check it).
    /// </summary>
    private int AppendOrphanComments(CompilationUnitSyntax root)
    {
        var count = 0;
        foreach (var token in root.DescendantTokens())
        {
            if (_writer.Visited.Contains(token) || (!token.HasLeadingTrivia && !token.HasTrailingTrivia))
            {
                continue;
            }

            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (trivia.IsComment)
                {
                    _writer.EndLine();
                    _writer.Indent = 0;
                    _writer.Text(CommentLayout.NormalizeNewLines(trivia.Text));
                    _writer.EndLine();
                    count++;
                }
            }
        }

        return count;
    }
}
