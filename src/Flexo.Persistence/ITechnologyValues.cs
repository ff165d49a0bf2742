using Flexo.Fml.Semantics;

namespace Flexo.Persistence;

/// <summary>
/// How values of technology adapters (model slots holding a resource, roles holding an external element) are saved and
/// loaded: as a URI the adapter computes, read back as a value the adapter resolves (lazily, on first use). Installed
/// for the saves and loads of the current flow with <see cref="TechnologyValueScope.Use"/>.
/// </summary>
public interface ITechnologyValues
{
    /// <summary>The URI that designates <paramref name="value"/>, or null when the adapter cannot name it.</summary>
    /// <param name="property">The model slot or technology role.</param>
    /// <param name="value">The value it holds.</param>
    /// <returns>The URI, or null.</returns>
    string? UriOf(PropertySymbol property, object value);

    /// <summary>The value a stored URI stands for (usually a reference resolved on first use), or null when no adapter serves the property.</summary>
    /// <param name="property">The model slot or technology role.</param>
    /// <param name="uri">The stored URI.</param>
    /// <returns>The value to store in the instance.</returns>
    object? FromUri(PropertySymbol property, string uri);
}

/// <summary>The <see cref="ITechnologyValues"/> that the saves and loads of the current flow (thread or async flow) use.</summary>
public static class TechnologyValueScope
{
    private static readonly AsyncLocal<ITechnologyValues?> s_current = new();

    /// <summary>The values in force, or null (technology values are then refused, FML4017 and FML4030).</summary>
    public static ITechnologyValues? Current => s_current.Value;

    /// <summary>Installs <paramref name="values"/> until the returned scope is disposed.</summary>
    /// <param name="values">The technology values.</param>
    /// <returns>The scope; dispose it to restore the previous values.</returns>
    public static IDisposable Use(ITechnologyValues? values)
    {
        var previous = s_current.Value;
        s_current.Value = values;
        return new Scope(previous);
    }

    private sealed class Scope(ITechnologyValues? previous) : IDisposable
    {
        public void Dispose() => s_current.Value = previous;
    }
}
