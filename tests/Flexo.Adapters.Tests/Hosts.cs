using Flexo.Execution;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Semantics;
using Flexo.Host;

namespace Flexo.Adapters.Tests;

/// <summary>Opens FML sources in a host with the shipped adapters.</summary>
internal static class Hosts
{
    public static FlexoHost Open(string folder, string source, HostOptions? options = null)
    {
        options ??= new HostOptions();
        options = options with { Engine = EngineOptions.Default with { Log = new MemoryLogSink() }, ResourceDirectory = options.ResourceDirectory ?? folder };
        return FlexoHost.FromDocuments([new FmlDocument("Model.fml", source, "http://test/Model.fml")], options);
    }

    /// <summary>Opens sources that must check without errors.</summary>
    public static FlexoHost OpenClean(string folder, string source, HostOptions? options = null)
    {
        var host = Open(folder, source, options);
        var errors = Diagnostics(host).Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return host;
    }

    public static List<Diagnostic> Diagnostics(FlexoHost host) => [.. host.Diagnostics.Values.SelectMany(d => d)];

    public static List<string> Codes(FlexoHost host) => [.. Diagnostics(host).Select(d => d.Code)];
}
