using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Flexo.Fml.Semantics;

/// <summary>
/// The technology adapters the checker knows: the built-in FML@RT and FML vocabularies, plus the names of the
/// Openflexo adapters that Flexo does not provide yet. The adapter SDK adds installed adapters here.
/// </summary>
public sealed class AdapterCatalog
{
    private readonly FrozenDictionary<string, AdapterVocabulary> _byModelSlotName;

    /// <summary>Creates a catalogue of <paramref name="adapters"/>.</summary>
    public AdapterCatalog(IEnumerable<AdapterVocabulary> adapters)
    {
        Adapters = [.. adapters];
        var map = new Dictionary<string, AdapterVocabulary>(StringComparer.Ordinal);
        foreach (var adapter in Adapters)
        {
            foreach (var name in adapter.ModelSlotNames)
            {
                map[name] = adapter;
                map[SimpleName(name)] = adapter;
            }
        }

        _byModelSlotName = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The catalogue with the built-in vocabularies only.</summary>
    public static AdapterCatalog BuiltIn { get; } = new(BuiltInAdapters.All);

    /// <summary>The adapters.</summary>
    public ImmutableArray<AdapterVocabulary> Adapters { get; }

    /// <summary>The FML@RT vocabulary (always in scope, even without a <c>use</c>).</summary>
    public AdapterVocabulary FmlRt => BuiltInAdapters.FmlRt;

    /// <summary>The adapter of a model-slot name as written in <c>use</c> (qualified or simple), or null.</summary>
    public AdapterVocabulary? FindByModelSlot(string name) =>
        _byModelSlotName.TryGetValue(name, out var adapter) || _byModelSlotName.TryGetValue(SimpleName(name), out adapter) ? adapter : null;

    /// <summary>The adapter with the identifier <paramref name="id"/>, or null.</summary>
    public AdapterVocabulary? FindById(string id) => Adapters.FirstOrDefault(a => a.Id == id);

    /// <summary>A catalogue with <paramref name="adapter"/> added (replacing an unavailable entry of the same id).</summary>
    public AdapterCatalog With(AdapterVocabulary adapter) =>
        new(Adapters.Where(a => a.Id != adapter.Id).Append(adapter));

    private static string SimpleName(string name) => name[(name.LastIndexOf('.') + 1)..];
}
