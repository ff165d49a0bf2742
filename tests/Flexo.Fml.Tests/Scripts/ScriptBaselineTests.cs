using Flexo.Fml.Scripts;
using Flexo.Fml.Tests.Infrastructure;
using Flexo.Fml.Tests.Semantics.Checker;

namespace Flexo.Fml.Tests.Scripts;

/// <summary>
/// Every sample script <c>Scripts/Samples/X.fmlscript</c> against its dump <c>X.script.txt</c> next to it (commands
/// with their kind, position and text, then diagnostics); regenerate with FLEXO_UPDATE_BASELINES=1.
/// </summary>
public sealed class ScriptBaselineTests
{
    private static string SamplesDirectory => Path.Combine(TestPaths.ProjectDirectory, "Scripts", "Samples");

    public static TheoryData<string> Samples
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in Directory.EnumerateFiles(SamplesDirectory, "*.fmlscript").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileNameWithoutExtension(file));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_script_parses_as_its_baseline_shows(string name)
    {
        var text = SampleCorpus.Decode(File.ReadAllBytes(Path.Combine(SamplesDirectory, name + ".fmlscript")));
        var script = ScriptSyntax.Parse(text, name + ".fmlscript");
        var dump = ScriptDump.Write(script).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        CheckerFixture.VerifyBaseline(Path.Combine(SamplesDirectory, name + ".script.txt"), dump);
        Assert.Equal(name == "Errors", script.HasErrors);
    }
}
