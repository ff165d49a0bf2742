using System.Collections.Immutable;
using System.Globalization;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics;

internal sealed partial class SemanticAnalyzer
{
    private readonly Dictionary<UnitSymbol, UnitInfo> _info = [];

    private UnitSymbol DeclareUnit(string path, DocumentState state)
    {
        var tree = state.Tree;
        var unit = new UnitSymbol(path, tree, state.Document.Uri);
        var info = new UnitInfo();
        _info[unit] = info;
        _pathOfUnit[unit] = path;
        _diagnostics.TryAdd(path, []);
        info.Adapters["FMLRT"] = _adapters.FmlRt;

        var namespaces = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var used = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var header in tree.Root.Headers)
        {
            switch (header)
            {
                case NamespaceDeclarationSyntax ns when ns.Uri.Value is string value:
                    namespaces[ns.Identifier.Text] = value;
                    break;
                case UseDeclarationSyntax use:
                    DeclareUse(unit, info, use, used);
                    break;
                case JavaImportDeclarationSyntax java:
                    var qualified = java.Name.ToString().Replace(" ", string.Empty, StringComparison.Ordinal);
                    info.JavaImports[java.Alias?.Identifier.Text ?? qualified[(qualified.LastIndexOf('.') + 1)..]] = qualified;
                    break;
                case TypedefDeclarationSyntax typedef:
                    info.Typedefs[typedef.Identifier.Text] = typedef;
                    break;
            }
        }

        unit.Namespaces = namespaces.ToImmutable();
        unit.UsedAdapters = used.ToImmutable();
        foreach (var header in tree.Root.Headers)
        {
            if (header is UriImportDeclarationSyntax import)
            {
                info.UriImports.Add((import, EvaluateConstantString(unit, import.Resource)));
            }
        }

        foreach (var member in tree.Root.Members)
        {
            switch (member)
            {
                case ConceptDeclarationSyntax { Kind: SyntaxKind.ModelDeclaration } model when unit.Model is null:
                    unit.Model = DeclareConcept(unit, model, null);
                    break;
                case ConceptDeclarationSyntax other when other.Kind != SyntaxKind.ModelDeclaration:
                    Report(unit, SemanticErrors.DeclarationOutsideModel(other.Identifier.Span, other.Identifier.Text));
                    break;
                case EnumDeclarationSyntax other:
                    Report(unit, SemanticErrors.DeclarationOutsideModel(other.Identifier.Span, other.Identifier.Text));
                    break;
            }
        }

        if (unit.Model is { } declaredModel)
        {
            foreach (var annotation in declaredModel.Annotations)
            {
                if (annotation.Tag == "URI" && !info.InvalidDeclaredUri)
                {
                    info.DeclaredUri = annotation.Value;
                }
            }
        }

        return unit;
    }

    private void DeclareUse(UnitSymbol unit, UnitInfo info, UseDeclarationSyntax use, ImmutableDictionary<string, string>.Builder used)
    {
        var name = use.Name.ToString();
        var alias = use.Identifier.Text;
        var adapter = _adapters.FindByModelSlot(name);
        if (adapter is null)
        {
            Report(unit, SemanticErrors.UnknownAdapter(use.Name.Span, name));
            info.UsesUnavailableAdapter = true;
            return;
        }

        if (!adapter.IsAvailable)
        {
            Report(unit, SemanticErrors.AdapterNotAvailable(use.Name.Span, adapter.DisplayName));
            info.UsesUnavailableAdapter = true;
        }

        info.Adapters[alias] = adapter;
        used[alias] = adapter.Id;
    }

    private ConceptSymbol DeclareConcept(UnitSymbol unit, MemberDeclarationSyntax syntax, ConceptSymbol? container)
    {
        var text = unit.Tree.Text;
        if (syntax is EnumDeclarationSyntax enumSyntax)
        {
            var enumSymbol = new ConceptSymbol(enumSyntax.Identifier.Text, ConceptKind.Enum, enumSyntax, text, container)
            {
                Unit = unit,
                Visibility = Symbol.ReadVisibility(enumSyntax.Modifiers),
                Annotations = ReadAnnotations(unit, enumSyntax.Annotations),
            };
            var values = ImmutableArray.CreateBuilder<EnumValueSymbol>();
            foreach (var value in enumSyntax.Values)
            {
                values.Add(new EnumValueSymbol(value.Identifier.Text, values.Count, enumSymbol, value, text));
            }

            enumSymbol.EnumValues = values.ToImmutable();
            return enumSymbol;
        }

        var declaration = (ConceptDeclarationSyntax)syntax;
        var kind = declaration.Kind switch
        {
            SyntaxKind.ModelDeclaration => ConceptKind.Model,
            SyntaxKind.EventDeclaration => ConceptKind.Event,
            _ => ConceptKind.Concept,
        };
        var concept = new ConceptSymbol(declaration.Identifier.Text, kind, declaration, text, container)
        {
            Unit = unit,
            Visibility = Symbol.ReadVisibility(declaration.Modifiers),
            IsAbstract = declaration.Modifiers.Contains(SyntaxKind.AbstractKeyword),
            Annotations = ReadAnnotations(unit, declaration.Annotations),
        };

        var properties = ImmutableArray.CreateBuilder<PropertySymbol>();
        var behaviours = ImmutableArray.CreateBuilder<BehaviourSymbol>();
        var nested = ImmutableArray.CreateBuilder<ConceptSymbol>();
        var invariants = ImmutableArray.CreateBuilder<InvariantSymbol>();
        foreach (var member in declaration.Members)
        {
            switch (member)
            {
                case PropertyDeclarationSyntax property:
                    properties.Add(new PropertySymbol(property.Identifier.Text,
                        property.Modifiers.Contains(SyntaxKind.AbstractKeyword) ? PropertyKind.Abstract : PropertyKind.Primitive,
                        concept, property, text) { Visibility = Symbol.ReadVisibility(property.Modifiers) });
                    break;
                case ExpressionPropertyDeclarationSyntax expression:
                    properties.Add(new PropertySymbol(expression.Identifier.Text, PropertyKind.Expression, concept, expression, text)
                    {
                        Visibility = Symbol.ReadVisibility(expression.Modifiers),
                    });
                    break;
                case GetSetPropertyDeclarationSyntax getSet:
                    properties.Add(new PropertySymbol(getSet.Identifier.Text, PropertyKind.GetSet, concept, getSet, text)
                    {
                        Visibility = Symbol.ReadVisibility(getSet.Modifiers),
                        IsSettable = getSet.Setter is not null,
                    });
                    break;
                case BehaviourDeclarationSyntax behaviour:
                    behaviours.Add(DeclareBehaviour(concept, behaviour, text));
                    break;
                case ListenerDeclarationSyntax listener:
                    behaviours.Add(new BehaviourSymbol("listen " + listener.EventType, BehaviourKind.Listener, concept, listener, text)
                    {
                        Visibility = Symbol.ReadVisibility(listener.Modifiers),
                        HasBody = listener.Body is not null,
                    });
                    break;
                case ConceptDeclarationSyntax or EnumDeclarationSyntax:
                    nested.Add(DeclareConcept(unit, member, concept));
                    break;
                case InvariantDeclarationSyntax or IterationInvariantDeclarationSyntax:
                    invariants.Add(new InvariantSymbol(concept, member, text));
                    break;
            }
        }

        concept.Properties = properties.ToImmutable();
        concept.Behaviours = behaviours.ToImmutable();
        concept.NestedConcepts = nested.ToImmutable();
        concept.Invariants = invariants.ToImmutable();
        return concept;
    }

    private static BehaviourSymbol DeclareBehaviour(ConceptSymbol owner, BehaviourDeclarationSyntax syntax, Text.SourceText text)
    {
        var kind = syntax.Kind switch
        {
            SyntaxKind.CreationSchemeDeclaration => BehaviourKind.Creation,
            SyntaxKind.DeletionSchemeDeclaration => BehaviourKind.Deletion,
            _ when syntax.KindClause is not null => BehaviourKind.Technology,
            _ => BehaviourKind.Action,
        };
        var behaviour = new BehaviourSymbol(syntax.Identifier?.Text ?? string.Empty, kind, owner, syntax, text)
        {
            Visibility = Symbol.ReadVisibility(syntax.Modifiers),
            IsAbstract = syntax.Modifiers.Contains(SyntaxKind.AbstractKeyword),
            HasBody = syntax.Body is not null,
            HasDeclaredReturnType = syntax.ReturnType is not null,
            TechnologyKind = syntax.KindClause?.Name.Text,
        };
        var parameters = ImmutableArray.CreateBuilder<ParameterSymbol>();
        foreach (var parameter in syntax.Parameters.Parameters)
        {
            parameters.Add(new ParameterSymbol(parameter.Identifier.Text, parameters.Count, parameter, text)
            {
                IsRequired = parameter.Modifiers.Contains(SyntaxKind.RequiredKeyword),
            });
        }

        behaviour.Parameters = parameters.ToImmutable();
        return behaviour;
    }

    /// <summary>Reads annotations, applying namespace aliases in their values (D6).</summary>
    private ImmutableArray<AnnotationData> ReadAnnotations(UnitSymbol unit, SyntaxList<AnnotationSyntax> annotations)
    {
        if (annotations.Count == 0)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<AnnotationData>(annotations.Count);
        foreach (var annotation in annotations)
        {
            var tag = annotation.Name.ToString();
            string? value = null;
            if (annotation.Value is { } expression)
            {
                value = EvaluateConstantString(unit, expression);
                if (value is null && tag == "URI")
                {
                    Report(unit, SemanticErrors.AnnotationNotString(expression.Span, tag));
                    _info[unit].InvalidDeclaredUri = true;
                }

                value ??= expression.ToString();
            }

            var pairs = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
            foreach (var pair in annotation.KeyValues)
            {
                pairs.Add(new(pair.Key.Text, EvaluateConstantString(unit, pair.Value) ?? pair.Value.ToString()));
            }

            result.Add(new AnnotationData(tag, value, pairs.ToImmutable(), ReadAnnotations(unit, annotation.NestedAnnotations)));
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Evaluates a unit-level constant expression: literals, namespace aliases and '+' (D6). Null when the
    /// expression uses anything else or an unknown alias.
    /// </summary>
    private static string? EvaluateConstantString(UnitSymbol unit, ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal => literal.Token.Value switch
        {
            string s => s,
            null => null,
            var other => Convert.ToString(other, CultureInfo.InvariantCulture),
        },
        IdentifierNameSyntax name => unit.Namespaces.GetValueOrDefault(name.Identifier.Text),
        ParenthesizedExpressionSyntax parenthesized => EvaluateConstantString(unit, parenthesized.Expression),
        BinaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.PlusToken } binary =>
            EvaluateConstantString(unit, binary.Left) is { } left && EvaluateConstantString(unit, binary.Right) is { } right ? left + right : null,
        _ => null,
    };
}
