using System.Collections.Immutable;
using Flexo.Fml.Diagnostics;

namespace Flexo.Fml.Semantics;

/// <summary>What semantic analysis computed for one compilation: units, symbol indexes and diagnostics.</summary>
internal sealed class SemanticResult
{
    private readonly ImmutableDictionary<string, Symbol> _objectsByUri;
    private readonly ILookup<string, ConceptSymbol> _modelsByName;

    private SemanticResult(
        ImmutableDictionary<string, UnitSymbol> units,
        ImmutableDictionary<string, ImmutableArray<Diagnostic>> diagnostics,
        ImmutableDictionary<string, Symbol> objectsByUri)
    {
        Units = units;
        Diagnostics = diagnostics;
        _objectsByUri = objectsByUri;
        _modelsByName = units.Values.Where(u => u.Model is not null).Select(u => u.Model!).ToLookup(m => m.Name, StringComparer.Ordinal);
    }

    public ImmutableDictionary<string, UnitSymbol> Units { get; }

    public ImmutableDictionary<string, ImmutableArray<Diagnostic>> Diagnostics { get; }

    public ConceptSymbol? FindModel(string uriOrName)
    {
        if (_objectsByUri.TryGetValue(uriOrName, out var symbol) && symbol is ConceptSymbol { IsModel: true } model)
        {
            return model;
        }

        var byName = _modelsByName[uriOrName].ToList();
        return byName.Count == 1 ? byName[0] : null;
    }

    public Symbol? FindObject(string uri) => _objectsByUri.GetValueOrDefault(uri);

    public static SemanticResult Build(Compilation compilation)
    {
        var analyzer = new SemanticAnalyzer(compilation, compilation.Options.Adapters);
        analyzer.Run();
        return new SemanticResult(
            analyzer.Units.ToImmutableDictionary(StringComparer.Ordinal),
            analyzer.GetDiagnostics(),
            analyzer.ObjectsByUri.ToImmutableDictionary(StringComparer.Ordinal));
    }
}
