using Flexo.Fml.Semantics;
using Flexo.Runtime;

namespace Flexo.Execution.Tests;

/// <summary>Compiles FML sources (which must check without errors) and runs them on an engine.</summary>
internal sealed class Harness
{
    public Harness(params string[] sources)
        : this(EngineOptions.Default with { Log = new MemoryLogSink() }, sources)
    {
    }

    public Harness(EngineOptions options, params string[] sources)
        : this(options, sources.Select((text, i) => new FmlDocument($"Unit{i}.fml", text, UriOf(text, i))).ToList())
    {
    }

    public Harness(EngineOptions options, IReadOnlyList<FmlDocument> documents)
    {
        Compilation = Compilation.Create(documents);
        var errors = Compilation.GetAllDiagnostics().SelectMany(p => p.Value).Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Engine = new FmlEngine(Compilation, options);
    }

    public Compilation Compilation { get; }

    public FmlEngine Engine { get; }

    public IReadOnlyList<string> Logged => ((MemoryLogSink)Engine.Options.Log).Messages;

    public ConceptSymbol Model(string name) => Compilation.FindModel(name) ?? throw new InvalidOperationException("no model " + name);

    public ConceptSymbol Concept(string model, string name) => Find(Model(model), name) ?? throw new InvalidOperationException("no concept " + name);

    /// <summary>A new instance of a model (its anonymous creation scheme run with <paramref name="arguments"/>).</summary>
    public VirtualModelInstance New(string model, params object?[] arguments) => Engine.CreateModelInstance(Model(model), model.ToLowerInvariant(), arguments);

    public ConceptInstance New(VirtualModelInstance owner, string concept, params object?[] arguments) =>
        Engine.CreateInstance(owner, Concept(owner.Concept.Name, concept), arguments);

    public object? Call(ConceptInstance receiver, string behaviour, params object?[] arguments) => Engine.Call(receiver, behaviour, arguments);

    public object? Get(ConceptInstance instance, string property) => Engine.GetValue(instance, property);

    private static ConceptSymbol? Find(ConceptSymbol scope, string name) =>
        scope.NestedConcepts.FirstOrDefault(c => c.Name == name) ?? scope.NestedConcepts.Select(c => Find(c, name)).FirstOrDefault(c => c is not null);

    private static string UriOf(string text, int index)
    {
        const string marker = "@URI(\"";
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? $"http://test/Unit{index}.fml" : text[(at + marker.Length)..text.IndexOf('"', at + marker.Length)];
    }
}
