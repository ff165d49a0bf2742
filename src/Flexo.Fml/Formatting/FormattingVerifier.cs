using Flexo.Fml.Syntax;

namespace Flexo.Fml.Formatting;

/// <summary>
/// Checks a formatted text against the tree it was made from: it parses without errors, it has the same structure
/// (<see cref="FindStructuralDifference"/>), it keeps every comment (<see cref="FindMissingComments"/>), and formatting
/// it again changes nothing. Used by the tests; a tool may use it to refuse to write a suspicious result.
/// </summary>
public static class FormattingVerifier
{
    /// <summary>All problems found with <paramref name="formatted"/>, the formatted form of <paramref name="original"/>; empty when it is sound.</summary>
    /// <remarks><paramref name="options"/>: those <paramref name="original"/> was parsed with (default: the defaults).</remarks>
    public static IReadOnlyList<string> Verify(SyntaxTree original, string formatted, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(formatted);
        options ??= ParseOptions.Default;
        var problems = new List<string>();
        var reparsed = SyntaxTree.Parse(formatted, original.Text.Path, options);
        if (reparsed.HasErrors)
        {
            problems.Add("the formatted text has syntax errors: "
                + string.Join("; ", reparsed.Diagnostics.Where(d => d.IsError).Select(d => d.Format(reparsed.Text))));
            return problems;
        }

        if (FindStructuralDifference(original, reparsed) is { } difference)
        {
            problems.Add("the structure changed: " + difference);
        }

        foreach (var missing in FindMissingComments(original, reparsed))
        {
            problems.Add("a comment was lost: " + missing);
        }

        var again = FmlFormatter.Format(reparsed, options);
        if (again != formatted)
        {
            problems.Add("formatting is not idempotent: " + FirstDifference(formatted, again));
        }

        return problems;
    }

    /// <summary>
    /// Compares two trees node by node and token by token (kinds and texts, trivia ignored), up to the normalizations the
    /// formatter makes on purpose: parentheses are ignored; the body of <c>if</c>/<c>else</c>/loops/<c>onfailure</c>
    /// compares as its list of statements whether or not it had braces; empty statements are ignored; headers and
    /// members compare in normalized order (header groups; properties, behaviours, nested types, invariants);
    /// modifiers in normalized order; <c>...</c> equals <c>[0,*]</c>; <c>with Kind</c> equals <c>with Kind()</c>;
    /// a missing <c>;</c> after a get/set property equals a present one. Returns a description of the first difference,
    /// or null.
    /// </summary>
    public static string? FindStructuralDifference(SyntaxTree expected, SyntaxTree actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var left = Shape(expected.Root);
        var right = Shape(actual.Root);
        var count = Math.Min(left.Count, right.Count);
        for (var i = 0; i < count; i++)
        {
            if (left[i] != right[i])
            {
                return $"at item {i}: expected {left[i]} but found {right[i]} (after {Context(left, i)})";
            }
        }

        return left.Count == right.Count
            ? null
            : $"expected {left.Count} items but found {right.Count} (after {Context(left, count)})";
    }

    /// <summary>
    /// The comments of <paramref name="original"/> that <paramref name="formatted"/> lacks (each comment counts as many times
    /// as it occurs; the indentation of the continuation lines of block comments is not significant).
    /// </summary>
    public static IReadOnlyList<string> FindMissingComments(SyntaxTree original, SyntaxTree formatted)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(formatted);
        var available = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var comment in Comments(formatted.Root))
        {
            available[comment] = available.GetValueOrDefault(comment) + 1;
        }

        var missing = new List<string>();
        foreach (var comment in Comments(original.Root))
        {
            if (available.GetValueOrDefault(comment) > 0)
            {
                available[comment]--;
            }
            else
            {
                missing.Add(comment);
            }
        }

        return missing;
    }

    /// <summary>Every comment of a tree, line breaks as <c>\n</c> and continuation lines without their indentation.</summary>
    internal static IEnumerable<string> Comments(SyntaxNode root)
    {
        foreach (var token in root.DescendantTokens())
        {
            if (!token.HasLeadingTrivia && !token.HasTrailingTrivia)
            {
                continue;
            }

            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (trivia.IsComment)
                {
                    yield return string.Join('\n', CommentLayout.NormalizeNewLines(trivia.Text).Split('\n').Select((l, i) => i == 0 ? l : l.TrimStart(' ', '\t')));
                }
            }
        }
    }

    private static string Context(List<string> items, int index) =>
        string.Join(" ", items.Skip(Math.Max(0, index - 6)).Take(Math.Min(6, index)));

    private static string FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        var line = a.AsSpan(0, i).Count('\n') + 1;
        string Around(string s) => s.Substring(Math.Max(0, i - 20), Math.Min(s.Length, i + 20) - Math.Max(0, i - 20)).Replace("\n", "\\n", StringComparison.Ordinal);
        return $"line {line}: \"{Around(a)}\" became \"{Around(b)}\"";
    }

    /// <summary>The normalized shape of a tree: a flat list of node openings, tokens and node closings (built without recursion).</summary>
    internal static List<string> Shape(SyntaxNode root)
    {
        var items = new List<string>();
        var stack = new Stack<object>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case string text:
                    items.Add(text);
                    break;
                case SyntaxToken token:
                    items.Add(token.Kind + ":" + token.Text);
                    break;
                case EmbeddedBody body:
                    {
                        // The body of a control statement compares as its statement list, braces or not.
                        items.Add("(Body");
                        stack.Push(")");
                        List<StatementSyntax> statements = body.Statement is BlockSyntax block ? [.. block.Statements] : [body.Statement];
                        for (var i = statements.Count - 1; i >= 0; i--)
                        {
                            if (statements[i] is not EmptyStatementSyntax)
                            {
                                stack.Push(statements[i]);
                            }
                        }

                        break;
                    }

                case SyntaxNode node:
                    var children = Children(node);
                    if (children is null)
                    {
                        break; // the node vanishes (parentheses, empty statements): its children were pushed instead
                    }

                    items.Add("(" + node.Kind);
                    stack.Push(")");
                    for (var i = children.Count - 1; i >= 0; i--)
                    {
                        stack.Push(children[i]);
                    }

                    break;
            }
        }

        return items;

        List<object>? Children(SyntaxNode node)
        {
            switch (node)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    stack.Push(parenthesized.Expression);
                    return null;
                case CompilationUnitSyntax unit:
                    return [.. unit.Headers.OrderBy(FmlPrinter.HeaderRank), .. unit.Members];
                case ConceptDeclarationSyntax concept:
                    {
                        var list = Generic(concept);
                        var modifiers = concept.Modifiers.ToList();
                        var members = concept.Members.ToList();
                        return Rebuild(list, modifiers, FmlPrinter.OrderModifiers(modifiers), members, members.OrderBy(FmlPrinter.CategoryOf));
                    }

                case CardinalitySyntax cardinality:
                    return cardinality.Ellipsis is not null
                        ? ["card:0,*"]
                        : [$"card:{cardinality.Lower?.Text},{cardinality.Upper?.Text}"];
                case KindClauseSyntax { Arguments: null } kind:
                    {
                        var list = Generic(kind);
                        list.AddRange(["(KeywordArgumentList", "OpenParenToken:(", "CloseParenToken:)", ")"]);
                        return list;
                    }

                case GetSetPropertyDeclarationSyntax { Semicolon: null } property:
                    {
                        var list = Generic(property);
                        list.Add("SemicolonToken:;");
                        return list;
                    }

                case BlockSyntax block:
                    return [block.OpenBrace, .. block.Statements.Where(s => s is not EmptyStatementSyntax), block.CloseBrace];
                case IfStatementSyntax or ElseClauseSyntax or WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax
                    or ForEachStatementSyntax or OnFailureClauseSyntax:
                    return Generic(node).Select(c => c is StatementSyntax s ? new EmbeddedBody(s) : c).ToList();
                default:
                    var generic = Generic(node);
                    if (node is MemberDeclarationSyntax or ParameterSyntax && ModifiersOf(node) is { Count: > 1 } mods)
                    {
                        return Rebuild(generic, mods, FmlPrinter.OrderModifiers(mods), null, null);
                    }

                    return generic;
            }
        }
    }

    private static List<object> Generic(SyntaxNode node)
    {
        var list = new List<object>();
        foreach (var child in node.ChildNodesAndTokens())
        {
            list.Add((object?)child.AsNode() ?? child.AsToken()!);
        }

        return list;
    }

    private static List<SyntaxToken>? ModifiersOf(SyntaxNode node) => node switch
    {
        PropertyDeclarationSyntax p => [.. p.Modifiers],
        ExpressionPropertyDeclarationSyntax p => [.. p.Modifiers],
        GetSetPropertyDeclarationSyntax p => [.. p.Modifiers],
        BehaviourDeclarationSyntax b => [.. b.Modifiers],
        ListenerDeclarationSyntax l => [.. l.Modifiers],
        EnumDeclarationSyntax e => [.. e.Modifiers],
        InvariantDeclarationSyntax i => [.. i.Modifiers],
        IterationInvariantDeclarationSyntax i => [.. i.Modifiers],
        ParameterSyntax p => [.. p.Modifiers],
        _ => null,
    };

    /// <summary>Replaces, in a child list, the modifiers and members (in their source order) by their normalized order.</summary>
    private static List<object> Rebuild(List<object> list, List<SyntaxToken> modifiers, IEnumerable<SyntaxToken> orderedModifiers,
        List<MemberDeclarationSyntax>? members, IEnumerable<MemberDeclarationSyntax>? orderedMembers)
    {
        Replace(list, modifiers, orderedModifiers.ToList());
        if (members is not null && orderedMembers is not null)
        {
            Replace(list, members, orderedMembers.ToList());
        }

        return list;

        static void Replace<T>(List<object> list, List<T> original, List<T> ordered)
            where T : class
        {
            if (original.Count == 0)
            {
                return;
            }

            var start = list.FindIndex(o => Equals(o, original[0]));
            for (var i = 0; i < ordered.Count; i++)
            {
                list[start + i] = ordered[i];
            }
        }
    }

    /// <summary>A control-statement body in a shape: flattened to its statements.</summary>
    private sealed class EmbeddedBody(StatementSyntax statement)
    {
        public StatementSyntax Statement { get; } = statement;
    }
}
