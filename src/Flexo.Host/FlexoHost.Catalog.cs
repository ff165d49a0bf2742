using Flexo.Fml.Semantics;

namespace Flexo.Host;

public sealed partial class FlexoHost
{
    /// <summary>
    /// The checker vocabulary of the adapters a host opened with <paramref name="options"/> would load (shipped,
    /// referenced, given, plugins), for tools that only check (<c>flexo check</c>).
    /// </summary>
    /// <param name="options">Which adapters to load (default: the shipped and referenced ones).</param>
    /// <returns>The catalogue to put in <c>CompilationOptions.Adapters</c>.</returns>
    public static AdapterCatalog CheckerCatalog(HostOptions? options = null)
    {
        using var adapters = LoadAdapters(options ?? new HostOptions());
        return adapters.Catalog();
    }
}
