using System.Text.RegularExpressions;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Tests.Infrastructure;

/// <summary>
/// The machine-readable expectation line of an invalid sample (see Samples/README.md):
/// <c>// Expect: FML1010@7:11 FML1010@11:31</c> lists, in order of position, every diagnostic the file must produce,
/// as <c>CODE@line:column</c> (or <c>CODE@line</c> when the column is left to the implementation).
/// </summary>
internal static partial class SampleExpectations
{
    /// <summary>The expected diagnostics of a sample, or null when it has no Expect line.</summary>
    public static IReadOnlyList<string>? Read(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var match = ExpectLine().Match(line.TrimEnd('\r'));
            if (match.Success)
            {
                return match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        return null;
    }

    /// <summary>The actual diagnostics in the same notation, with the column dropped where the expectation has none.</summary>
    public static IReadOnlyList<string> Actual(SyntaxTree tree, IReadOnlyList<string> expected)
    {
        var actual = new List<string>();
        for (var i = 0; i < tree.Diagnostics.Length; i++)
        {
            var diagnostic = tree.Diagnostics[i];
            var position = tree.Text.GetLinePosition(diagnostic.Span.Start);
            var withColumn = i >= expected.Count || expected[i].Contains(':', StringComparison.Ordinal);
            actual.Add(withColumn ? $"{diagnostic.Code}@{position.Line}:{position.Column}" : $"{diagnostic.Code}@{position.Line}");
        }

        return actual;
    }

    [GeneratedRegex(@"^\s*//\s*Expect:\s*(.*)$")]
    private static partial Regex ExpectLine();
}
