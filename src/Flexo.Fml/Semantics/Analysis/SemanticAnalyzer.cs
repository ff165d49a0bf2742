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

    private readonly SemanticResult? _previous;
    private readonly HashSet<string> _analysed = new(StringComparer.Ordinal);

    public SemanticAnalyzer(Compilation compilation, AdapterCatalog adapters, SemanticResult? previous)
    {
        _compilation = compilation;
        _adapters = adapters;
        _previous = previous;
    }

    public IReadOnlyDictionary<string, DocumentState> States => _compilation.DocumentStates;


    public IReadOnlyCollection<string> AnalysedPaths => _analysed;

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
        IndexBehaviours();
        foreach (var unit in _units.Values)
        {
            if (unit.Model is { } model)
            {
                foreach (var concept in AllConcepts(model))
                {
                    concept.Seal();
                }
            }
        }

        foreach (var unit in _units.Values)
        {
            ResolveMemberTypes(unit);
        }

        // Incremental re-check: declaring and linking (above) is redone for every unit, so the diagnostics of those
        // phases are always fresh. A unit whose own text is unchanged, and whose dependencies kept the same interface,
        // keeps its previous binding and validation diagnostics and is bound again only on demand (EnsureBound).
        var reused = new Dictionary<string, ImmutableArray<Diagnostic>>(StringComparer.Ordinal);
        var changedInterfaces = ChangedInterfaces();
        Dictionary<string, HashSet<string>>? references = null;
        foreach (var (path, unit) in _units)
        {
            var reuse = false;
            if (changedInterfaces is not null && ReferenceEquals(_previous!.States.GetValueOrDefault(path), _compilation.DocumentStates[path]))
            {
                if (changedInterfaces.Count == 0)
                {
                    // Only bodies changed: no other unit can see a difference.
                    reuse = true;
                }
                else
                {
                    references ??= _units.ToDictionary(p => p.Key, p => DirectReferences(p.Value), StringComparer.Ordinal);
                    reuse = !Closure(path, references).Overlaps(changedInterfaces);
                }
            }

            if (reuse)
            {
                reused[path] = _previous!.BodyDiagnostics[path];
            }
            else
            {
                _analysed.Add(path);
            }
        }

        foreach (var (path, list) in _diagnostics)
        {
            _globalCounts[path] = list.Count;
        }

        foreach (var path in _analysed.Order(StringComparer.Ordinal))
        {
            BindUnit(_units[path]);
        }

        foreach (var path in _analysed.Order(StringComparer.Ordinal))
        {
            Validate(_units[path]);
        }

        foreach (var (path, list) in _diagnostics)
        {
            if (reused.TryGetValue(path, out var body))
            {
                list.RemoveRange(_globalCounts[path], list.Count - _globalCounts[path]);
                list.AddRange(body);
            }

            _bodyDiagnostics[path] = [.. list.Skip(_globalCounts.GetValueOrDefault(path))];
        }
    }

    private readonly Dictionary<string, int> _globalCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<Diagnostic>> _bodyDiagnostics = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, ImmutableArray<Diagnostic>> BodyDiagnostics => _bodyDiagnostics;

    /// <summary>
    /// The paths whose interface differs from the previous compilation (added, removed, or declarations changed),
    /// or null when there is no previous compilation to reuse.
    /// </summary>
    private HashSet<string>? ChangedInterfaces()
    {
        if (_previous is null)
        {
            return null;
        }

        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, state) in _compilation.DocumentStates)
        {
            if (!_previous.States.TryGetValue(path, out var before)
                || (!ReferenceEquals(before, state) && before.Fingerprint != state.Fingerprint))
            {
                changed.Add(path);
            }
        }

        foreach (var path in _previous.States.Keys)
        {
            if (!_compilation.DocumentStates.ContainsKey(path))
            {
                changed.Add(path);
            }
        }

        return changed;
    }

    /// <summary>Every unit reachable from <paramref name="path"/> through <paramref name="references"/> (itself included).</summary>
    private static HashSet<string> Closure(string path, Dictionary<string, HashSet<string>> references)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { path };
        var queue = new Queue<string>();
        queue.Enqueue(path);
        while (queue.Count > 0)
        {
            foreach (var next in references[queue.Dequeue()])
            {
                if (result.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The units whose declarations the analysis of <paramref name="unit"/> reads directly: its imports, its container
    /// and contained models, and the units of every concept its concepts inherit from. (Dependencies are the
    /// transitive closure: a type reached through an imported unit's property may live in that unit's imports.)
    /// </summary>
    private HashSet<string> DirectReferences(UnitSymbol unit)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var direct = new List<UnitSymbol> { unit };
        direct.AddRange(unit.ImportedUnits);
        if (unit.Model is { } model)
        {
            for (var container = model.ContainerModel; container is not null; container = container.ContainerModel)
            {
                if (container.Unit is { } containerUnit)
                {
                    direct.Add(containerUnit);
                }
            }

            if (_containedModels.TryGetValue(model, out var contained))
            {
                direct.AddRange(contained.Where(c => c.Unit is not null).Select(c => c.Unit!));
            }
        }

        foreach (var dependency in direct)
        {
            result.Add(_pathOfUnit[dependency]);
            if (dependency.Model is null)
            {
                continue;
            }

            foreach (var concept in AllConcepts(dependency.Model))
            {
                foreach (var ancestor in concept.AllAncestors())
                {
                    if (ancestor.Unit is { } ancestorUnit)
                    {
                        result.Add(_pathOfUnit[ancestorUnit]);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Binds a unit skipped by the incremental check (its diagnostics are already known and kept).</summary>
    public void EnsureBound(string path)
    {
        if (_compilation.Options.SyntaxOnly || !_units.TryGetValue(path, out var unit) || !_analysed.Add(path))
        {
            return;
        }

        var kept = _diagnostics[path];
        _diagnostics[path] = [];
        BindUnit(unit);
        _diagnostics[path] = kept;
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

    private void Report(UnitSymbol unit, Diagnostic diagnostic)
    {
        if (!TryReportToFragment(unit, diagnostic))
        {
            _diagnostics[_pathOfUnit[unit]].Add(diagnostic);
        }
    }

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
