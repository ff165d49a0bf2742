using System.Collections.Immutable;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Scripts;
using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Semantics;

internal sealed partial class SemanticAnalyzer
{
    /// <summary>Where diagnostics of the fragment being bound go, instead of the unit it is bound in.</summary>
    private (UnitSymbol Unit, List<Diagnostic> Diagnostics)? _fragmentSink;

    private UnitSymbol? _scriptUnit;
    private Dictionary<string, List<ConceptSymbol>>? _conceptsOfAllUnits;

    /// <summary>
    /// The unit scripts are bound in: no model, no import, no namespace; FML@RT in scope; concept and model names
    /// resolve across every unit of the compilation (<see cref="LookupConcept"/>).
    /// </summary>
    private UnitSymbol ScriptUnit
    {
        get
        {
            if (_scriptUnit is null)
            {
                var unit = new UnitSymbol("<script>", SyntaxTree.Parse(string.Empty, "<script>"), string.Empty);
                var info = new UnitInfo();
                info.Adapters["FMLRT"] = _adapters.FmlRt;
                _info[unit] = info;
                _scriptUnit = unit;
            }

            return _scriptUnit;
        }
    }

    internal bool IsScriptUnit(UnitSymbol unit) => ReferenceEquals(unit, _scriptUnit);

    /// <summary>
    /// Binds a fragment in <paramref name="context"/>; its diagnostics (and only its) go to the result. Callers hold the
    /// compilation's binding lock.
    /// </summary>
    internal BoundFragment BindFragment(ExpressionSyntax syntax, FragmentContext context, bool asCondition, SourceText text, List<Diagnostic> diagnostics)
    {
        var concept = context.ThisConcept;
        UnitSymbol unit;
        if (concept is null)
        {
            unit = ScriptUnit;
        }
        else if (concept.Unit is { } owner && _pathOfUnit.TryGetValue(owner, out var path) && ReferenceEquals(_units.GetValueOrDefault(path), owner))
        {
            // The unit's own bodies are bound first, so that nothing of them is reported as the fragment's.
            EnsureBound(path);
            unit = owner;
        }
        else
        {
            throw new ArgumentException($"The concept '{concept.Name}' does not belong to this compilation.", nameof(context));
        }

        var saved = _fragmentSink;
        _fragmentSink = (unit, diagnostics);
        try
        {
            var binder = new Binder(this, unit, concept, null) { FragmentText = text };
            var (expression, variables, declared) = binder.BindFragment(syntax, context, asCondition);
            var sorted = diagnostics.Select((d, i) => (d, i)).OrderBy(p => p.d.Span.Start).ThenBy(p => p.i).Select(p => p.d).Distinct();
            return new BoundFragment(expression, variables, declared, [.. sorted]);
        }
        finally
        {
            _fragmentSink = saved;
        }
    }

    /// <summary>Diagnostics about the fragment being bound go to it; everything else to its unit.</summary>
    private bool TryReportToFragment(UnitSymbol unit, Diagnostic diagnostic)
    {
        if (_fragmentSink is { } sink && ReferenceEquals(sink.Unit, unit))
        {
            sink.Diagnostics.Add(diagnostic);
            return true;
        }

        return false;
    }

    /// <summary>Runs <paramref name="action"/> with no fragment being bound (a behaviour body bound on demand reports to its unit).</summary>
    private void OutsideFragment(Action action)
    {
        var saved = _fragmentSink;
        _fragmentSink = null;
        try
        {
            action();
        }
        finally
        {
            _fragmentSink = saved;
        }
    }

    /// <summary>Every model and concept (any nesting level) of every unit named <paramref name="name"/>, in path order.</summary>
    private List<ConceptSymbol> ConceptsOfAllUnits(string name)
    {
        if (_conceptsOfAllUnits is null)
        {
            var table = new Dictionary<string, List<ConceptSymbol>>(StringComparer.Ordinal);
            foreach (var (_, unit) in _units.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (unit.Model is not { } model)
                {
                    continue;
                }

                foreach (var concept in AllConcepts(model))
                {
                    if (!table.TryGetValue(concept.Name, out var list))
                    {
                        table[concept.Name] = list = [];
                    }

                    list.Add(concept);
                }
            }

            _conceptsOfAllUnits = table;
        }

        return _conceptsOfAllUnits.GetValueOrDefault(name) ?? [];
    }

    /// <summary>In a script: the only model or concept of the compilation with this name, or null (none, or several).</summary>
    private ConceptSymbol? LookupInAllUnits(string name) => ConceptsOfAllUnits(name) is [var single] ? single : null;

    /// <summary>In a script: reports FML6021 and returns true when several models or concepts have this name.</summary>
    internal bool ReportIfAmbiguous(TextSpan span, string name)
    {
        var candidates = ConceptsOfAllUnits(name);
        if (candidates.Count < 2)
        {
            return false;
        }

        var described = candidates.Select(c => c.IsModel ? $"the model {c.Name}" : $"{c.OwningModel.Name}.{c.Name}").ToList();
        Report(ScriptUnit, ScriptErrors.AmbiguousName(span, name, string.Join(", ", described[..^1]) + " or " + described[^1]));
        return true;
    }

    /// <summary>
    /// The concept named <paramref name="name"/> inside <paramref name="outer"/>: for a model, any concept it declares
    /// (any nesting level); for a concept, a concept nested in it. Used for <c>Model.Concept</c> written as a value.
    /// </summary>
    internal ConceptSymbol? FindInnerConcept(ConceptSymbol outer, string name)
    {
        if (outer.IsModel && _conceptsByName.TryGetValue(outer, out var concepts) && concepts.TryGetValue(name, out var inModel))
        {
            return inModel;
        }

        return outer.NestedConcepts.FirstOrDefault(c => c.Name == name);
    }

    /// <summary>Every concept declared in a model, at any nesting level, in declaration order (the model excluded).</summary>
    internal static ImmutableArray<ConceptSymbol> ConceptsOf(ConceptSymbol model) => [.. AllConcepts(model).Skip(1)];
}
