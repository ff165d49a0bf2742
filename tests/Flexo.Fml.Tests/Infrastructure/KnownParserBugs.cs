using Flexo.Fml.Syntax;

namespace Flexo.Fml.Tests.Infrastructure;

/// <summary>
/// A parser bug found by this suite and reported, with a minimal repro. The random tests (mutations, garbage) do not
/// fail again on inputs the bug explains (recognised by the artefact it leaves in the tree), so that they keep guarding
/// everything else; as soon as the repro passes (the bug is fixed) the exemption lapses by itself, and
/// <see cref="KnownParserBugTests"/> asks for the entry and the skipped tests to be removed.
/// </summary>
internal sealed class KnownParserBug(string id, string summary, string repro, ParseOptions? reproOptions,
    Func<string, string, SyntaxTree, bool> matches)
{
    private readonly Lazy<bool> _present = new(() =>
        TreeChecks.FindViolation(repro, SyntaxTree.Parse(repro, null, reproOptions)) is not null);

    public string Id { get; } = id;

    public string Summary { get; } = summary;

    public string Repro { get; } = repro;

    public ParseOptions? ReproOptions { get; } = reproOptions;

    /// <summary>True while the repro still breaks an invariant.</summary>
    public bool StillPresent => _present.Value;

    /// <summary>True when this bug explains <paramref name="violation"/> on <paramref name="text"/> parsed as <paramref name="tree"/>.</summary>
    public bool Matches(string text, string violation, SyntaxTree tree) => matches(text, violation, tree);
}

/// <summary>The parser bugs found by this suite that break the tree invariants (the random tests tolerate them).</summary>
internal static class KnownParserBugs
{
    /// <summary>
    /// PB2: <see cref="SyntaxToken.Value"/> throws IndexOutOfRangeException on a missing numeric literal (the parser
    /// inserts one for a missing cardinality bound), because LiteralReader.TryReadNumber reads the last character of
    /// an empty text.
    /// </summary>
    public static readonly KnownParserBug ValueOfMissingNumberThrows = new(
        "PB2",
        "SyntaxToken.Value throws on a missing numeric literal token",
        "model M { String[ x; }",
        null,
        (_, violation, _) => violation.StartsWith("SyntaxToken.Value threw", StringComparison.Ordinal)
            && violation.Contains("missing NumericLiteralToken", StringComparison.Ordinal));

    /// <summary>
    /// PB3: when a binary chain reaches the depth limit (after about 4 x (MaxDepth - depth) operands), ParseBinary
    /// skips the rest of the expression, operator included, and inserts a missing operator token placed after the
    /// skipped tokens, out of source order (the tokens no longer tile the text). Originally the cut was also silent
    /// (no FML1020) and leaked one depth level per chain; that part is fixed.
    /// </summary>
    public static readonly KnownParserBug BinaryChainCutAtDepthLimit = new(
        "PB3",
        "a binary chain at the depth limit gets a missing operator token placed after the skipped tokens (out of source order)",
        "model M { int f() { return a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a+a; } }",
        new ParseOptions { MaxDepth = 8 },
        (_, _, tree) => tree.Root.DescendantNodesAndSelf().OfType<BinaryExpressionSyntax>()
            .Any(b => b.OperatorToken.IsMissing && b.Right is MissingExpressionSyntax));

    /// <summary>
    /// PB12: a keyword-argument list at the depth limit drops the tokens it skips (ParseKeywordArgumentList discards
    /// the result of SkipBalanced), so they are missing from the tree and the round trip loses them.
    /// </summary>
    public static readonly KnownParserBug KeywordArgumentsDroppedAtDepthLimit = new(
        "PB12",
        "a keyword-argument list at the depth limit drops its content from the tree (the round trip loses it)",
        "model M { A a with K(k=K:(k=K:(k=K:(k=K:(k=K:(k=K:(k=K:(k=K:(k=K:(k=K:(x=1)))))))))); }",
        new ParseOptions { MaxDepth = 8 },
        (_, _, tree) => tree.Root.DescendantNodesAndSelf().OfType<KeywordArgumentListSyntax>()
            .Any(l => l.Arguments.Count == 0 && !l.OpenParen.IsMissing && l.CloseParen.FullSpan.Start != l.OpenParen.FullSpan.End));

    /// <summary>
    /// PB20: a conditional expression at the depth limit loses its condition: ParseConditional has already parsed
    /// <c>a</c> when TryEnter fails at the '?', and returns a missing expression made of the skipped '? b : c' only, so
    /// the condition's tokens are dropped from the tree and the round trip loses them.
    /// </summary>
    public static readonly KnownParserBug ConditionDroppedAtDepthLimit = new(
        "PB20",
        "a conditional expression at the depth limit drops its condition from the tree (the round trip loses it)",
        "model M { int f() { return (((((a ? b : c))))); } }",
        new ParseOptions { MaxDepth = 8 },
        (_, _, tree) => tree.Root.DescendantNodesAndSelf().OfType<MissingExpressionSyntax>()
            .Any(m => m.SkippedTokens.Count > 0 && m.SkippedTokens[0].Kind == SyntaxKind.QuestionToken));

    /// <summary>
    /// PB17: the parser's "action position" flag is set before parsing a return value, an initializer, a statement
    /// expression..., and only cleared by the next unary expression it parses; after <c>return;</c> (no value) it stays
    /// set, so the next expression parsed anywhere (an if or while condition, an annotation value, even in a later
    /// member) reads a contextual keyword used as a name (<c>delete - 1</c>, <c>log - 1</c>) as an FML action. This
    /// does not break the tree invariants, only its shape, so the context-independence tests consult it.
    /// </summary>
    public static readonly Lazy<bool> StaleActionPositionIsPresent = new(() =>
    {
        var tree = SyntaxTree.Parse("model M { int delete; void f() { return; if (delete - 1 > 0) { } } }");
        return tree.Root.DescendantNodesAndSelf().Any(n => n.Kind == SyntaxKind.DeleteExpression);
    });

    /// <summary>True when a difference between two node kinds can be PB17 (an action instead of an expression, or back).</summary>
    public static bool IsStaleActionPositionDifference(string expectedKind, string actualKind) =>
        StaleActionPositionIsPresent.Value && (IsAction(expectedKind) || IsAction(actualKind));

    /// <summary>
    /// PB18: a node without any token (an empty <see cref="MissingExpressionSyntax"/>, as in <c>x = ;</c>) reports its
    /// Span and FullSpan at offset 0, the start of the file, instead of a zero-width span where it stands.
    /// </summary>
    public static readonly Lazy<bool> TokenlessNodeAtOffsetZeroIsPresent = new(() =>
    {
        var tree = SyntaxTree.Parse("model M { void f() { x = ; } }");
        return tree.Root.DescendantNodesAndSelf().OfType<MissingExpressionSyntax>().Any(m => m.FullSpan.Start == 0);
    });

    /// <summary>
    /// PB19: whether an error is followed by a second "not a statement" error (FML1018) depends on a line break: in
    /// <c>return x instanceof 3;</c> FML1013 is reported on the '3' and nothing else, but with a line break before the
    /// '3' FML1013 moves to the end of the previous line and the '3' gets FML1018 as well.
    /// </summary>
    public static readonly Lazy<bool> LayoutDependentNotAStatementIsPresent = new(() =>
        SyntaxTree.Parse("model M { boolean f() { return x instanceof\n 3; } }").Diagnostics.Length
            != SyntaxTree.Parse("model M { boolean f() { return x instanceof 3; } }").Diagnostics.Length);

    /// <summary>True when two diagnostic code lists differ only by FML1018, as PB19 makes them.</summary>
    public static bool IsLayoutDependentNotAStatement(string expectedCodes, string actualCodes) =>
        LayoutDependentNotAStatementIsPresent.Value
        && expectedCodes.Replace("FML1018", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SequenceEqual(actualCodes.Replace("FML1018", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The bugs still open. PB2, PB3, PB12 and PB20 are fixed; their repros stay as regression tests.</summary>
    public static readonly IReadOnlyList<KnownParserBug> All = [];

    private static bool IsAction(string kind) => kind is nameof(SyntaxKind.DeleteExpression) or nameof(SyntaxKind.LogExpression)
        or nameof(SyntaxKind.FireExpression) or nameof(SyntaxKind.NotifyExpression);

    /// <summary>The known bug that explains <paramref name="violation"/> on <paramref name="text"/>, or null.</summary>
    public static KnownParserBug? Explain(string text, string violation, SyntaxTree tree) =>
        All.FirstOrDefault(b => b.StillPresent && b.Matches(text, violation, tree));
}
