using Flexo.Execution;
using Flexo.Host.Scripts;

namespace Flexo.Host.Tests;

/// <summary>
/// End-to-end scripts: each folder of Scenarios/ is a resource center with a main.fmlscript whose asserts describe the
/// expected behaviour (inheritance, embedding, select, matching, events, reflection, persistence, variables).
/// </summary>
public sealed class ScenarioTests
{
    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(Path.Combine(AppContext.BaseDirectory, "Scenarios")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_script_runs_and_every_assert_holds(string name)
    {
        using var folder = TempFolder.CopyOf(Path.Combine(AppContext.BaseDirectory, "Scenarios", name));
        var log = new MemoryLogSink();
        var host = FlexoHost.Open(new HostOptions { Paths = [folder.Path], Engine = EngineOptions.Default with { Log = log } });
        Assert.False(host.HasErrors, string.Join("\n", host.Diagnostics.SelectMany(d => d.Value).Where(d => d.IsError)));
        var output = new StringWriter();
        var runner = new ScriptRunner(host, output, folder.Path);
        var result = runner.RunFile("main.fmlscript");
        Assert.True(result.Succeeded, result.Failure + "\n" + output);
        Assert.True(result.CommandsRun > 3);
    }
}
