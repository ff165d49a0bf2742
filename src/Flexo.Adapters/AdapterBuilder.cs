using System.Collections;
using Flexo.Fml.Semantics;

namespace Flexo.Adapters;

/// <summary>
/// The registration API of an adapter (docs/adapters.md): its identity, the model-slot class names a <c>use</c> may
/// name, resource kinds, technology types with their members, model slots, roles, edition actions, fetch requests and
/// behaviours, each with its FML keyword and typed keyword parameters.
/// </summary>
public sealed class AdapterBuilder
{
    internal AdapterBuilder()
    {
    }

    internal string? Id { get; private set; }

    internal string? DisplayName { get; private set; }

    internal List<string> SlotNames { get; } = [];

    internal List<(Type Clr, string Keyword, List<MemberDefinition> Members)> Types { get; } = [];

    internal List<ResourceBinding> Resources { get; } = [];

    internal List<EntryDefinition> Entries { get; } = [];

    internal List<(Type Clr, Func<object, string> UriOf)> References { get; } = [];

    /// <summary>The adapter's identifier (lower case: <c>csv</c>) and its name for messages (<c>CSV</c>).</summary>
    /// <param name="id">The identifier; replaces a known-but-unavailable Openflexo adapter of the same identifier.</param>
    /// <param name="displayName">The name for messages.</param>
    /// <returns>This builder.</returns>
    public AdapterBuilder Identity(string id, string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        Id = id;
        DisplayName = displayName;
        return this;
    }

    /// <summary>The names a <c>use</c> declaration may give: Openflexo model-slot class names and short names.</summary>
    /// <param name="modelSlotNames">Fully qualified or simple names (<c>org.openflexo.technologyadapter.csv.CSVModelSlot</c>, <c>CSV</c>).</param>
    /// <returns>This builder.</returns>
    public AdapterBuilder AnswersTo(params string[] modelSlotNames)
    {
        SlotNames.AddRange(modelSlotNames);
        return this;
    }

    /// <summary>A technology type: values of CLR type <typeparamref name="T"/> are of the FML type <paramref name="keyword"/>.</summary>
    /// <typeparam name="T">The CLR type (several CLR types may share one keyword).</typeparam>
    /// <param name="keyword">The FML type name (<c>CSVRow</c>).</param>
    /// <returns>A builder for the type's members.</returns>
    public TypeBuilder<T> Type<T>(string keyword)
        where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyword);
        var builder = new TypeBuilder<T>(keyword);
        Types.Add((typeof(T), keyword, builder.Members));
        return builder;
    }

    /// <summary>A resource kind (file type). Its resource type must also be declared with <see cref="Type{T}"/>.</summary>
    /// <typeparam name="TResource">The open resource's CLR type.</typeparam>
    /// <param name="kind">How to open, create, save and resolve.</param>
    /// <returns>This builder.</returns>
    public AdapterBuilder Resource<TResource>(ResourceKind<TResource> kind)
        where TResource : class
    {
        ArgumentNullException.ThrowIfNull(kind);
        Resources.Add(new ResourceBinding(
            typeof(TResource),
            kind.Extensions,
            (path, settings) => kind.Open(path, settings),
            (path, settings) => kind.Create(path, settings),
            r => kind.UriOf((TResource)r),
            r => kind.Save((TResource)r),
            (r, uri) => kind.Resolve((TResource)r, uri),
            r => kind.Close((TResource)r),
            r => kind.Refresh((TResource)r)));
        return this;
    }

    /// <summary>How to compute the URI of an element (a row, a cell) stored in a role; resolved back by the resource kind.</summary>
    /// <typeparam name="T">The element's CLR type.</typeparam>
    /// <param name="uriOf">Its URI: the resource URI, <c>#</c>, then a fragment.</param>
    /// <returns>This builder.</returns>
    public AdapterBuilder Reference<T>(Func<T, string> uriOf)
        where T : class
    {
        References.Add((typeof(T), o => uriOf((T)o)));
        return this;
    }

    /// <summary>A model slot: <c>CSVDocument data with CSVModelSlot(...)</c>; it holds a resource of type <paramref name="resourceType"/>.</summary>
    /// <param name="keyword">The FML keyword.</param>
    /// <param name="resourceType">The FML type of the resource it holds.</param>
    /// <param name="parameters">Its keyword parameters (constants, passed to the resource kind as <see cref="SlotSettings"/>).</param>
    /// <returns>This builder.</returns>
    public AdapterBuilder ModelSlot(string keyword, string resourceType, Action<ParameterList>? parameters = null) =>
        AddEntry(keyword, VocabularyKind.ModelSlot, parameters, null, resourceType, null, null);

    /// <summary>A role: <c>CSVRow row with CSVRowRole()</c>; it holds one element of type <paramref name="elementType"/>.</summary>
    /// <param name="keyword">The FML keyword.</param>
    /// <param name="elementType">The FML type of the element.</param>
    /// <param name="parameters">Its keyword parameters.</param>
    /// <returns>This builder.</returns>
    public AdapterBuilder Role(string keyword, string elementType, Action<ParameterList>? parameters = null) =>
        AddEntry(keyword, VocabularyKind.Role, parameters, null, elementType, null, null);

    /// <summary>An edition action with a value: <c>CSV::AddCSVRow(...) in doc</c>.</summary>
    /// <typeparam name="TResult">The action's value type (its FML type is derived).</typeparam>
    /// <param name="keyword">The FML keyword.</param>
    /// <param name="parameters">Its keyword parameters.</param>
    /// <param name="run">Runs it.</param>
    /// <returns>This builder.</returns>
    public AdapterBuilder Action<TResult>(string keyword, Action<ParameterList> parameters, Func<TechnologyCall, TResult> run) =>
        AddEntry(keyword, VocabularyKind.EditionAction, parameters, typeof(TResult), null, c => run(c), null);

    /// <summary>An edition action without value.</summary>
    /// <param name="keyword">The FML keyword.</param>
    /// <param name="parameters">Its keyword parameters.</param>
    /// <param name="run">Runs it.</param>
    /// <returns>This builder.</returns>
    public AdapterBuilder Command(string keyword, Action<ParameterList> parameters, Action<TechnologyCall> run) =>
        AddEntry(keyword, VocabularyKind.EditionAction, parameters, typeof(void), null, c => { run(c); return null; }, null);

    /// <summary>A fetch request: <c>select CSVRow with SelectCSVRow(...) from doc where (...)</c>. The sequence may stream.</summary>
    /// <param name="keyword">The FML keyword (a <c>SelectUnique...</c> keyword is chosen for <c>select unique</c>).</param>
    /// <param name="elementType">The FML type of the elements it yields.</param>
    /// <param name="parameters">Its keyword parameters.</param>
    /// <param name="run">Yields the candidates; the engine filters them with the <c>where</c> conditions.</param>
    /// <returns>This builder.</returns>
    public AdapterBuilder Fetch(string keyword, string elementType, Action<ParameterList> parameters, Func<TechnologyCall, IEnumerable> run) =>
        AddEntry(keyword, VocabularyKind.FetchRequest, parameters, null, elementType, null, run);

    /// <summary>A technology-specific behaviour kind: <c>name(...) with DropScheme(...)</c> (checked; run by the adapter's tools).</summary>
    /// <param name="keyword">The FML keyword.</param>
    /// <param name="parameters">Its keyword parameters.</param>
    /// <returns>This builder.</returns>
    public AdapterBuilder Behaviour(string keyword, Action<ParameterList>? parameters = null) =>
        AddEntry(keyword, VocabularyKind.Behaviour, parameters, null, null, null, null);

    private AdapterBuilder AddEntry(string keyword, VocabularyKind kind, Action<ParameterList>? parameters, Type? valueClr, string? valueKeyword,
        Func<TechnologyCall, object?>? action, Func<TechnologyCall, IEnumerable>? fetch)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyword);
        var list = new ParameterList();
        parameters?.Invoke(list);
        Entries.Add(new EntryDefinition(keyword, kind, list, valueClr, valueKeyword, action, fetch));
        return this;
    }
}

/// <summary>A declared keyword with its parameters, value type and handler.</summary>
internal sealed record EntryDefinition(
    string Keyword,
    VocabularyKind Kind,
    ParameterList Parameters,
    Type? ValueClr,
    string? ValueKeyword,
    Func<TechnologyCall, object?>? Action,
    Func<TechnologyCall, IEnumerable>? Fetch);

/// <summary>A resource kind with its type erased.</summary>
internal sealed record ResourceBinding(
    Type Clr,
    IReadOnlyList<string> Extensions,
    Func<string, SlotSettings, object> Open,
    Func<string, SlotSettings, object> Create,
    Func<object, string> UriOf,
    Action<object> Save,
    Func<object, string, object?> Resolve,
    Action<object> Close,
    Func<object, ResourceRefresh> Refresh);
