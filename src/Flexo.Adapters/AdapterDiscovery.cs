using System.Reflection;
using System.Runtime.Loader;

namespace Flexo.Adapters;

/// <summary>
/// Finds adapters: in assemblies (through <see cref="FlexoAdapterAttribute"/>) and in a plugins folder, each plugin
/// in its own <see cref="AssemblyLoadContext"/>. A broken plugin is reported as a problem and skipped, never thrown.
/// </summary>
public static class AdapterDiscovery
{
    /// <summary>The adapters the assemblies declare with <see cref="FlexoAdapterAttribute"/>.</summary>
    /// <param name="assemblies">The assemblies to read.</param>
    /// <param name="problems">Where problems are added.</param>
    /// <returns>The adapters, with the assembly they come from.</returns>
    public static List<(TechnologyAdapter Adapter, string Source)> FromAssemblies(IEnumerable<Assembly> assemblies, List<AdapterProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        ArgumentNullException.ThrowIfNull(problems);
        var adapters = new List<(TechnologyAdapter, string)>();
        foreach (var assembly in assemblies.Distinct())
        {
            var source = string.IsNullOrEmpty(assembly.Location) ? assembly.GetName().Name ?? "?" : assembly.Location;
            IEnumerable<FlexoAdapterAttribute> attributes;
            try
            {
                attributes = [.. assembly.GetCustomAttributes<FlexoAdapterAttribute>()];
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                problems.Add(new AdapterProblem(AdapterErrors.BrokenPlugin, source, $"the assembly's adapter declarations cannot be read: {e.Message}"));
                continue;
            }

            foreach (var attribute in attributes)
            {
                if (Instantiate(attribute.AdapterType, source, problems) is { } adapter)
                {
                    adapters.Add((adapter, source));
                }
            }
        }

        return adapters;
    }

    /// <summary>
    /// The adapters of the assemblies loaded in the process (the host's referenced adapter assemblies are loaded first,
    /// so an adapter the host references is found even before its first use).
    /// </summary>
    /// <param name="problems">Where problems are added.</param>
    /// <returns>The adapters.</returns>
    public static List<(TechnologyAdapter Adapter, string Source)> FromLoadedAssemblies(List<AdapterProblem> problems) =>
        FromAssemblies(AssemblyLoadContext.Default.Assemblies.Where(DeclaresAdapters), problems);

    /// <summary>
    /// The adapters of a plugins folder: every sub-folder is one plugin (its <c>Name.dll</c>, or every assembly in it
    /// that declares adapters), and every <c>.dll</c> directly in the folder is one plugin too.
    /// </summary>
    /// <param name="folder">The plugins folder.</param>
    /// <param name="problems">Where problems are added.</param>
    /// <returns>The adapters.</returns>
    public static List<(TechnologyAdapter Adapter, string Source)> FromPluginFolder(string folder, List<AdapterProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(problems);
        var adapters = new List<(TechnologyAdapter, string)>();
        string[] plugins;
        string[] files;
        try
        {
            plugins = [.. Directory.GetDirectories(folder).Order(StringComparer.Ordinal)];
            files = [.. Directory.GetFiles(folder, "*.dll").Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            problems.Add(new AdapterProblem(AdapterErrors.PluginFolder, folder, $"the plugins folder cannot be read: {e.Message}"));
            return adapters;
        }

        foreach (var plugin in plugins)
        {
            var main = Path.Combine(plugin, Path.GetFileName(plugin) + ".dll");
            string[] candidates;
            try
            {
                candidates = File.Exists(main) ? [main] : [.. Directory.GetFiles(plugin, "*.dll").Order(StringComparer.Ordinal)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new AdapterProblem(AdapterErrors.PluginFolder, plugin, $"the plugin folder cannot be read: {e.Message}"));
                continue;
            }

            adapters.AddRange(LoadPlugin(plugin, candidates, requireAdapters: File.Exists(main), problems));
        }

        foreach (var file in files)
        {
            adapters.AddRange(LoadPlugin(file, [file], requireAdapters: true, problems));
        }

        return adapters;
    }

    private static List<(TechnologyAdapter, string)> LoadPlugin(string source, string[] assemblies, bool requireAdapters, List<AdapterProblem> problems)
    {
        var context = new PluginLoadContext(assemblies[0]);
        var loaded = new List<Assembly>();
        foreach (var path in assemblies)
        {
            try
            {
                loaded.Add(context.LoadFromAssemblyPath(Path.GetFullPath(path)));
            }
            catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or IOException)
            {
                if (requireAdapters || assemblies.Length == 1)
                {
                    problems.Add(new AdapterProblem(AdapterErrors.BrokenPlugin, path, $"the plugin cannot be loaded ({Reason(e)}); it is skipped"));
                }
            }
        }

        var adapters = FromAssemblies(requireAdapters ? loaded : loaded.Where(DeclaresAdapters), problems);
        if (adapters.Count == 0 && loaded.Count > 0 && !problems.Any(p => p.Source.StartsWith(source, StringComparison.Ordinal)))
        {
            problems.Add(new AdapterProblem(AdapterErrors.BrokenPlugin, source, "the plugin declares no adapter ([assembly: FlexoAdapter(typeof(...))] is missing); it is skipped"));
        }

        return adapters;
    }

    private static bool DeclaresAdapters(Assembly assembly)
    {
        try
        {
            return assembly.GetCustomAttributesData().Any(a => a.AttributeType.FullName == typeof(FlexoAdapterAttribute).FullName);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }

    private static TechnologyAdapter? Instantiate(Type type, string source, List<AdapterProblem> problems)
    {
        if (!typeof(TechnologyAdapter).IsAssignableFrom(type) || type.IsAbstract)
        {
            problems.Add(new AdapterProblem(AdapterErrors.BadDeclaration, source, $"{type.FullName} is not a concrete subclass of {nameof(TechnologyAdapter)}"));
            return null;
        }

        try
        {
            return (TechnologyAdapter)Activator.CreateInstance(type)!;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problems.Add(new AdapterProblem(AdapterErrors.BadDeclaration, source, $"{type.FullName} cannot be created: {Reason(e)}"));
            return null;
        }
    }

    private static string Reason(Exception e) => (e is TargetInvocationException { InnerException: { } inner } ? inner : e).Message;
}
