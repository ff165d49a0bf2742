using System.Text.RegularExpressions;
using Flexo.Fml.Syntax;

namespace Flexo.Cli.Tests;

/// <summary>Keeps docs/diagnostics.md in step with the diagnostic catalogues and with what the parser reports.</summary>
public sealed partial class DocumentationTests
{
    private static readonly string Root = FindRepositoryRoot();

    private static readonly string DiagnosticsDoc = File.ReadAllText(Path.Join(Root, "docs", "diagnostics.md"));

    [GeneratedRegex("\"(FML\\d{4})\"")]
    private static partial Regex CodeLiteral();

    [GeneratedRegex("^### (FML\\d{4}): (.+)$\\n(?<body>(?:(?!^### ).*\\n?)*)", RegexOptions.Multiline)]
    private static partial Regex Section();

    [GeneratedRegex("```fml\\n(?<source>.*?)```\\n```\\n(?<output>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleAndOutput();

    public static TheoryData<string> CatalogueCodes()
    {
        var data = new TheoryData<string>();
        foreach (var file in new[] { "src/Flexo.Fml/Diagnostics/SyntaxErrors.cs", "src/Flexo.Cli/Diagnostics/CliErrors.cs" })
        {
            foreach (Match match in CodeLiteral().Matches(File.ReadAllText(Path.Join(Root, file))))
            {
                data.Add(match.Groups[1].Value);
            }
        }

        return data;
    }

    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (Match section in Section().Matches(DiagnosticsDoc))
        {
            foreach (Match example in ExampleAndOutput().Matches(section.Groups["body"].Value))
            {
                var source = example.Groups["source"].Value;
                if (!source.Contains(" ... ", StringComparison.Ordinal))
                {
                    data.Add(section.Groups[1].Value, source, example.Groups["output"].Value);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CatalogueCodes))]
    public void Every_code_of_the_catalogues_is_documented(string code)
    {
        Assert.Contains($"\n### {code}: ", DiagnosticsDoc);
        Assert.Contains($"| [{code}](#{code.ToLowerInvariant()}-", DiagnosticsDoc);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Documented_example_reports_what_the_documentation_shows(string code, string source, string output)
    {
        var tree = SyntaxTree.Parse(source, "Example.fml");
        var reported = tree.Diagnostics.Select(d => d.Format(tree.Text)).ToList();

        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Contains(line, reported);
        }

        Assert.Contains(tree.Diagnostics, d => d.Code == code);
    }

    [Fact]
    public void Every_syntax_section_has_a_checked_example()
    {
        var documented = Examples().Select(row => (string)row[0]).ToHashSet();
        var sections = Section().Matches(DiagnosticsDoc).Select(m => m.Groups[1].Value)
            .Where(c => c.StartsWith("FML1", StringComparison.Ordinal));

        // FML1020 needs 200 nested levels (tested in Flexo.Fml.Tests); FML1034 is not reported by the parser yet.
        Assert.Equal([], sections.Where(c => !documented.Contains(c) && c is not "FML1020" and not "FML1034"));
    }

    [Fact]
    public void Every_file_problem_section_shows_an_example_with_the_documented_severity()
    {
        foreach (Match section in Section().Matches(DiagnosticsDoc))
        {
            var code = section.Groups[1].Value;
            if (!code.StartsWith("FML0", StringComparison.Ordinal))
            {
                continue;
            }

            var row = DiagnosticsDoc.Split('\n').Single(l => l.StartsWith($"| [{code}]", StringComparison.Ordinal));
            var severity = row.Split('|', StringSplitOptions.TrimEntries)[2];
            Assert.Matches(new Regex($@"^\S.*\(\d+,\d+\): {severity} {code}: \S", RegexOptions.Multiline), section.Groups["body"].Value);
        }
    }

    [Theory]
    [InlineData("FML0005", "Incomplete resource folder: ")]
    [InlineData("FML0006", "File ignored: ")]
    [InlineData("FML0007", "Folder not scanned: ")]
    [InlineData("FML0008", "Marker file ignored: ")]
    public void Documented_file_problem_messages_start_like_the_catalogue(string code, string prefix)
    {
        var diagnostic = code switch
        {
            "FML0005" => Diagnostics.CliErrors.IncompleteResourceFolder("x"),
            "FML0006" => Diagnostics.CliErrors.FileIgnored("x"),
            "FML0007" => Diagnostics.CliErrors.FolderNotScanned("x"),
            _ => Diagnostics.CliErrors.MarkerIgnored("x"),
        };

        Assert.Equal(code, diagnostic.Code);
        Assert.StartsWith(prefix, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains($" {code}: {prefix}", DiagnosticsDoc, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_and_option_is_in_the_cli_reference()
    {
        var reference = File.ReadAllText(Path.Join(Root, "docs", "cli.md"));
        var root = FlexoApp.CreateRootCommand(new CliConsole(TextWriter.Null, TextWriter.Null));

        foreach (var command in root.Subcommands)
        {
            Assert.Contains($"## `flexo {command.Name}`", reference);
            foreach (var option in command.Options.Where(o => o.Name != "--help"))
            {
                Assert.Contains($"`{option.Name}", reference);
                Assert.All(option.Aliases, alias => Assert.Contains($"`{alias}`", reference));
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Join(folder.FullName, "Flexo.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (holding Flexo.sln) was not found.");
    }
}
