using System.Reflection;
using System.Text.RegularExpressions;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Scripts;
using Flexo.Fml.Semantics;
using Flexo.Fml.Tests.Semantics.Checker;
using Flexo.Fml.Text;

namespace Flexo.Fml.Tests.Scripts;

/// <summary>
/// docs/diagnostics.md documents every FML6xxx code with a table row and a section, and each section's example
/// reports exactly what the documentation shows: a script (<c>Example.fmlscript</c>) bound, command after command,
/// against the units written before it, or a fragment given as text (<c>Fragment</c>).
/// </summary>
public sealed partial class ScriptDocumentationTests
{
    [GeneratedRegex(@"^### (FML6\d{3}): .*\n(?<body>(?:(?!^##).*\n?)*)", RegexOptions.Multiline)]
    private static partial Regex Section();

    [GeneratedRegex("(?:```fml\\n(?<units>.*?)```\\n)?```(?<kind>fmlscript|fragment)\\n(?<source>.*?)```\\n```text\\n(?<output>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();

    [GeneratedRegex(@"^// file: (\S+)\n", RegexOptions.Multiline)]
    private static partial Regex FileHeader();

    private static string Document => File.ReadAllText(Path.Combine(CheckerFixture.RepositoryRoot, "docs", "diagnostics.md"));

    /// <summary>Every code of <see cref="ScriptErrors"/>, from its factories.</summary>
    public static TheoryData<string> CatalogueCodes
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var method in typeof(ScriptErrors).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(Diagnostic)))
            {
                var arguments = method.GetParameters().Select(p => p.ParameterType == typeof(string) ? "x"
                    : p.ParameterType == typeof(char) ? '"'
                    : p.ParameterType == typeof(TextSpan) ? (object)default(TextSpan) : null).ToArray();
                data.Add(((Diagnostic)method.Invoke(null, arguments)!).Code);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(CatalogueCodes))]
    public void Every_script_code_has_a_table_row_and_a_section_with_an_example(string code)
    {
        Assert.Matches(new Regex($@"^\| \[{code}\]\(#{code.ToLowerInvariant()}-[a-z0-9-]+\) \| error \|", RegexOptions.Multiline), Document);
        var section = Section().Matches(Document).SingleOrDefault(m => m.Groups[1].Value == code);
        Assert.True(section is not null, $"No section '### {code}: ...'.");
        Assert.Matches(Example(), section.Groups["body"].Value);
    }

    [Theory]
    [MemberData(nameof(CatalogueCodes))]
    public void Documented_example_reports_what_the_documentation_shows(string code)
    {
        var section = Section().Matches(Document).Single(m => m.Groups[1].Value == code);
        var example = Example().Match(section.Groups["body"].Value);
        Assert.True(example.Success, code + " has no example followed by its output.");
        var expected = example.Groups["output"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var actual = example.Groups["kind"].Value == "fragment"
            ? BindText(example.Groups["source"].Value.TrimEnd('\n'))
            : RunScript(Units(example.Groups["units"].Value), example.Groups["source"].Value);
        Assert.Equal(expected, actual);
        Assert.Contains(code, string.Join("\n", actual), StringComparison.Ordinal);
    }

    private static Compilation Units(string source)
    {
        var headers = FileHeader().Matches(source);
        var documents = new List<FmlDocument>();
        for (var i = 0; i < headers.Count; i++)
        {
            var start = headers[i].Index + headers[i].Length;
            var end = i + 1 < headers.Count ? headers[i + 1].Index : source.Length;
            documents.Add(CheckerFixture.Document(headers[i].Groups[1].Value, source[start..end]));
        }

        var compilation = Compilation.Create(documents);
        CheckerFixture.AssertClean(compilation);
        return compilation;
    }

    private static List<string> BindText(string text)
    {
        var fragment = Units(string.Empty).BindFragment(text, FragmentContext.Script);
        var source = new SourceText(text, "Fragment");
        return [.. fragment.Diagnostics.Select(d => d.Format(source))];
    }

    /// <summary>Parses the script, then binds its commands in order as a host would, each variable typed by its last value.</summary>
    private static List<string> RunScript(Compilation compilation, string text)
    {
        var script = ScriptSyntax.Parse(text, "Example.fmlscript");
        var lines = script.Diagnostics.Select(d => d.Format(script.Text)).ToList();
        var context = FragmentContext.Script;
        foreach (var command in script.Commands)
        {
            var fragments = command switch
            {
                ScriptExpressionCommand expression => [compilation.BindFragment(expression.Expression, context)],
                ScriptAssertCommand assert => new[] { compilation.BindCondition(assert.Condition, context) }
                    .Concat(assert.Message is { } message ? [compilation.BindFragment(message, context)] : []).ToList(),
                ScriptDirective { Expression: { } expression } => [compilation.BindFragment(expression, context)],
                _ => new List<BoundFragment>(),
            };
            foreach (var fragment in fragments)
            {
                lines.AddRange(fragment.Diagnostics.Select(d => d.Format(script.Text)));
                if (fragment.DeclaredVariable is { } variable)
                {
                    context = context.WithVariable(variable.Name, variable.Type);
                }
            }
        }

        return lines;
    }
}
