using System.Reflection;
using Flexo.Host;

namespace Flexo.Adapters.Tests;

public sealed class PluginTests
{
    private static string PartnerOutput => typeof(PluginTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "PartnerPluginFolder").Value!;

    private static string NotesModel => File.ReadAllText(Path.Combine(RepositoryRoot(), "examples", "custom-adapter", "model", "Notes.fml"));

    [Fact]
    public void The_partner_example_loads_as_a_plugin_and_runs_its_model()
    {
        using var temp = new TempFolder();
        var plugin = Directory.CreateDirectory(temp.Combine("plugins/TextLines.Adapter")).FullName;
        File.Copy(Path.Combine(PartnerOutput, "TextLines.Adapter.dll"), Path.Combine(plugin, "TextLines.Adapter.dll"));
        var notes = temp.File("notes.txt", "buy milk\ncall Ann\n");
        using var host = Hosts.OpenClean(temp.Path, NotesModel, new HostOptions { PluginFolders = [temp.Combine("plugins")] });
        Assert.Empty(host.AdapterProblems);
        Assert.Contains(host.Adapters.Adapters, a => a.Id == "xx");

        var model = host.CreateModelInstance("Notes", "main", [notes]);
        host.Call(model, "add", ["call Bob"]);
        Assert.Equal(2, host.Call(model, "count", ["call"]));
        host.SaveResources();
        Assert.Equal("buy milk\ncall Ann\ncall Bob\n", File.ReadAllText(notes));
    }

    [Fact]
    public void The_plugin_vocabulary_is_checked()
    {
        using var temp = new TempFolder();
        var plugin = Directory.CreateDirectory(temp.Combine("plugins/TextLines.Adapter")).FullName;
        File.Copy(Path.Combine(PartnerOutput, "TextLines.Adapter.dll"), Path.Combine(plugin, "TextLines.Adapter.dll"));
        var source = NotesModel.Replace("XX::AddXXLine(text=parameters.text)", "XX::AddXXLine(txt=parameters.text)", StringComparison.Ordinal);
        using var host = Hosts.Open(temp.Path, source, new HostOptions { PluginFolders = [temp.Combine("plugins")] });
        var codes = Hosts.Codes(host);
        Assert.Contains("FML2026", codes);
        Assert.Contains("FML2035", codes);
        Assert.DoesNotContain("FML2029", codes);
    }

    [Fact]
    public void A_broken_plugin_is_reported_and_skipped()
    {
        using var temp = new TempFolder();
        temp.File("plugins/Broken/Broken.dll", "this is not an assembly");
        temp.File("plugins/loose.dll", "neither is this");
        using var host = Hosts.OpenClean(temp.Path, "model M { }", new HostOptions { PluginFolders = [temp.Combine("plugins")] });
        Assert.Equal(2, host.AdapterProblems.Count(p => p.Code == AdapterErrors.BrokenPlugin));
        Assert.Contains(host.Adapters.Adapters, a => a.Id == "csv");
    }

    [Fact]
    public void A_missing_plugins_folder_is_reported()
    {
        using var temp = new TempFolder();
        using var host = Hosts.OpenClean(temp.Path, "model M { }", new HostOptions { PluginFolders = [temp.Combine("nope")] });
        var problem = Assert.Single(host.AdapterProblems);
        Assert.Equal(AdapterErrors.PluginFolder, problem.Code);
    }

    [Fact]
    public void Bad_declarations_and_duplicate_identifiers_are_reported_not_thrown()
    {
        using var temp = new TempFolder();
        using var host = Hosts.OpenClean(temp.Path, "model M { }", new HostOptions { Adapters = [new NoIdentity(), new Throwing(), new SecondCsv()] });
        Assert.Equal(2, host.AdapterProblems.Count(p => p.Code == AdapterErrors.BadDeclaration));
        Assert.Single(host.AdapterProblems, p => p.Code == AdapterErrors.DuplicateAdapter);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Flexo.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    private sealed class NoIdentity : TechnologyAdapter
    {
        public override void Declare(AdapterBuilder adapter) => adapter.AnswersTo("NoIdentityModelSlot");
    }

    private sealed class Throwing : TechnologyAdapter
    {
        public override void Declare(AdapterBuilder adapter) => throw new InvalidOperationException("boom");
    }

    private sealed class SecondCsv : TechnologyAdapter
    {
        public override void Declare(AdapterBuilder adapter) => adapter.Identity("csv", "Other CSV").AnswersTo("OtherCsvModelSlot");
    }
}
