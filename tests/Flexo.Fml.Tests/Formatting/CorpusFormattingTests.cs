using Flexo.Fml.Formatting;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Tests.Formatting;

/// <summary>
/// Idempotence, faithfulness and comment preservation on every valid sample of the corpus
/// (tests/Flexo.Fml.Tests/Samples/Valid/*.fml, copied next to the test assembly), in their own layout and with comments
/// injected between all tokens.
/// </summary>
public sealed class CorpusFormattingTests
{
    private static IEnumerable<string> SampleFiles()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Samples", "Valid");
        return Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.fml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];
    }

    [Fact]
    public void Every_valid_sample_formats_soundly()
    {
        var failures = new List<string>();
        foreach (var file in SampleFiles())
        {
            var text = File.ReadAllText(file);
            foreach (var (variant, source) in Variants(text))
            {
                var tree = SyntaxTree.Parse(source, file);
                if (tree.HasErrors)
                {
                    if (variant == "as written")
                    {
                        failures.Add($"{file}: has syntax errors");
                    }

                    continue;
                }

                try
                {
                    var formatted = FmlFormatter.Format(tree, out var orphans);
                    var problems = FormattingVerifier.Verify(tree, formatted).ToList();
                    if (orphans != 0)
                    {
                        problems.Add($"{orphans} comments were missed by the printer");
                    }

                    failures.AddRange(problems.Select(p => $"{file} ({variant}): {p}"));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failures.Add($"{file} ({variant}): {e}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static IEnumerable<(string Name, string Source)> Variants(string text)
    {
        yield return ("as written", text);
        yield return ("block comments everywhere", RoundTripTests.InjectComments(text, i => $"/*c{i}*/"));
        yield return ("line comments everywhere", RoundTripTests.InjectComments(text, i => $"// c{i}\n"));
    }
}
