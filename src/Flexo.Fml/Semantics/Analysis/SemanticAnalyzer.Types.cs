using System.Collections.Immutable;
using Flexo.Fml.Semantics.Java;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics;

internal sealed partial class SemanticAnalyzer
{
    /// <summary>
    /// Resolves a written type in the context of <paramref name="context"/> (FML.md §3.11 order): typedefs, the unit's
    /// model and concepts (with container and parent models), imported units, Java imports, adapter types, then the
    /// default Java types. An unknown name is reported once (FML2001) and gives <see cref="UnresolvedType"/>.
    /// </summary>
    internal FmlType ResolveType(UnitSymbol unit, ConceptSymbol? context, TypeSyntax syntax, bool report = true)
    {
        switch (syntax)
        {
            case PredefinedTypeSyntax predefined:
                return PrimitiveOf(predefined.Keyword.Kind);
            case ArrayTypeSyntax array:
                return ClassType.ListOf(ResolveType(unit, context, array.ElementType, report));
            case WildcardTypeSyntax wildcard:
                return new WildcardType(wildcard.Bound is { } bound ? ResolveType(unit, context, bound, report) : null,
                    wildcard.BoundKeyword?.Kind == SyntaxKind.SuperKeyword);
            case TechnologyTypeSyntax technology:
                return ResolveTechnologyType(unit, technology, report);
            case GenericNameSyntax generic:
                {
                    var arguments = generic.TypeArguments.Arguments.Select(a => ResolveType(unit, context, a, report)).ToImmutableArray();
                    return ResolveNamedType(unit, context, generic.Identifier.Text, arguments, syntax, report);
                }

            case IdentifierNameSyntax name:
                return ResolveNamedType(unit, context, name.Identifier.Text, [], syntax, report);
            case QualifiedNameSyntax qualified:
                {
                    var arguments = qualified.Right is GenericNameSyntax g
                        ? g.TypeArguments.Arguments.Select(a => ResolveType(unit, context, a, report)).ToImmutableArray()
                        : [];
                    var text = string.Concat(qualified.DescendantTokens().Where(t => t.Kind is SyntaxKind.IdentifierToken or SyntaxKind.DotToken)
                        .TakeWhile(t => t.Kind != SyntaxKind.LessThanToken).Select(t => t.Text));
                    if (qualified.Right is GenericNameSyntax)
                    {
                        text = qualified.Left + "." + ((GenericNameSyntax)qualified.Right).Identifier.Text;
                    }

                    // Model.Concept and Outer.Inner name concepts through their containers.
                    if (LookupQualifiedConcept(unit, context, qualified) is { } inner)
                    {
                        return new ConceptType(inner);
                    }

                    if (JavaLibrary.ResolveClass(text, arguments) is { } java)
                    {
                        return java;
                    }

                    if (report)
                    {
                        Report(unit, SemanticErrors.UnknownType(syntax.Span, text));
                    }

                    return new UnresolvedType(text);
                }

            default:
                return ErrorType.Instance;
        }
    }

    private ConceptSymbol? LookupQualifiedConcept(UnitSymbol unit, ConceptSymbol? context, NameSyntax name)
    {
        switch (name)
        {
            case IdentifierNameSyntax simple:
                return LookupConcept(unit, context, simple.Identifier.Text);
            case QualifiedNameSyntax { Right: IdentifierNameSyntax right } qualified
                when LookupQualifiedConcept(unit, context, qualified.Left) is { } outer:
                var innerName = right.Identifier.Text;
                if (outer.IsModel && _conceptsByName.TryGetValue(outer, out var concepts) && concepts.TryGetValue(innerName, out var inModel))
                {
                    return inModel;
                }

                return outer.NestedConcepts.FirstOrDefault(c => c.Name == innerName);
            default:
                return null;
        }
    }

    private FmlType ResolveNamedType(UnitSymbol unit, ConceptSymbol? context, string name, ImmutableArray<FmlType> arguments, TypeSyntax syntax, bool report)
    {
        var info = _info[unit];
        if (info.Typedefs.TryGetValue(name, out var typedef))
        {
            if (!info.ResolvedTypedefs.TryGetValue(name, out var aliased))
            {
                info.ResolvedTypedefs[name] = ErrorType.Instance; // guards typedef cycles
                aliased = ResolveType(unit, null, typedef.Type, report);
                info.ResolvedTypedefs[name] = aliased;
            }

            return aliased;
        }

        switch (name)
        {
            case "ConceptInstance" or "FlexoConceptInstance":
                return arguments.Length == 1 ? arguments[0] : ConceptType.AnyInstance;
            case "VirtualModelInstance" or "FMLRTVirtualModelInstance":
                return arguments.Length == 1 ? arguments[0] : ConceptType.AnyInstance;
            case "Concept" or "FlexoConcept" or "FlexoConceptType":
                return new ConceptMetaType(arguments.Length == 1 && arguments[0] is ConceptType { Concept: { } bound } ? bound : null);
            case "MatchingSet":
                return new MatchingSetType(arguments.Length == 1 && arguments[0] is ConceptType { Concept: { } matched } ? matched : null);
            case "Resource" or "FlexoResource":
                return new ResourceType(arguments.Length == 1 ? arguments[0] : ClassType.Object);
        }

        if (report && IsScriptUnit(unit) && ReportIfAmbiguous(syntax.Span, name))
        {
            return new UnresolvedType(name);
        }

        if (LookupConcept(unit, context, name) is { } concept)
        {
            return new ConceptType(concept);
        }

        if (info.JavaImports.TryGetValue(name, out var qualified))
        {
            // A class Flexo's Java library does not describe stays opaque: its members are not checked.
            MarkJavaImportUsed(unit, name);
            return JavaLibrary.ResolveClass(qualified, arguments) ?? new ClassType(qualified, arguments);
        }

        if (JavaLibrary.ResolveClass(name, arguments) is { } java)
        {
            return java;
        }

        foreach (var (alias, adapter) in info.Adapters)
        {
            if (adapter.Find(name, VocabularyKind.Type) is not null)
            {
                return new TechnologyType(adapter.Id, name);
            }
        }

        if (info.UsesUnavailableAdapter)
        {
            // Most likely a type of the adapter Flexo cannot check (reported once on the 'use').
            return new TechnologyType("?", name);
        }

        if (report)
        {
            Report(unit, SemanticErrors.UnknownType(syntax.Span, name));
        }

        return new UnresolvedType(name);
    }

    private TechnologyType ResolveTechnologyType(UnitSymbol unit, TechnologyTypeSyntax syntax, bool report)
    {
        var info = _info[unit];
        var name = syntax.Name.Text;
        var arguments = syntax.Arguments.Arguments.Select(a => new KeyValuePair<string, string>(a.Name.Text, a.Value.ToString())).ToImmutableArray();
        if (syntax.Qualifier is { } qualifier)
        {
            if (!info.Adapters.TryGetValue(qualifier.Text, out var adapter))
            {
                if (report && !info.UsesUnavailableAdapter)
                {
                    Report(unit, SemanticErrors.UnknownAdapterAlias(qualifier.Span, qualifier.Text));
                }

                return new TechnologyType("?", name, arguments);
            }

            return new TechnologyType(adapter.Id, name, arguments);
        }

        foreach (var adapter in info.Adapters.Values)
        {
            if (adapter.Find(name, VocabularyKind.Type) is not null)
            {
                return new TechnologyType(adapter.Id, name, arguments);
            }
        }

        if (report && !info.UsesUnavailableAdapter)
        {
            Report(unit, SemanticErrors.UnknownKind(syntax.Name.Span, "technology type", name));
        }

        return new TechnologyType("?", name, arguments);
    }

    /// <summary>
    /// Concept lookup by name (FML.md §4.3): the enclosing concepts and the owning model (any nesting level),
    /// container models, parent models, contained models, then imported units (their models and concepts).
    /// </summary>
    internal ConceptSymbol? LookupConcept(UnitSymbol unit, ConceptSymbol? context, string name)
    {
        if (IsScriptUnit(unit))
        {
            return LookupInAllUnits(name);
        }

        for (var scope = context; scope is not null; scope = scope.LexicalContainer)
        {
            if (scope.Name == name)
            {
                return scope;
            }

            foreach (var nested in scope.NestedConcepts)
            {
                if (nested.Name == name)
                {
                    return nested;
                }
            }
        }

        var visited = new HashSet<ConceptSymbol>();
        if (unit.Model is { } model && LookupInModel(model, name, visited, includeRelatives: true) is { } found)
        {
            return found;
        }

        foreach (var imported in unit.ImportedUnits)
        {
            if (imported.Model is { } importedModel && LookupInModel(importedModel, name, visited, includeRelatives: false) is { } fromImport)
            {
                _usedImports.Add((unit, imported));
                return fromImport;
            }
        }

        return null;
    }

    private ConceptSymbol? LookupInModel(ConceptSymbol model, string name, HashSet<ConceptSymbol> visited, bool includeRelatives)
    {
        if (!visited.Add(model))
        {
            return null;
        }

        if (model.Name == name)
        {
            return model;
        }

        if (_conceptsByName.TryGetValue(model, out var byName) && byName.TryGetValue(name, out var concept))
        {
            return concept;
        }

        if (!includeRelatives)
        {
            return null;
        }

        if (model.ContainerModel is { } container && LookupInModel(container, name, visited, includeRelatives: true) is { } inContainer)
        {
            return inContainer;
        }

        foreach (var parent in model.Parents)
        {
            if (LookupInModel(parent, name, visited, includeRelatives: true) is { } inParent)
            {
                return inParent;
            }
        }

        if (_containedModels.TryGetValue(model, out var contained))
        {
            foreach (var child in contained)
            {
                if (LookupInModel(child, name, visited, includeRelatives: false) is { } inChild)
                {
                    return inChild;
                }
            }
        }

        return null;
    }

    private static PrimitiveType PrimitiveOf(SyntaxKind keyword) => keyword switch
    {
        SyntaxKind.BooleanKeyword => PrimitiveType.Boolean,
        SyntaxKind.CharKeyword => PrimitiveType.Char,
        SyntaxKind.ByteKeyword => PrimitiveType.Byte,
        SyntaxKind.ShortKeyword => PrimitiveType.Short,
        SyntaxKind.IntKeyword => PrimitiveType.Int,
        SyntaxKind.LongKeyword => PrimitiveType.Long,
        SyntaxKind.FloatKeyword => PrimitiveType.Float,
        SyntaxKind.DoubleKeyword => PrimitiveType.Double,
        _ => PrimitiveType.Void,
    };

}
