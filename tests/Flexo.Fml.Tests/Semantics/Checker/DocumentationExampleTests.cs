using System.Text.RegularExpressions;
using Flexo.Fml.Semantics;

namespace Flexo.Fml.Tests.Semantics.Checker;

/// <summary>
/// The examples of the FML2xxx and FML3xxx sections of docs/diagnostics.md report exactly what the documentation
/// shows. A multi-file example starts each file with a <c>// file: Name.fml</c> line; a single-file one is <c>Example.fml</c>.
/// </summary>
public sealed partial class DocumentationExampleTests
{
    [GeneratedRegex(@"^### (FML[23]\d{3}): .*\n(?<body>(?:(?!^##).*\n?)*)", RegexOptions.Multiline)]
    private static partial Regex Section();

    [GeneratedRegex("```fml\\n(?<source>.*?)```\\n```text\\n(?<output>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleAndOutput();

    [GeneratedRegex(@"^// file: (\S+)\n", RegexOptions.Multiline)]
    private static partial Regex FileHeader();

    private static string Document => File.ReadAllText(Path.Combine(CheckerFixture.RepositoryRoot, "docs", "diagnostics.md"));

    public static TheoryData<string> Codes
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (Match section in Section().Matches(Document))
            {
                data.Add(section.Groups[1].Value);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Example_reports_what_the_documentation_shows(string code) => Check(code);

    [Fact]
    public void Every_semantic_section_has_an_example()
    {
        var sections = Section().Matches(Document).ToList();
        Assert.Equal(DiagnosticCaseTests.CatalogueSeverities().Select(c => c.Code).Order(StringComparer.Ordinal),
            sections.Select(s => s.Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.All(sections, s => Assert.Matches(ExampleAndOutput(), s.Groups["body"].Value));
    }

    private static void Check(string code)
    {
        var section = Section().Matches(Document).Single(m => m.Groups[1].Value == code);
        var example = ExampleAndOutput().Match(section.Groups["body"].Value);
        Assert.True(example.Success, code + " has no example followed by its output.");
        var source = example.Groups["source"].Value;
        var documents = new List<FmlDocument>();
        var headers = FileHeader().Matches(source);
        if (headers.Count == 0)
        {
            documents.Add(new FmlDocument("Example.fml", source, "http://example.org/rc/Example.fml"));
        }
        else
        {
            for (var i = 0; i < headers.Count; i++)
            {
                var start = headers[i].Index + headers[i].Length;
                var end = i + 1 < headers.Count ? headers[i + 1].Index : source.Length;
                var name = headers[i].Groups[1].Value;
                documents.Add(new FmlDocument(name, source[start..end], "http://example.org/rc/" + name));
            }
        }

        var expected = example.Groups["output"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, CheckerFixture.Format(Compilation.Create(documents)));
    }
}
