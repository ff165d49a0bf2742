using System.Text;
using System.Text.RegularExpressions;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Tests.Infrastructure;

/// <summary>
/// Invariants every parse must satisfy, whatever the input: full fidelity (the tokens tile the text and print it
/// back byte for byte), sane diagnostics, and no silent repair (a missing token, skipped tokens, a bad character or
/// an empty placeholder expression always come with an error).
/// </summary>
internal static partial class TreeChecks
{
    /// <summary>
    /// How deep a tree may be for a given <see cref="ParseOptions.MaxDepth"/>: the parser counts each nesting level
    /// once and allows operator chains about four nodes per level, so a tree deeper than this would expose recursive
    /// consumers (binder, formatter) to a stack overflow that MaxDepth is meant to prevent.
    /// </summary>
    public static int TreeDepthLimit(int maxDepth) => (4 * maxDepth) + 64;

    /// <summary>Fails the test when <paramref name="tree"/> breaks an invariant.</summary>
    public static void AssertSound(string text, SyntaxTree tree, int maxDepth = 200)
    {
        if (FindViolation(text, tree, maxDepth) is { } violation)
        {
            Assert.Fail(violation + Environment.NewLine + "Input: " + Excerpt(text));
        }
    }

    /// <summary>
    /// The first invariant <paramref name="tree"/> (parsed with <paramref name="maxDepth"/>) breaks, or null. Without
    /// <paramref name="thorough"/>, the per-token checks (trivia, literal values) and the tree depth are skipped, which
    /// makes the check three times cheaper for the random tests.
    /// </summary>
    public static string? FindViolation(string text, SyntaxTree tree, int maxDepth = 200, bool thorough = true)
    {
        if (tree.Text.Text != text)
        {
            return "SyntaxTree.Text is not the parsed text.";
        }

        var position = 0;
        SyntaxToken? last = null;
        SyntaxToken? firstMissing = null;
        SyntaxToken? firstBad = null;
        foreach (var token in tree.Root.DescendantTokens())
        {
            if (token.FullSpan.Start != position)
            {
                return $"Token {token.Kind} at {token.FullSpan} does not start where the previous token ended ({position}): "
                    + "the tokens must tile the text.";
            }

            if (token.Span.Start < token.FullSpan.Start || token.Span.End > token.FullSpan.End)
            {
                return $"Token {token.Kind}: its span {token.Span} is not inside its full span {token.FullSpan}.";
            }

            if (thorough && CheckToken(token) is { } tokenProblem)
            {
                return tokenProblem;
            }

            position = token.FullSpan.End;
            if (token.IsMissing)
            {
                firstMissing ??= token;
            }

            if (token.Kind == SyntaxKind.BadToken)
            {
                firstBad ??= token;
            }

            last = token;
        }

        if (position != text.Length)
        {
            return $"The tokens end at {position} but the text has {text.Length} characters.";
        }

        if (last is null || last.Kind != SyntaxKind.EndOfFileToken)
        {
            return "The last token of the tree is not the end-of-file token.";
        }

        var full = tree.ToFullString();
        if (full != text)
        {
            return $"ToFullString() differs from the input at offset {FirstDifference(full, text)}.";
        }

        var depth = thorough ? Depth(tree.Root) : 0;
        if (depth > TreeDepthLimit(maxDepth))
        {
            return $"The tree is {depth} levels deep, more than {TreeDepthLimit(maxDepth)} for MaxDepth {maxDepth}: "
                + "some nesting escapes the depth limit.";
        }

        string? silentRepair = null;
        foreach (var node in tree.Root.DescendantNodesAndSelf())
        {
            if (node is SkippedTokensSyntax skipped && skipped.Tokens.Count > 0)
            {
                silentRepair ??= $"skipped tokens at {node.Span}";
            }
            else if (node is MissingExpressionSyntax missing)
            {
                silentRepair ??= missing.SkippedTokens.Count > 0
                    ? $"skipped tokens in a missing expression at {node.FullSpan}"
                    : $"an empty missing expression at {node.FullSpan}";
            }
        }

        if (firstMissing is not null)
        {
            silentRepair ??= $"a missing {firstMissing.Kind} at {firstMissing.Span.Start}";
        }

        if (firstBad is not null)
        {
            silentRepair ??= $"a bad token at {firstBad.Span}";
        }

        var previousStart = 0;
        var seen = new HashSet<(string, int, int, string)>();
        foreach (var diagnostic in tree.Diagnostics)
        {
            if (!seen.Add((diagnostic.Code, diagnostic.Span.Start, diagnostic.Span.Length, diagnostic.Message)))
            {
                return $"Diagnostic {diagnostic.Code} at {diagnostic.Span} is reported twice.";
            }

            if (diagnostic.Span.Start < 0 || diagnostic.Span.Length < 0 || diagnostic.Span.End > text.Length)
            {
                return $"Diagnostic {diagnostic.Code} has a span {diagnostic.Span} outside the text (length {text.Length}).";
            }

            if (diagnostic.Span.Start < previousStart)
            {
                return $"Diagnostics are not sorted by position ({diagnostic.Code} at {diagnostic.Span}).";
            }

            previousStart = diagnostic.Span.Start;
            if (!CodePattern().IsMatch(diagnostic.Code) || string.IsNullOrWhiteSpace(diagnostic.Message))
            {
                return $"Diagnostic '{diagnostic.Code}: {diagnostic.Message}' has a malformed code or an empty message.";
            }
        }

        if (silentRepair is not null && !tree.HasErrors)
        {
            return $"The tree contains {silentRepair} but there is no error diagnostic (silent repair). "
                + $"Diagnostics: {StageDumps.DescribeAll(tree)}";
        }

        return null;
    }

    /// <summary>
    /// Checks one token: fixed-text kinds carry their text, literal values can be read, and the trivia tiles the gaps
    /// around the token, with a line break only as the last piece of trailing trivia.
    /// </summary>
    private static string? CheckToken(SyntaxToken token)
    {
        if (!token.IsMissing && SyntaxFacts.GetText(token.Kind) is { } fixedText && token.Text != fixedText)
        {
            return $"Token {token.Kind} at {token.Span} has the text {Excerpt(token.Text, 20)} instead of {Excerpt(fixedText)}.";
        }

        if (token.IsMissing && token.FullSpan.Length != 0)
        {
            return $"Missing token {token.Kind} at {token.Span} has trivia.";
        }

        try
        {
            _ = token.Value;
        }
        catch (Exception e)
        {
            return $"SyntaxToken.Value threw {e.GetType().Name} for a{(token.IsMissing ? " missing" : string.Empty)} {token.Kind} "
                + $"at {token.Span}: {e.Message}";
        }
        var at = token.FullSpan.Start;
        foreach (var trivia in token.LeadingTrivia)
        {
            if (trivia.Span.Start != at || trivia.Span.Length == 0 || !SyntaxFacts.IsTrivia(trivia.Kind))
            {
                return $"The leading trivia of {token.Kind} at {token.Span} does not tile the gap before it.";
            }

            at = trivia.Span.End;
        }

        if (at != token.Span.Start)
        {
            return $"The leading trivia of {token.Kind} at {token.Span} ends at {at}.";
        }

        at = token.Span.End;
        var trailing = token.TrailingTrivia;
        for (var i = 0; i < trailing.Count; i++)
        {
            var trivia = trailing[i];
            if (trivia.Span.Start != at || trivia.Span.Length == 0 || !SyntaxFacts.IsTrivia(trivia.Kind))
            {
                return $"The trailing trivia of {token.Kind} at {token.Span} does not tile the gap after it.";
            }

            if (trivia.Kind == SyntaxKind.EndOfLineTrivia && i != trailing.Count - 1)
            {
                return $"The trailing trivia of {token.Kind} at {token.Span} goes past a line break.";
            }

            at = trivia.Span.End;
        }

        return at != token.FullSpan.End ? $"The trailing trivia of {token.Kind} at {token.Span} ends at {at}." : null;
    }

    /// <summary>The number of nodes on the longest path from <paramref name="root"/> down (iterative).</summary>
    public static int Depth(SyntaxNode root)
    {
        var deepest = 0;
        var stack = new Stack<(SyntaxNode Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in node.ChildNodes())
            {
                stack.Push((child, depth + 1));
            }
        }

        return deepest;
    }

    /// <summary>The kind of a violation: its first sentence with numbers blanked (to group failures).</summary>
    public static string Signature(string violation)
    {
        var end = violation.IndexOf(": ", StringComparison.Ordinal);
        var head = end > 0 ? violation[..end] : violation;
        return NumberPattern().Replace(head, "#");
    }

    /// <summary>True when the tree holds any missing token, skipped token or placeholder expression.</summary>
    public static bool HasRepairs(SyntaxTree tree) =>
        tree.Root.DescendantTokens().Any(t => t.IsMissing || t.Kind == SyntaxKind.BadToken)
        || tree.Root.DescendantNodesAndSelf().Any(n => n is MissingExpressionSyntax || (n is SkippedTokensSyntax s && s.Tokens.Count > 0));

    /// <summary>The start of a text, escaped and cut, for failure messages.</summary>
    public static string Excerpt(string text, int max = 600)
    {
        var builder = new StringBuilder();
        StageDumps.AppendQuoted(builder, text.Length <= max ? text : text[..max]);
        if (text.Length > max)
        {
            builder.Append(" ... (").Append(text.Length).Append(" characters)");
        }

        return builder.ToString();
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("^FML[0-9]{4}$")]
    private static partial Regex CodePattern();
}
