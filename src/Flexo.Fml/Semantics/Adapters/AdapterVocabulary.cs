using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Flexo.Fml.Semantics;

/// <summary>What a vocabulary entry is in FML text.</summary>
public enum VocabularyKind
{
    /// <summary>A model slot (a property referencing a whole resource): <c>x with ModelInstance()</c>.</summary>
    ModelSlot,

    /// <summary>A role (a property referencing an element): <c>x with ConceptInstance()</c>.</summary>
    Role,

    /// <summary>An edition action: <c>TA::NewInstance(...)</c>.</summary>
    EditionAction,

    /// <summary>A fetch request: <c>select T with SelectX(...) from ...</c>.</summary>
    FetchRequest,

    /// <summary>A technology behaviour: <c>name(...) with DropScheme(...)</c>.</summary>
    Behaviour,

    /// <summary>A technology-specific type: <c>OWLIndividualType(owlClass=X)</c>.</summary>
    Type,
}

/// <summary>One keyword a technology adapter contributes to FML, with its keyword parameters.</summary>
public sealed partial record VocabularyEntry(string Keyword, VocabularyKind Kind, ImmutableArray<string> Parameters);

/// <summary>
/// The FML vocabulary of one technology adapter: the model-slot class names a <c>use</c> declaration may name (the
/// Openflexo Java class names and Flexo's short names) and the keywords it offers. Adapters Flexo knows but does not
/// provide yet are listed with <see cref="IsAvailable"/> false, so that units using them get one warning instead of a
/// cascade of errors.
/// </summary>
public sealed class AdapterVocabulary
{
    private readonly FrozenDictionary<string, VocabularyEntry> _entries;

    /// <summary>Creates a vocabulary.</summary>
    public AdapterVocabulary(string id, string displayName, bool isAvailable, IEnumerable<string> modelSlotNames, IEnumerable<VocabularyEntry> entries)
    {
        Id = id;
        DisplayName = displayName;
        IsAvailable = isAvailable;
        ModelSlotNames = [.. modelSlotNames];
        _entries = entries.ToFrozenDictionary(e => e.Keyword, StringComparer.Ordinal);
    }

    /// <summary>The adapter's identifier (<c>fmlrt</c>, <c>csv</c>...).</summary>
    public string Id { get; }

    /// <summary>The adapter's name for messages.</summary>
    public string DisplayName { get; }

    /// <summary>False for adapters Flexo knows by name but does not provide in this installation.</summary>
    public bool IsAvailable { get; }

    /// <summary>The names a <c>use</c> declaration may give (fully qualified Openflexo class names and short names).</summary>
    public ImmutableArray<string> ModelSlotNames { get; }

    /// <summary>The keywords, by keyword.</summary>
    public IReadOnlyDictionary<string, VocabularyEntry> Entries => _entries;

    /// <summary>The entry for <paramref name="keyword"/> of the given kinds, or null.</summary>
    public VocabularyEntry? Find(string keyword, params VocabularyKind[] kinds) =>
        _entries.TryGetValue(keyword, out var entry) && (kinds.Length == 0 || Array.IndexOf(kinds, entry.Kind) >= 0) ? entry : null;
}
