using System.Collections.Immutable;
using Flexo.Adapters;
using Flexo.Adapters.Csv.Fml;
using Flexo.Adapters.Excel.Fml;

namespace Flexo.Host;

public sealed partial class FlexoHost
{
    /// <summary>The technology adapters this host checks and runs with, and their open resources.</summary>
    public AdapterSet Adapters { get; }

    /// <summary>The problems met while loading adapters (broken plugins are skipped, never fatal).</summary>
    public ImmutableArray<AdapterProblem> AdapterProblems => Adapters.Problems;

    /// <summary>Saves every adapter resource (CSV files, workbooks...) that changed; unchanged ones keep their bytes.</summary>
    public void SaveResources() => Adapters.SaveAll();

    /// <summary>The adapters Flexo ships, the referenced and loaded ones, the given ones, then the plugins.</summary>
    private static AdapterSet LoadAdapters(HostOptions options)
    {
        var problems = new List<AdapterProblem>();
        var adapters = new List<(TechnologyAdapter Adapter, string Source)>();
        if (options.LoadReferencedAdapters)
        {
            adapters.AddRange(AdapterDiscovery.FromAssemblies(ShippedAdapterAssemblies(), problems));
            var shipped = adapters.Select(a => a.Adapter.GetType()).ToHashSet();
            adapters.AddRange(AdapterDiscovery.FromLoadedAssemblies(problems).Where(a => !shipped.Contains(a.Adapter.GetType())));
        }

        adapters.AddRange(options.Adapters.Select(a => (a, a.GetType().Assembly.GetName().Name ?? "?")));
        foreach (var folder in options.PluginFolders)
        {
            adapters.AddRange(AdapterDiscovery.FromPluginFolder(folder, problems));
        }

        var seen = new HashSet<Type>();
        var distinct = adapters.Where(a => seen.Add(a.Adapter.GetType()) || a.Adapter.GetType().Assembly.IsDynamic).ToList();
        return AdapterSet.Create(distinct, problems, options.ResourceDirectory ?? DefaultResourceDirectory(options.Paths));
    }

    /// <summary>Where relative resource paths start when none is given: the first resource center (a folder, or a file's folder).</summary>
    private static string? DefaultResourceDirectory(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return null;
        }

        var first = Path.GetFullPath(paths[0]);
        return Directory.Exists(first) ? first : Path.GetDirectoryName(first);
    }

    private static IEnumerable<System.Reflection.Assembly> ShippedAdapterAssemblies() =>
        [typeof(CsvTechnologyAdapter).Assembly, typeof(ExcelTechnologyAdapter).Assembly];
}
