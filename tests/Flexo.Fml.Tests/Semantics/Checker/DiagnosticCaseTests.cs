using System.Reflection;
using System.Text.RegularExpressions;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Semantics;

namespace Flexo.Fml.Tests.Semantics.Checker;

/// <summary>
/// One folder per code of <see cref="SemanticErrors"/> under <c>Cases/</c>: a "bad" unit that triggers exactly that
/// diagnostic and a near-identical "good" one that triggers nothing. A variant is a file (<c>bad.fml</c>) or a folder
/// of files laid out like a resource center (<c>bad/Shop.fml</c>, <c>bad/P.fml/C.fml/C.fml</c>); its expected
/// diagnostics are in <c>bad.diagnostics.txt</c>, compared exactly and rewritten with FLEXO_UPDATE_BASELINES=1.
/// </summary>
public sealed class DiagnosticCaseTests
{
    /// <summary>Variants the checker gets wrong today; each has a skipped test below and a hand-written golden file.</summary>
    private static readonly HashSet<string> s_knownBugs = new(StringComparer.Ordinal);

    public static TheoryData<string, string> Variants
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var code in CaseCodes())
            {
                foreach (var variant in new[] { "bad", "good" })
                {
                    if (!s_knownBugs.Contains(code + "/" + variant))
                    {
                        data.Add(code, variant);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Case(string code, string variant) => Check(code, variant);

    [Fact]
    public void Every_catalogue_code_has_a_case_folder_and_no_folder_is_stray()
    {
        var catalogue = CatalogueCodes();
        var cases = CaseCodes();
        Assert.Equal(catalogue, cases);
    }

    [Fact]
    public void Every_case_has_a_bad_and_a_good_variant_with_their_golden_files()
    {
        var problems = new List<string>();
        foreach (var code in CaseCodes())
        {
            foreach (var variant in new[] { "bad", "good" })
            {
                var baseline = Path.Combine(CheckerFixture.CasesDirectory, code, variant + ".diagnostics.txt");
                if (VariantDocuments(code, variant).Length == 0)
                {
                    problems.Add($"{code}: no {variant}.fml and no {variant}/ folder with .fml files");
                }

                if (!File.Exists(baseline) && !CheckerFixture.UpdateMode)
                {
                    problems.Add($"{code}: missing {variant}.diagnostics.txt");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_catalogue_code_is_documented_with_a_table_row_and_a_section()
    {
        var text = File.ReadAllText(Path.Combine(CheckerFixture.RepositoryRoot, "docs", "diagnostics.md"));
        var missing = new List<string>();
        foreach (var (code, severity) in CatalogueSeverities())
        {
            if (!Regex.IsMatch(text, $@"^\| \[{code}\]\(#{code.ToLowerInvariant()}-[a-z0-9-]+\) \| {severity} \|", RegexOptions.Multiline))
            {
                missing.Add(code + ": no table row '| [" + code + "](#...) | " + severity + " |'");
            }

            if (!Regex.IsMatch(text, $@"^### {code}: ", RegexOptions.Multiline))
            {
                missing.Add(code + ": no section '### " + code + ": ...'");
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void The_checker_page_lists_every_code_with_a_link_to_an_existing_section()
    {
        var checker = File.ReadAllText(Path.Combine(CheckerFixture.RepositoryRoot, "docs", "checker.md"));
        var diagnostics = File.ReadAllText(Path.Combine(CheckerFixture.RepositoryRoot, "docs", "diagnostics.md"));
        var anchors = Regex.Matches(diagnostics, @"^### (FML\d{4}: .+)$", RegexOptions.Multiline)
            .Select(m => Regex.Replace(m.Groups[1].Value.ToLowerInvariant(), "[^a-z0-9 -]", string.Empty).Replace(' ', '-'))
            .ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (code, _) in CatalogueSeverities())
        {
            var row = Regex.Match(checker, $@"^\| \[{code}\]\(diagnostics\.md#([a-z0-9-]+)\) \|", RegexOptions.Multiline);
            if (!row.Success)
            {
                problems.Add(code + ": no row in the rules table of docs/checker.md");
            }
            else if (!anchors.Contains(row.Groups[1].Value))
            {
                problems.Add(code + ": the link #" + row.Groups[1].Value + " names no section of docs/diagnostics.md");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static void Check(string code, string variant)
    {
        var documents = VariantDocuments(code, variant);
        Assert.NotEmpty(documents);
        var compilation = Compilation.Create(documents);
        var lines = CheckerFixture.Format(compilation);
        CheckerFixture.VerifyBaseline(Path.Combine(CheckerFixture.CasesDirectory, code, variant + ".diagnostics.txt"), lines);

        var diagnostics = CheckerFixture.All(compilation).ToList();
        if (variant == "bad")
        {
            Assert.True(diagnostics.Count > 0, $"{code}/bad reports nothing.");
            Assert.True(diagnostics.All(d => d.Code == code), $"{code}/bad must report only {code}:\n" + string.Join("\n", lines));
        }
        else
        {
            Assert.True(diagnostics.Count == 0, $"{code}/good must report nothing:\n" + string.Join("\n", lines));
        }
    }

    private static FmlDocument[] VariantDocuments(string code, string variant)
    {
        var directory = Path.Combine(CheckerFixture.CasesDirectory, code);
        var file = Path.Combine(directory, variant + ".fml");
        if (File.Exists(file))
        {
            return [CheckerFixture.Document(variant + ".fml", File.ReadAllText(file))];
        }

        var folder = Path.Combine(directory, variant);
        return Directory.Exists(folder) ? [.. CheckerFixture.LoadDirectory(folder)] : [];
    }

    private static List<string> CaseCodes() =>
        [.. Directory.EnumerateDirectories(CheckerFixture.CasesDirectory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static List<string> CatalogueCodes() => [.. CatalogueSeverities().Select(c => c.Code).Order(StringComparer.Ordinal)];

    /// <summary>Every code of the catalogue with its severity, found by calling each factory with placeholder arguments.</summary>
    internal static IEnumerable<(string Code, string Severity)> CatalogueSeverities()
    {
        foreach (var method in typeof(SemanticErrors).GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            if (method.ReturnType != typeof(Diagnostic))
            {
                continue;
            }

            var arguments = method.GetParameters().Select(p => p.ParameterType == typeof(string) ? "x"
                : p.ParameterType == typeof(int) ? 1
                : Activator.CreateInstance(p.ParameterType)).ToArray();
            var diagnostic = (Diagnostic)method.Invoke(null, arguments)!;
            // Placeholder booleans are false: FML2028 shows its default severity (warning; an error only when strict).
            yield return (diagnostic.Code, diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning");
        }
    }
}
