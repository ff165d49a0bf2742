using System.Collections.Immutable;
using System.Reflection;
using Flexo.Execution;
using Flexo.Fml.Semantics;
using Flexo.Persistence;

namespace Flexo.Adapters;

/// <summary>
/// The adapters a host runs with, and their run time for one engine: the checker catalogue, the engine's technology
/// runtimes and the persistence of technology values. Build one with <see cref="AdapterDiscovery"/> or <see cref="Create"/>.
/// </summary>
public sealed class AdapterSet : ITechnologyValues, IDisposable
{
    private readonly Dictionary<string, AdapterRuntime> _runtimes;

    private AdapterSet(IReadOnlyList<AdapterDefinition> adapters, IReadOnlyList<AdapterProblem> problems, string baseDirectory)
    {
        Adapters = [.. adapters];
        Problems = [.. problems];
        _runtimes = adapters.ToDictionary(a => a.Id, a => new AdapterRuntime(a, baseDirectory), StringComparer.Ordinal);
    }

    /// <summary>The loaded adapters.</summary>
    public ImmutableArray<AdapterDefinition> Adapters { get; }

    /// <summary>The problems met while loading (skipped plugins and adapters).</summary>
    public ImmutableArray<AdapterProblem> Problems { get; }

    /// <summary>The run times to give to <see cref="EngineOptions.Technologies"/>.</summary>
    public IReadOnlyList<ITechnologyRuntime> Runtimes => [.. _runtimes.Values];

    /// <summary>Builds a set from adapter instances (later problems and duplicates are reported, never thrown).</summary>
    /// <param name="adapters">The adapters, each with where it came from.</param>
    /// <param name="problems">Problems met before (plugin loading).</param>
    /// <param name="baseDirectory">The folder relative resource paths are resolved against (default: the current directory).</param>
    /// <returns>The set.</returns>
    public static AdapterSet Create(IEnumerable<(TechnologyAdapter Adapter, string Source)> adapters, IEnumerable<AdapterProblem>? problems = null, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(adapters);
        var all = new List<AdapterProblem>(problems ?? []);
        var definitions = new List<AdapterDefinition>();
        foreach (var (adapter, source) in adapters)
        {
            AdapterDefinition definition;
            try
            {
                definition = AdapterDefinition.From(adapter, source);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                all.Add(new AdapterProblem(AdapterErrors.BadDeclaration, source, $"the adapter {adapter.GetType().FullName} cannot be declared: {e.Message}"));
                continue;
            }

            if (definitions.Any(d => d.Id == definition.Id))
            {
                all.Add(new AdapterProblem(AdapterErrors.DuplicateAdapter, source, $"an adapter with the identifier '{definition.Id}' is already loaded; this one is ignored"));
                continue;
            }

            definitions.Add(definition);
        }

        return new AdapterSet(definitions, all, baseDirectory ?? Directory.GetCurrentDirectory());
    }

    /// <summary><paramref name="catalog"/> (the built-in one by default) with every adapter of this set added, replacing unavailable entries of the same identifier.</summary>
    /// <param name="catalog">The catalogue to extend.</param>
    /// <returns>The extended catalogue.</returns>
    public AdapterCatalog Catalog(AdapterCatalog? catalog = null)
    {
        var result = catalog ?? AdapterCatalog.BuiltIn;
        foreach (var adapter in Adapters)
        {
            var replaced = result.FindById(adapter.Id);
            result = result.With(adapter.Vocabulary);

            // Model slots of the replaced, known-but-unavailable adapter that this one does not provide (Excel's
            // semantic slot, say) stay known-but-unavailable: a warning, not an unknown adapter.
            var missing = replaced is { IsAvailable: false }
                ? replaced.ModelSlotNames.Where(n => adapter.Vocabulary.ModelSlotNames.All(m => m != n && m != SimpleName(n))).ToList()
                : [];
            if (missing.Count > 0)
            {
                var name = $"{replaced!.DisplayName} ({string.Join(", ", missing.Select(SimpleName))})";
                result = result.With(new AdapterVocabulary(adapter.Id + ".unavailable", name, isAvailable: false, missing, []));
            }
        }

        return result;
    }

    /// <summary>The run time of an adapter, or null.</summary>
    /// <param name="id">The adapter identifier.</param>
    /// <returns>The run time, or null.</returns>
    public AdapterRuntime? Runtime(string id) => _runtimes.GetValueOrDefault(id);

    /// <summary>The adapter that reads files like <paramref name="path"/> (by extension), or null.</summary>
    /// <param name="path">A file path.</param>
    /// <returns>The adapter claiming it.</returns>
    public AdapterDefinition? Claim(string path) => Adapters.FirstOrDefault(a => a.ResourceOfPath(path) is not null);

    /// <summary>The file at <paramref name="path"/> changed on disk: refreshes every open adapter resource reading it.</summary>
    /// <param name="path">The changed file.</param>
    /// <returns>The resources concerned and what was done for each.</returns>
    public IReadOnlyList<(object Resource, ResourceRefresh Outcome)> Refresh(string path) =>
        [.. _runtimes.Values.Select(r => r.Resources.Refresh(path)).OfType<(object, ResourceRefresh)>()];

    /// <summary>Saves every open resource of every adapter that changed.</summary>
    public void SaveAll()
    {
        foreach (var runtime in _runtimes.Values)
        {
            runtime.Resources.SaveAll();
        }
    }

    /// <summary>Closes every open resource without saving.</summary>
    public void Dispose()
    {
        foreach (var runtime in _runtimes.Values)
        {
            runtime.Resources.Dispose();
        }
    }

    /// <inheritdoc />
    public string? UriOf(PropertySymbol property, object value) =>
        property.ElementType is TechnologyType type && Runtime(type.Adapter) is { } runtime ? runtime.Resources.UriOf(value) : null;

    /// <inheritdoc />
    public object? FromUri(PropertySymbol property, string uri) =>
        property.ElementType is TechnologyType type && Runtime(type.Adapter) is not null ? new TechnologyReference(type.Adapter, uri) : null;

    private static string SimpleName(string name) => name[(name.LastIndexOf('.') + 1)..];
}
