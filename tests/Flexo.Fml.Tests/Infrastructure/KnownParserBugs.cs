using Flexo.Fml.Syntax;

namespace Flexo.Fml.Tests.Infrastructure;

/// <summary>
/// A parser bug found by this suite and reported, with a minimal repro. The random tests (mutations, garbage) do not
/// fail again on inputs the bug explains (recognised by the artefact it leaves in the tree), so that they keep guarding
/// everything else; as soon as the repro passes (the bug is fixed) the exemption lapses by itself, and
/// <see cref="KnownParserBugTests"/> asks for the entry to be removed.
/// </summary>
internal sealed class KnownParserBug(string id, string summary, string repro, ParseOptions? reproOptions,
    Func<string, string, SyntaxTree, bool> matches)
{
    private readonly Lazy<bool> _present = new(() =>
        TreeChecks.FindViolation(repro, SyntaxTree.Parse(repro, null, reproOptions), (reproOptions ?? ParseOptions.Default).MaxDepth) is not null);

    public string Id { get; } = id;

    public string Summary { get; } = summary;

    public string Repro { get; } = repro;

    public ParseOptions? ReproOptions { get; } = reproOptions;

    /// <summary>True while the repro still breaks an invariant.</summary>
    public bool StillPresent => _present.Value;

    /// <summary>True when this bug explains <paramref name="violation"/> on <paramref name="text"/> parsed as <paramref name="tree"/>.</summary>
    public bool Matches(string text, string violation, SyntaxTree tree) => matches(text, violation, tree);
}

/// <summary>
/// The open parser bugs that break the tree invariants, which the random tests tolerate until they are fixed.
/// Bugs that only affect the diagnostics (cascades) are not listed: the random tests do not check their number.
/// Fixed so far: PB1 (modifiers before assert dropped), PB2 (Value of a missing number threw), PB3 (missing operator
/// out of source order at the depth limit), PB12 (keyword arguments dropped at the depth limit), PB20 (condition
/// dropped at the depth limit); each keeps a regression test in <see cref="KnownParserBugTests"/>.
/// </summary>
internal static class KnownParserBugs
{
    public static readonly IReadOnlyList<KnownParserBug> All = [];

    /// <summary>The known bug that explains <paramref name="violation"/> on <paramref name="text"/>, or null.</summary>
    public static KnownParserBug? Explain(string text, string violation, SyntaxTree tree) =>
        All.FirstOrDefault(b => b.StillPresent && b.Matches(text, violation, tree));
}
