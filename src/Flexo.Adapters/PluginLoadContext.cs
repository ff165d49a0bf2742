using System.Reflection;
using System.Runtime.Loader;

namespace Flexo.Adapters;

/// <summary>
/// The load context of one plugin: its own dependencies come from its folder (through its <c>.deps.json</c> when there
/// is one); Flexo's assemblies and the framework are shared with the host, so adapter types are the host's types.
/// </summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver _resolver;
    private readonly string _folder;

    public PluginLoadContext(string mainAssembly)
        : base("flexo-plugin:" + Path.GetFileNameWithoutExtension(mainAssembly), isCollectible: false)
    {
        var full = Path.GetFullPath(mainAssembly);
        _resolver = new AssemblyDependencyResolver(full);
        _folder = Path.GetDirectoryName(full)!;
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (IsShared(assemblyName))
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        if (path is null && assemblyName.Name is { } name && File.Exists(Path.Combine(_folder, name + ".dll")))
        {
            path = Path.Combine(_folder, name + ".dll");
        }

        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;

    private static bool IsShared(AssemblyName name) =>
        name.Name is { } simple && (simple.StartsWith("Flexo.", StringComparison.Ordinal) && !simple.StartsWith("Flexo.Plugins.", StringComparison.Ordinal)
            || Default.Assemblies.Any(a => a.GetName().Name == simple));
}
