using System.Diagnostics;
using System.Text;
using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Flexo.Fml.Tests.Robustness;

/// <summary>
/// Thousands of random token-level mutations of every sample (fixed seeds, so failures reproduce): the parser never
/// throws, never hangs, never overflows a 1 MB stack, prints every mutated text back exactly, and never repairs a
/// text silently (see <see cref="TreeChecks"/>). A failure lists each distinct kind of violation with a shrunken repro.
/// Violations explained by a known, reported parser bug (<see cref="KnownParserBugs"/>) are counted, not failed, as
/// long as that bug's own repro still fails.
/// FLEXO_MUTATIONS=n sets the number of mutations per sample; by default it is at least 1,000 and grows for small
/// samples, within a fixed budget of characters parsed over the whole corpus.
/// </summary>
public sealed class MutationTests(ITestOutputHelper output)
{
    /// <summary>Characters parsed over the whole corpus (all samples together) by default.</summary>
    private const long CorpusBudgetCharacters = 60_000_000;

    private const int MinMutations = 1000;

    private const int MaxMutations = 4000;

    private const int MaxReportedViolations = 6;

    private static readonly TimeSpan s_perParseLimit = TimeSpan.FromSeconds(20);

    public static TheoryData<string> Samples => SampleCorpus.All;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Mutated_sample_parses_soundly(string sample)
    {
        var original = SampleCorpus.ReadText(sample);
        var seed = Mutator.StableSeed(sample);
        var count = MutationCount(original.Length);
        var violations = new Dictionary<string, (string Label, string Input, string Violation)>(StringComparer.Ordinal);
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        var stopwatch = Stopwatch.StartNew();
        Guard.WatchedBatch(
            starting =>
            {
                var mutator = new Mutator(original, seed);
                var depths = new Random(seed);
                for (var i = 0; i < count && violations.Count < MaxReportedViolations; i++)
                {
                    var text = mutator.Next(out var description);

                    // One parse in four runs with a tiny depth limit, so that the too-deep paths of every construct
                    // are exercised too.
                    var options = i % 4 == 3 ? new ParseOptions { MaxDepth = depths.Next(8, 17) } : ParseOptions.Default;
                    var label = $"seed {seed}, mutation #{i} (MaxDepth {options.MaxDepth}): {description}";
                    starting(label, text);
                    // Every other parse gets the thorough checks (trivia, literal values, tree depth), the depth-limited
                    // ones included; the others only the structural ones, which are three times cheaper.
                    var thorough = i % 4 is 0 or 3;
                    if (Check(text, options, thorough, out var tree) is not { } violation)
                    {
                        continue;
                    }

                    if (tree is not null && KnownParserBugs.Explain(text, violation, tree) is { } bug)
                    {
                        known[bug.Id] = known.GetValueOrDefault(bug.Id) + 1;
                        continue;
                    }

                    var signature = TreeChecks.Signature(violation);
                    if (!violations.ContainsKey(signature))
                    {
                        starting($"shrinking the input of {label}", text);
                        var small = Minimizer.Minimize(text, t => Check(t, options, thorough: true, out _) is { } v && TreeChecks.Signature(v) == signature,
                            TimeSpan.FromSeconds(3));
                        violations[signature] = (label, small, Check(small, options, thorough: true, out _) ?? violation);
                    }
                }
            },
            $"mutations of {sample}",
            s_perParseLimit);
        output.WriteLine($"{count} mutations of {sample} ({original.Length} characters) in {stopwatch.ElapsedMilliseconds} ms");
        foreach (var (id, n) in known)
        {
            output.WriteLine($"{n} mutations hit the known parser bug {id}");
        }

        if (violations.Count > 0)
        {
            var message = new StringBuilder($"{sample}: {violations.Count} kind(s) of violation.");
            foreach (var (label, input, violation) in violations.Values)
            {
                message.AppendLine().AppendLine().Append(label).AppendLine().Append(violation).AppendLine()
                    .Append("Shrunken repro: ").Append(TreeChecks.Excerpt(input, 1500));
            }

            Assert.Fail(message.ToString());
        }
    }

    /// <summary>The first violation of the invariants by the parse of <paramref name="text"/>, or null.</summary>
    private static string? Check(string text, ParseOptions options, bool thorough, out SyntaxTree? tree)
    {
        tree = null;
        try
        {
            tree = SyntaxTree.Parse(text, null, options);
        }
        catch (Exception e)
        {
            var frame = new StackTrace(e).GetFrames().FirstOrDefault()?.GetMethod();
            return $"Parse threw {e.GetType().Name} in {frame?.DeclaringType?.Name}.{frame?.Name}: {e.Message}";
        }

        try
        {
            return TreeChecks.FindViolation(text, tree, options.MaxDepth, thorough);
        }
        catch (Exception e)
        {
            return $"Walking the tree threw {e}";
        }
    }

    private static int MutationCount(int length)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("FLEXO_MUTATIONS"), out var n) && n > 0)
        {
            return n;
        }

        var perSample = CorpusBudgetCharacters / Math.Max(1, SampleCorpus.Files.Count);
        return (int)Math.Clamp(perSample / Math.Max(1, length), MinMutations, MaxMutations);
    }
}
