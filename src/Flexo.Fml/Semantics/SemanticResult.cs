using System.Collections.Immutable;
using Flexo.Fml.Diagnostics;

namespace Flexo.Fml.Semantics;

/// <summary>What semantic analysis computed for one compilation: units, symbol indexes and diagnostics.</summary>
internal sealed class SemanticResult
{
    private readonly ImmutableDictionary<string, Symbol> _objectsByUri;
    private readonly ILookup<string, ConceptSymbol> _modelsByName;
    private readonly SemanticAnalyzer _analyzer;
    private readonly Lock _bindLock = new();

    private SemanticResult(SemanticAnalyzer analyzer)
    {
        _analyzer = analyzer;
        Units = analyzer.Units.ToImmutableDictionary(StringComparer.Ordinal);
        Diagnostics = analyzer.GetDiagnostics();
        _objectsByUri = analyzer.ObjectsByUri.ToImmutableDictionary(StringComparer.Ordinal);
        _modelsByName = Units.Values.Where(u => u.Model is not null).Select(u => u.Model!).ToLookup(m => m.Name, StringComparer.Ordinal);
        States = analyzer.States;
        BodyDiagnostics = analyzer.BodyDiagnostics;
        AnalysedPaths = analyzer.AnalysedPaths;
    }

    public ImmutableDictionary<string, UnitSymbol> Units { get; }

    public ImmutableDictionary<string, ImmutableArray<Diagnostic>> Diagnostics { get; }

    /// <summary>The document state each unit was analysed from (to tell what changed in a later compilation).</summary>
    public IReadOnlyDictionary<string, DocumentState> States { get; }

    /// <summary>For each unit, the diagnostics of its binding and validation (what a later compilation may reuse).</summary>
    public IReadOnlyDictionary<string, ImmutableArray<Diagnostic>> BodyDiagnostics { get; }


    public IReadOnlyCollection<string> AnalysedPaths { get; }

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

    public void EnsureBound(string path)
    {
        lock (_bindLock)
        {
            _analyzer.EnsureBound(path);
        }
    }

    public BoundFragment BindFragment(Syntax.ExpressionSyntax syntax, FragmentContext context, bool asCondition, Text.SourceText text, List<Diagnostic> diagnostics)
    {
        lock (_bindLock)
        {
            return _analyzer.BindFragment(syntax, context, asCondition, text, diagnostics);
        }
    }

    public static SemanticResult Build(Compilation compilation, SemanticResult? previous)
    {
        var analyzer = new SemanticAnalyzer(compilation, compilation.Options.Adapters, previous);
        analyzer.Run();
        return new SemanticResult(analyzer);
    }
}
