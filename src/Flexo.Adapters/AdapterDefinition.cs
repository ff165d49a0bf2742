using System.Collections.Immutable;
using Flexo.Fml.Semantics;

namespace Flexo.Adapters;

/// <summary>
/// An adapter's declaration, checked and frozen: its checker vocabulary (derived from the declaration) and the tables
/// its run time dispatches on.
/// </summary>
public sealed class AdapterDefinition
{
    private readonly Dictionary<string, EntryDefinition> _entries;

    private AdapterDefinition(AdapterBuilder builder, string source)
    {
        Id = builder.Id!;
        DisplayName = builder.DisplayName!;
        Source = source;
        Types = [.. builder.Types];
        Resources = [.. builder.Resources];
        References = [.. builder.References];
        _entries = builder.Entries.ToDictionary(e => e.Keyword, StringComparer.Ordinal);
        Vocabulary = BuildVocabulary(builder);
    }

    /// <summary>The adapter identifier (<c>csv</c>).</summary>
    public string Id { get; }

    /// <summary>The name for messages.</summary>
    public string DisplayName { get; }

    /// <summary>Where the adapter came from (an assembly path or name).</summary>
    public string Source { get; }

    /// <summary>The vocabulary the checker uses.</summary>
    public AdapterVocabulary Vocabulary { get; }

    internal ImmutableArray<(Type Clr, string Keyword, List<MemberDefinition> Members)> Types { get; }

    internal ImmutableArray<ResourceBinding> Resources { get; }

    internal ImmutableArray<(Type Clr, Func<object, string> UriOf)> References { get; }

    /// <summary>Runs <paramref name="adapter"/>'s declaration and checks it.</summary>
    /// <param name="adapter">The adapter.</param>
    /// <param name="source">Where it came from, for messages.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="AdapterDeclarationException">The declaration is incomplete or contradictory.</exception>
    public static AdapterDefinition From(TechnologyAdapter adapter, string source)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var builder = new AdapterBuilder();
        adapter.Declare(builder);
        var name = adapter.GetType().FullName;
        if (builder.Id is null)
        {
            throw new AdapterDeclarationException($"{name} declares no identity (call Identity(id, name))");
        }

        if (builder.SlotNames.Count == 0)
        {
            throw new AdapterDeclarationException($"{name} declares no model-slot name a 'use' could give (call AnswersTo(...))");
        }

        var duplicate = builder.Entries.Select(e => e.Keyword).Concat(builder.Types.Select(t => t.Keyword).Distinct())
            .GroupBy(k => k, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new AdapterDeclarationException($"{name} declares the keyword '{duplicate.Key}' twice");
        }

        foreach (var resource in builder.Resources)
        {
            if (!builder.Types.Any(t => t.Clr == resource.Clr))
            {
                throw new AdapterDeclarationException($"{name} declares a resource kind of {resource.Clr.Name}, which is not declared as a type");
            }
        }

        return new AdapterDefinition(builder, source);
    }

    internal EntryDefinition? Entry(string keyword) => _entries.GetValueOrDefault(keyword);

    /// <summary>The FML type keyword of a CLR type (exact type first, then base types and interfaces), or null.</summary>
    internal string? KeywordOf(Type type)
    {
        foreach (var (clr, keyword, _) in Types)
        {
            if (clr == type)
            {
                return keyword;
            }
        }

        foreach (var (clr, keyword, _) in Types)
        {
            if (clr.IsAssignableFrom(type))
            {
                return keyword;
            }
        }

        return null;
    }

    /// <summary>The members declared for the run-time type of <paramref name="value"/> (most derived registration first).</summary>
    internal IEnumerable<MemberDefinition> MembersOf(object value) =>
        Types.Where(t => t.Clr.IsInstanceOfType(value)).OrderBy(t => t.Clr == value.GetType() ? 0 : 1).SelectMany(t => t.Members);

    internal ResourceBinding? ResourceOfType(string keyword) =>
        Resources.FirstOrDefault(r => KeywordOf(r.Clr) == keyword);

    internal ResourceBinding? ResourceOfPath(string path) =>
        Resources.FirstOrDefault(r => r.Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)));

    private AdapterVocabulary BuildVocabulary(AdapterBuilder builder)
    {
        string Name(Type t) => FmlTypeNames.Of(t, KeywordOf);
        var entries = new List<VocabularyEntry>();
        foreach (var entry in builder.Entries)
        {
            var signature = entry.Parameters.Items.Select(p => new KeywordParameter(p.Name, Name(p.Type), p.Required));
            var valueType = entry.ValueKeyword ?? (entry.ValueClr is { } clr ? Name(clr) : null);
            entries.Add(VocabularyEntry.Typed(entry.Keyword, entry.Kind, signature, valueType) with
            {
                Parameters = [.. entry.Parameters.Items.Select(p => p.Name)],
            });
        }

        foreach (var group in builder.Types.GroupBy(t => t.Keyword, StringComparer.Ordinal))
        {
            var members = group.SelectMany(t => t.Members)
                .Select(m => new TechnologyMember(m.Name, Name(m.Result), [.. m.Parameters.Select(Name)], m.IsMethod))
                .Distinct(TechnologyMemberComparer.Instance)
                .ToImmutableArray();
            entries.Add(new VocabularyEntry(group.Key, VocabularyKind.Type, []) { Members = members });
        }

        return new AdapterVocabulary(Id, DisplayName, isAvailable: true, builder.SlotNames, entries);
    }

    private sealed class TechnologyMemberComparer : IEqualityComparer<TechnologyMember>
    {
        public static TechnologyMemberComparer Instance { get; } = new();

        public bool Equals(TechnologyMember? x, TechnologyMember? y) =>
            x is not null && y is not null && x.Name == y.Name && x.IsMethod == y.IsMethod && x.ParameterTypes.SequenceEqual(y.ParameterTypes);

        public int GetHashCode(TechnologyMember obj) => HashCode.Combine(obj.Name, obj.IsMethod, obj.ParameterTypes.Length);
    }
}

/// <summary>An adapter's declaration is incomplete or contradictory (reported as FML7103 when loading).</summary>
public sealed class AdapterDeclarationException : Exception
{
    /// <summary>Creates the error.</summary>
    public AdapterDeclarationException()
    {
    }

    /// <summary>Creates the error with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public AdapterDeclarationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public AdapterDeclarationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
