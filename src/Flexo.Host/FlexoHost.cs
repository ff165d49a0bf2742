using System.Collections.Immutable;
using Flexo.Adapters;
using Flexo.Execution;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Semantics;
using Flexo.Resources;
using Flexo.Runtime;

namespace Flexo.Host;

/// <summary>
/// The facade every front end (the CLI, scripts, the future servers) uses: resource centers loaded into one
/// compilation, an engine to run them, and the operations of FML.md §6.6 by name: models, instances, behaviours,
/// properties, expressions, validation, saving and loading. Not thread-safe.
/// </summary>
public sealed partial class FlexoHost
{
    private FlexoHost(Workspace workspace, HostOptions options, AdapterSet adapters)
    {
        Workspace = workspace;
        Options = options;
        Adapters = adapters;
        Engine = new FmlEngine(workspace.Compilation, options.Engine with { Technologies = [.. options.Engine.Technologies, .. adapters.Runtimes] });
    }

    /// <summary>The resource centers, their sources and problems, and the compilation.</summary>
    public Workspace Workspace { get; }

    /// <summary>The checked models.</summary>
    public Compilation Compilation => Workspace.Compilation;

    /// <summary>The engine that runs them.</summary>
    public FmlEngine Engine { get; }

    /// <summary>The options the host was opened with.</summary>
    public HostOptions Options { get; }

    /// <summary>Every error diagnostic of the compilation, by file path, and every resource problem that is an error.</summary>
    public bool HasErrors =>
        Workspace.Problems.Any(p => p.IsError) || Compilation.GetAllDiagnostics().Values.Any(list => list.Any(d => d.IsError));

    /// <summary>The diagnostics of every file, by path.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<Diagnostic>> Diagnostics => Compilation.GetAllDiagnostics();

    /// <summary>Opens resource centers (never throws for what is on disk: problems are in <see cref="Workspace"/>).</summary>
    /// <param name="options">What to open.</param>
    /// <returns>The host.</returns>
    public static FlexoHost Open(HostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var set = new ResourceCenterSet(options.ResourceCenters);
        foreach (var path in options.Paths)
        {
            if (!set.TryAddPath(path))
            {
                throw new HostException(HostErrors.UnknownModel, $"no such file or folder: '{path}'");
            }
        }

        var adapters = LoadAdapters(options);
        return new FlexoHost(set.Load(CompilationOptions.Default with { Adapters = adapters.Catalog() }), options, adapters);
    }

    /// <summary>Opens in-memory documents (tests, editors).</summary>
    /// <param name="documents">The FML documents.</param>
    /// <param name="options">Engine options.</param>
    /// <returns>The host.</returns>
    public static FlexoHost FromDocuments(IEnumerable<FmlDocument> documents, HostOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new HostOptions();
        var set = new ResourceCenterSet(options.ResourceCenters);
        foreach (var document in documents)
        {
            set.AddDocument(document);
        }

        var adapters = LoadAdapters(options);
        return new FlexoHost(set.Load(CompilationOptions.Default with { Adapters = adapters.Catalog() }), options, adapters);
    }

    /// <summary>Every model of the compilation.</summary>
    public IReadOnlyList<ConceptSymbol> Models =>
        [.. Compilation.Units.Values.Select(u => u.Model).OfType<ConceptSymbol>().OrderBy(m => m.Uri, StringComparer.Ordinal)];

    /// <summary>The model with this URI, or the only model with this name.</summary>
    /// <param name="nameOrUri">A model name (<c>Shop</c>) or URI.</param>
    /// <returns>The model.</returns>
    /// <exception cref="HostException">No model or several models match (FML8001, FML8002).</exception>
    public ConceptSymbol GetModel(string nameOrUri)
    {
        ArgumentNullException.ThrowIfNull(nameOrUri);
        ThrowIfClosed();
        var models = Models;
        if (models.FirstOrDefault(m => m.Uri == nameOrUri) is { } byUri)
        {
            return byUri;
        }

        var named = models.Where(m => m.Name == nameOrUri).ToList();
        return named.Count switch
        {
            1 => named[0],
            0 => throw new HostException(HostErrors.UnknownModel, models.Count == 0
                ? $"no model named '{nameOrUri}': the resource centers hold no model"
                : $"no model named '{nameOrUri}'; the models are: {string.Join(", ", models.Select(m => m.Name).Distinct())}"),
            _ => throw new HostException(HostErrors.AmbiguousModel, $"several models are named '{nameOrUri}'; give its URI: {string.Join(", ", named.Select(m => m.Uri))}"),
        };
    }

    /// <summary>The concept named <paramref name="name"/> declared in <paramref name="model"/> (at any depth) or in its ancestors.</summary>
    public static ConceptSymbol GetConcept(ConceptSymbol model, string name)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var scope in model.AllAncestors().Prepend(model))
        {
            if (Find(scope, name) is { } found)
            {
                return found;
            }
        }

        throw new HostException(HostErrors.UnknownMember, $"{model.Name} has no concept named '{name}'");

        static ConceptSymbol? Find(ConceptSymbol scope, string name) =>
            scope.NestedConcepts.FirstOrDefault(c => c.Name == name) ?? scope.NestedConcepts.Select(c => Find(c, name)).FirstOrDefault(c => c is not null);
    }

    /// <summary>Creates a model instance (running its creation scheme with <paramref name="arguments"/>).</summary>
    /// <param name="model">A model name or URI.</param>
    /// <param name="name">The instance name (default: the model name).</param>
    /// <param name="arguments">The creation scheme's arguments.</param>
    /// <returns>The model instance.</returns>
    public VirtualModelInstance CreateModelInstance(string model, string? name = null, IReadOnlyList<object?>? arguments = null)
    {
        ThrowIfErrors();
        var symbol = GetModel(model);
        var instance = Engine.CreateModelInstance(symbol, name ?? symbol.Name, arguments);
        _loaded.Add(instance);
        Repository(Engine.Options.InstanceBaseUri).Add(instance);
        return instance;
    }

    /// <summary>Creates a concept instance in a model instance (in <paramref name="container"/> when given).</summary>
    public ConceptInstance CreateInstance(VirtualModelInstance owner, string concept, IReadOnlyList<object?>? arguments = null, ConceptInstance? container = null)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return Engine.CreateInstance(owner, GetConcept(owner.Concept, concept), arguments, null, container);
    }

    /// <summary>Calls a behaviour by name.</summary>
    public object? Call(ConceptInstance receiver, string behaviour, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        return Engine.Call(receiver, behaviour, arguments);
    }

    /// <summary>Reads a property by name.</summary>
    public object? Get(ConceptInstance instance, string property) => Engine.GetValue(instance, property);

    /// <summary>Writes a property by name.</summary>
    public void Set(ConceptInstance instance, string property, object? value) => Engine.SetValue(instance, property, value);

    /// <summary>Validates a model instance: invariants and cardinalities.</summary>
    public ImmutableArray<Violation> Validate(VirtualModelInstance instance) => Engine.Validate(instance);

    private void ThrowIfErrors()
    {
        if (HasErrors)
        {
            var count = Compilation.GetAllDiagnostics().Values.Sum(list => list.Count(d => d.IsError)) + Workspace.Problems.Count(p => p.IsError);
            throw new HostException(HostErrors.ModelsHaveErrors, $"the models have {count} error(s); run 'flexo check' to see them");
        }
    }
}
