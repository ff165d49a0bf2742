using System.Collections.Immutable;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics;

internal sealed partial class SemanticAnalyzer
{
    private readonly Dictionary<string, UnitSymbol> _unitsByUri = new(StringComparer.Ordinal);
    private readonly Dictionary<ConceptSymbol, Dictionary<string, ConceptSymbol>> _conceptsByName = [];
    private readonly Dictionary<ConceptSymbol, List<ConceptSymbol>> _containedModels = [];
    private readonly HashSet<ConceptSymbol> _incompleteHierarchies = [];

    /// <summary>
    /// True when a parent of the concept (or of a concept it inherits from or lives in) did not resolve: its members
    /// are then unknown, and names that might come from them are not reported (one error, not a cascade).
    /// </summary>
    internal bool HasIncompleteHierarchy(ConceptSymbol? concept)
    {
        if (_incompleteHierarchies.Count == 0 || concept is null)
        {
            return false;
        }

        for (ConceptSymbol? scope = concept; scope is not null; scope = scope.IsModel ? scope.ContainerModel : scope.LexicalContainer)
        {
            if (_incompleteHierarchies.Contains(scope) || scope.AllAncestors().Any(_incompleteHierarchies.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Units get their URI: @URI, else the host's computed URI; contained models derive theirs from the container's.</summary>
    private void AssignUris()
    {
        var done = new HashSet<UnitSymbol>();
        foreach (var unit in _units.Values)
        {
            AssignUri(unit, done, depth: 0);
        }
    }

    private void AssignUri(UnitSymbol unit, HashSet<UnitSymbol> done, int depth)
    {
        if (!done.Add(unit))
        {
            return;
        }

        var info = _info[unit];
        var containerPath = _compilation.DocumentStates[_pathOfUnit[unit]].Document.ContainerPath;
        if (containerPath is not null && _units.TryGetValue(containerPath, out var container) && depth < 64)
        {
            AssignUri(container, done, depth + 1);

            // The folder name (last segment of the host's URI) names a contained model, as in Openflexo.
            var hostUri = _compilation.DocumentStates[_pathOfUnit[unit]].Document.Uri;
            var segment = hostUri[(hostUri.LastIndexOf('/') + 1)..];
            unit.UnitUri = container.UnitUri + "/" + (segment.Length > 0 ? segment : (unit.Model?.Name ?? "Unnamed") + ".fml");
        }
        else if (info.DeclaredUri is { } declared)
        {
            unit.UnitUri = declared;
        }

        if (unit.Model is { } model && !info.InvalidDeclaredUri)
        {
            model.SetUri(unit.UnitUri);
            foreach (var nested in model.NestedConcepts)
            {
                AssignConceptUris(nested, unit.UnitUri);
            }
        }
    }

    private static void AssignConceptUris(ConceptSymbol concept, string ownerUri)
    {
        concept.SetUri(ownerUri + "#" + concept.Name);
        foreach (var nested in concept.NestedConcepts)
        {
            AssignConceptUris(nested, concept.Uri!);
        }
    }

    private void IndexObjects()
    {
        foreach (var (path, unit) in _units.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (unit.Model is not { } model || _info[unit].InvalidDeclaredUri)
            {
                continue;
            }

            if (_unitsByUri.TryGetValue(unit.UnitUri, out var other))
            {
                Report(unit, SemanticErrors.DuplicateUri(model.NameSpan, unit.UnitUri, _pathOfUnit[other]));
                continue;
            }

            _unitsByUri[unit.UnitUri] = unit;
            var byName = new Dictionary<string, ConceptSymbol>(StringComparer.Ordinal);
            _conceptsByName[model] = byName;
            foreach (var concept in AllConcepts(model))
            {
                if (concept.Uri is { } uri)
                {
                    _objectsByUri.TryAdd(uri, concept);
                }

                if (concept != model && !byName.TryAdd(concept.Name, concept))
                {
                    Report(unit, SemanticErrors.DuplicateConcept(concept.NameSpan, concept.Name, model.Name));
                }

                foreach (var property in concept.Properties)
                {
                    if (property.Uri is { } propertyUri)
                    {
                        _objectsByUri.TryAdd(propertyUri, property);
                    }
                }

                foreach (var value in concept.EnumValues)
                {
                    _objectsByUri.TryAdd(value.Uri!, value);
                }
            }
        }
    }

    /// <summary>The unit imported as <paramref name="alias"/> (<c>import [uri] as alias</c>), when it is a loaded unit.</summary>
    internal UnitSymbol? ImportAlias(UnitSymbol unit, string alias)
    {
        var imported = _info[unit].ImportAliases.GetValueOrDefault(alias);
        if (imported is not null)
        {
            _usedImports.Add((unit, imported));
        }

        return imported;
    }

    private readonly HashSet<(UnitSymbol Unit, UnitSymbol Imported)> _usedImports = [];

    /// <summary>True when <paramref name="alias"/> names a URI import of the unit (resolved or not).</summary>
    internal bool HasImportAlias(UnitSymbol unit, string alias) => _info[unit].ImportAliases.ContainsKey(alias);

    /// <summary>Behaviour URIs contain parameter names only, so they can be indexed once signatures are declared.</summary>
    private void IndexBehaviours()
    {
        foreach (var unit in _unitsByUri.Values)
        {
            foreach (var concept in AllConcepts(unit.Model!))
            {
                foreach (var behaviour in concept.Behaviours)
                {
                    if (behaviour.Kind != BehaviourKind.Listener && behaviour.Uri is { } uri)
                    {
                        _objectsByUri.TryAdd(uri, behaviour);
                    }
                }
            }
        }
    }

    /// <summary>Resolves URI imports (cyclic imports are fine: units are all declared before linking, D25).</summary>
    private void LinkHeader(UnitSymbol unit)
    {
        var info = _info[unit];
        var imported = ImmutableArray.CreateBuilder<UnitSymbol>();
        foreach (var (syntax, uri) in info.UriImports)
        {
            UnitSymbol? target = null;
            if (uri is null)
            {
                Report(unit, SemanticErrors.AnnotationNotString(syntax.Resource.Span, "import"));
            }
            else if (syntax.Object is null && !_unitsByUri.TryGetValue(uri, out target)
                && (uri.EndsWith(".fml", StringComparison.Ordinal) || !info.UsesUnavailableAdapter))
            {
                // Other resources (a metamodel, a diagram specification) belong to adapters; when the unit uses an
                // adapter Flexo does not provide, the warning on its 'use' already says they are not checked.
                Report(unit, SemanticErrors.UnresolvedImport(syntax.Resource.Span, uri));
            }

            if (target is not null && target != unit)
            {
                imported.Add(target);
            }

            if (syntax.Alias is { } alias)
            {
                info.ImportAliases[alias.Identifier.Text] = target;
            }
        }

        unit.ImportedUnits = imported.ToImmutable();
    }

    private void LinkContainment(UnitSymbol unit)
    {
        var containerPath = _compilation.DocumentStates[_pathOfUnit[unit]].Document.ContainerPath;
        if (unit.Model is { } model && containerPath is not null && _units.TryGetValue(containerPath, out var container)
            && container.Model is { } containerModel && containerModel != model)
        {
            model.ContainerModel = containerModel;
            if (!_containedModels.TryGetValue(containerModel, out var list))
            {
                _containedModels[containerModel] = list = [];
            }

            list.Add(model);
        }

        if (unit.Model is null)
        {
            return;
        }

        foreach (var concept in AllConcepts(unit.Model))
        {
            if (concept.Declaration is ConceptDeclarationSyntax { Inside: { } inside })
            {
                var type = ResolveType(unit, concept, inside.Type);
                if (type is ConceptType { Concept: { } target })
                {
                    concept.ExplicitContainer = target;
                }
                else if (!type.IsError)
                {
                    Report(unit, SemanticErrors.NotAConcept(inside.Type.Span, type.DisplayName));
                }
            }
        }
    }

    private void LinkParents(UnitSymbol unit)
    {
        if (unit.Model is null)
        {
            return;
        }

        foreach (var concept in AllConcepts(unit.Model))
        {
            if (concept.Declaration is not ConceptDeclarationSyntax { Extends: { } extends })
            {
                continue;
            }

            var parents = ImmutableArray.CreateBuilder<ConceptSymbol>();
            foreach (var typeSyntax in extends.Types)
            {
                var type = ResolveType(unit, concept, typeSyntax);
                if (type is not ConceptType { Concept: { } parent })
                {
                    _incompleteHierarchies.Add(concept);
                    if (!type.IsError)
                    {
                        Report(unit, SemanticErrors.NotAConcept(typeSyntax.Span, type.DisplayName));
                    }

                    continue;
                }

                var compatible = parent.Kind == concept.Kind || (concept.Kind == ConceptKind.Event && parent.Kind == ConceptKind.Concept);
                if (!compatible)
                {
                    Report(unit, SemanticErrors.InvalidParent(typeSyntax.Span, concept.Name, parent.Name));
                    continue;
                }

                if (!parents.Contains(parent))
                {
                    parents.Add(parent);
                }
            }

            concept.Parents = parents.ToImmutable();
        }
    }

    /// <summary>Detects inheritance cycles once every unit is linked, and cuts them so later phases terminate.</summary>
    private void BreakInheritanceCycles()
    {
        foreach (var unit in _units.Values)
        {
            if (unit.Model is null)
            {
                continue;
            }

            foreach (var concept in AllConcepts(unit.Model))
            {
                if (concept.Parents.Length > 0 && ReachesItself(concept))
                {
                    Report(unit, SemanticErrors.InheritanceCycle(concept.NameSpan, concept.Name));
                    concept.Parents = [];
                    _incompleteHierarchies.Add(concept);
                }
            }
        }
    }

    private static bool ReachesItself(ConceptSymbol concept)
    {
        var seen = new HashSet<ConceptSymbol>();
        var stack = new Stack<ConceptSymbol>(concept.Parents);
        while (stack.Count > 0)
        {
            var next = stack.Pop();
            if (next == concept)
            {
                return true;
            }

            if (seen.Add(next))
            {
                foreach (var parent in next.Parents)
                {
                    stack.Push(parent);
                }
            }
        }

        return false;
    }
}
