using System.Collections.Immutable;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics;

/// <summary>
/// Builds the semantic model of a compilation in phases: declare every unit's symbols (per file), give them their
/// URIs, link units (imports, containment, parents, types: across files, cyclic imports included, D25), then bind
/// behaviour bodies and expressions, then run the validation rules. Everything is recorded, nothing is thrown.
/// </summary>
internal sealed partial class SemanticAnalyzer
{
    private readonly Compilation _compilation;
    private readonly AdapterCatalog _adapters;
    private readonly Dictionary<string, UnitSymbol> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Diagnostic>> _diagnostics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Symbol> _objectsByUri = new(StringComparer.Ordinal);
    private readonly Dictionary<UnitSymbol, string> _pathOfUnit = [];

    public SemanticAnalyzer(Compilation compilation, AdapterCatalog adapters)
    {
        _compilation = compilation;
        _adapters = adapters;
    }

    public IReadOnlyDictionary<string, UnitSymbol> Units => _units;

    public IReadOnlyDictionary<string, Symbol> ObjectsByUri => _objectsByUri;

    public void Run()
    {
        foreach (var (path, state) in _compilation.DocumentStates.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            _diagnostics[path] = [.. state.Tree.Diagnostics];
            var unit = DeclareUnit(path, state);
            _units[path] = unit;
            _pathOfUnit[unit] = path;
        }

        if (_compilation.Options.SyntaxOnly)
        {
            return;
        }

        AssignUris();
        IndexObjects();
        foreach (var unit in _units.Values)
        {
            LinkHeader(unit);
        }

        foreach (var unit in _units.Values)
        {
            LinkContainment(unit);
        }

        foreach (var unit in _units.Values)
        {
            LinkParents(unit);
        }

        BreakInheritanceCycles();

        foreach (var unit in _units.Values)
        {
            ResolveMemberTypes(unit);
        }

        foreach (var unit in _units.Values)
        {
            BindUnit(unit);
        }

        foreach (var unit in _units.Values)
        {
            Validate(unit);
        }
    }

    public ImmutableDictionary<string, ImmutableArray<Diagnostic>> GetDiagnostics()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, ImmutableArray<Diagnostic>>(StringComparer.Ordinal);
        foreach (var (path, list) in _diagnostics)
        {
            builder[path] = [.. list.Select((d, i) => (d, i)).OrderBy(p => p.d.Span.Start).ThenBy(p => p.i).Select(p => p.d).Distinct()];
        }

        return builder.ToImmutable();
    }

    private void Report(UnitSymbol unit, Diagnostic diagnostic) => _diagnostics[_pathOfUnit[unit]].Add(diagnostic);

    private static IEnumerable<ConceptSymbol> AllConcepts(ConceptSymbol root)
    {
        var stack = new Stack<ConceptSymbol>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var concept = stack.Pop();
            yield return concept;
            for (var i = concept.NestedConcepts.Length - 1; i >= 0; i--)
            {
                stack.Push(concept.NestedConcepts[i]);
            }
        }
    }

    private IEnumerable<ConceptSymbol> AllModels() => _units.Values.Where(u => u.Model is not null).Select(u => u.Model!);
}
