using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics;

/// <summary>The validation rules of FML.md §8.4 that apply to declarations (codes FML3xxx).</summary>
internal sealed partial class SemanticAnalyzer
{
    private readonly HashSet<(UnitSymbol Unit, string Alias)> _usedJavaImports = [];

    private void Validate(UnitSymbol unit)
    {
        if (unit.Model is null)
        {
            return;
        }

        foreach (var concept in AllConcepts(unit.Model))
        {
            ValidateMembers(unit, concept);
            ValidateAbstractness(unit, concept);
            ValidateContainer(unit, concept);
        }

        ValidateImports(unit);
    }

    private void ValidateMembers(UnitSymbol unit, ConceptSymbol concept)
    {
        var properties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in concept.Properties)
        {
            if (!properties.Add(property.Name))
            {
                Report(unit, SemanticErrors.DuplicateProperty(property.NameSpan, property.Name));
            }

            if (property.Cardinality.Upper is { } upper && (upper < 1 || upper < property.Cardinality.Lower))
            {
                var span = property.Declaration switch
                {
                    PropertyDeclarationSyntax { Cardinality: { } c } => c.Span,
                    _ => property.NameSpan,
                };
                Report(unit, SemanticErrors.InvalidCardinalityBounds(span, property.Cardinality.ToString()));
            }

            if (property.Kind == PropertyKind.Abstract && !concept.IsAbstract)
            {
                Report(unit, SemanticErrors.AbstractMemberInConcreteConcept(property.NameSpan, property.Name, concept.Name));
            }
        }

        var signatures = new HashSet<string>(StringComparer.Ordinal);
        foreach (var behaviour in concept.Behaviours)
        {
            if (behaviour.Kind != BehaviourKind.Listener && !signatures.Add(behaviour.Kind + ":" + behaviour.Signature))
            {
                var shown = behaviour.Kind switch
                {
                    BehaviourKind.Creation => "create" + (behaviour.IsAnonymous ? string.Empty : "::") + behaviour.Signature,
                    BehaviourKind.Deletion => "delete" + (behaviour.IsAnonymous ? string.Empty : "::") + behaviour.Signature,
                    _ => behaviour.Signature,
                };
                Report(unit, SemanticErrors.DuplicateBehaviour(behaviour.NameSpan, shown));
            }

            if (behaviour.IsAbstract && behaviour.HasBody)
            {
                Report(unit, SemanticErrors.AbstractWithBody(behaviour.NameSpan, behaviour.Name));
            }

            if (behaviour.IsAbstract && !concept.IsAbstract)
            {
                Report(unit, SemanticErrors.AbstractMemberInConcreteConcept(behaviour.NameSpan, behaviour.Name, concept.Name));
            }
        }
    }

    /// <summary>A concrete concept must implement the abstract properties and behaviours it inherits (FML3004).</summary>
    private void ValidateAbstractness(UnitSymbol unit, ConceptSymbol concept)
    {
        if (concept.IsAbstract || concept.Parents.IsDefaultOrEmpty || HasIncompleteHierarchy(concept))
        {
            return;
        }

        var missing = new List<string>();
        foreach (var property in MemberLookup.AllProperties(concept))
        {
            if (property.Kind == PropertyKind.Abstract && property.Owner != concept)
            {
                missing.Add("property '" + property.Name + "'");
            }
        }

        foreach (var behaviour in MemberLookup.AllBehaviours(concept))
        {
            if (behaviour.IsAbstract && behaviour.Owner != concept)
            {
                missing.Add("behaviour '" + behaviour.Signature + "'");
            }
        }

        if (missing.Count > 0)
        {
            Report(unit, SemanticErrors.AbstractMembersInConcreteConcept(concept.NameSpan, concept.Name, string.Join(", ", missing)));
        }
    }

    /// <summary>A concept's container must be its parents' container or a sub-concept of it (FML3005).</summary>
    private void ValidateContainer(UnitSymbol unit, ConceptSymbol concept)
    {
        var own = concept.ExplicitContainer ?? (concept.LexicalContainer is { IsModel: false } lexical ? lexical : null);
        if (own is null)
        {
            return;
        }

        foreach (var parent in concept.Parents)
        {
            if (parent.ApplicableContainer is { } inherited && !inherited.IsSuperConceptOf(own))
            {
                Report(unit, SemanticErrors.ContainerInconsistent(concept.NameSpan, concept.Name));
                return;
            }
        }
    }

    private void ValidateImports(UnitSymbol unit)
    {
        HashSet<UnitSymbol>? inherited = null;
        foreach (var (syntax, uri) in _info[unit].UriImports)
        {
            if (uri is not null && _unitsByUri.TryGetValue(uri, out var candidate) && !_usedImports.Contains((unit, candidate)))
            {
                // An import that makes the types of inherited members known counts as used (D25).
                inherited ??= UnitsOfInheritedTypes(unit);
                if (inherited.Contains(candidate))
                {
                    _usedImports.Add((unit, candidate));
                }
            }

            // Only imports of loaded models: other resources belong to adapters, which decide what using them means.
            if (uri is not null && syntax.Object is null && _unitsByUri.TryGetValue(uri, out var imported) && imported != unit
                && !_usedImports.Contains((unit, imported)) && (syntax.Alias is null || !_usedAliases.Contains((unit, syntax.Alias.Identifier.Text))))
            {
                Report(unit, SemanticErrors.UnusedImport(syntax.Resource.Span, uri));
            }
        }

        foreach (var header in unit.Tree.Root.Headers)
        {
            if (header is JavaImportDeclarationSyntax java)
            {
                var qualified = java.Name.ToString();
                var alias = java.Alias?.Identifier.Text ?? qualified[(qualified.LastIndexOf('.') + 1)..];
                if (!_usedJavaImports.Contains((unit, alias)))
                {
                    Report(unit, SemanticErrors.UnusedImport(java.Name.Span, qualified));
                }
            }
        }
    }

    internal void MarkJavaImportUsed(UnitSymbol unit, string alias) => _usedJavaImports.Add((unit, alias));

    /// <summary>The units declaring the ancestors of the unit's concepts and the concept types of their members.</summary>
    private static HashSet<UnitSymbol> UnitsOfInheritedTypes(UnitSymbol unit)
    {
        var result = new HashSet<UnitSymbol>();
        if (unit.Model is null)
        {
            return result;
        }

        foreach (var concept in AllConcepts(unit.Model))
        {
            foreach (var ancestor in concept.AllAncestors())
            {
                AddUnit(result, ancestor);
                foreach (var property in ancestor.Properties)
                {
                    AddUnit(result, (property.ElementType as ConceptType)?.Concept);
                }

                foreach (var behaviour in ancestor.Behaviours)
                {
                    AddUnit(result, (behaviour.ReturnType as ConceptType)?.Concept);
                    foreach (var parameter in behaviour.Parameters)
                    {
                        AddUnit(result, (parameter.Type as ConceptType)?.Concept);
                    }
                }
            }
        }

        return result;
    }

    private static void AddUnit(HashSet<UnitSymbol> units, ConceptSymbol? concept)
    {
        if (concept?.Unit is { } declaring)
        {
            units.Add(declaring);
        }
    }

    private readonly HashSet<(UnitSymbol Unit, string Alias)> _usedAliases = [];

    internal void MarkImportAliasUsed(UnitSymbol unit, string alias) => _usedAliases.Add((unit, alias));
}
