using System.Globalization;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics;

internal sealed partial class SemanticAnalyzer
{
    private void ResolveMemberTypes(UnitSymbol unit)
    {
        if (unit.Model is null)
        {
            return;
        }

        foreach (var typedef in _info[unit].Typedefs.Keys)
        {
            _ = ResolveNamedType(unit, null, typedef, [], _info[unit].Typedefs[typedef].Type, report: true);
        }

        foreach (var concept in AllConcepts(unit.Model))
        {
            foreach (var property in concept.Properties)
            {
                ResolveProperty(unit, concept, property);
            }

            foreach (var behaviour in concept.Behaviours)
            {
                ResolveBehaviourSignature(unit, concept, behaviour);
            }
        }
    }

    private void ResolveProperty(UnitSymbol unit, ConceptSymbol concept, PropertySymbol property)
    {
        TypeSyntax typeSyntax;
        CardinalitySyntax? cardinality;
        switch (property.Declaration)
        {
            case PropertyDeclarationSyntax stored:
                typeSyntax = stored.Type;
                cardinality = stored.Cardinality;
                break;
            case ExpressionPropertyDeclarationSyntax expression:
                typeSyntax = expression.Type;
                cardinality = expression.Cardinality;
                break;
            case GetSetPropertyDeclarationSyntax getSet:
                typeSyntax = getSet.Type;
                cardinality = getSet.Cardinality;
                break;
            default:
                return;
        }

        if (property.Declaration is ExpressionPropertyDeclarationSyntax computed)
        {
            property.IsSettable = computed.Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax;
        }

        var element = ResolveType(unit, concept, typeSyntax);
        property.ElementType = element;
        property.Cardinality = ReadCardinality(cardinality);
        property.Type = property.Cardinality.IsMultiple ? ClassType.ListOf(element) : element;

        if (property.Declaration is PropertyDeclarationSyntax { Role: { } role })
        {
            ResolveRole(unit, property, role);
        }
        else if (property.Kind == PropertyKind.Primitive)
        {
            property.Kind = element switch
            {
                ConceptType { Concept.IsModel: true } => PropertyKind.ModelSlot,
                ConceptType => PropertyKind.ConceptInstance,
                PrimitiveType => PropertyKind.Primitive,
                ClassType c when IsPrimitiveLike(c) => PropertyKind.Primitive,
                TechnologyType => PropertyKind.TechnologyRole,
                _ => PropertyKind.Java,
            };
        }
    }

    private static bool IsPrimitiveLike(ClassType type) => type.QualifiedName is "java.lang.String" or "java.util.Date"
        or "java.lang.Integer" or "java.lang.Long" or "java.lang.Double" or "java.lang.Float" or "java.lang.Short"
        or "java.lang.Byte" or "java.lang.Character" or "java.lang.Boolean";

    private void ResolveRole(UnitSymbol unit, PropertySymbol property, KindClauseSyntax role)
    {
        var keyword = role.Name.Text;
        property.RoleKind = keyword;
        property.RoleAdapter = role.Qualifier?.Text;
        var entry = FindVocabulary(unit, role.Qualifier, role.Name, "role", VocabularyKind.Role, VocabularyKind.ModelSlot);
        if (property.Kind != PropertyKind.Abstract)
        {
            property.Kind = keyword switch
            {
                "ConceptInstance" => PropertyKind.ConceptInstance,
                "ModelInstance" => PropertyKind.ModelSlot,
                "PrimitiveRole" => PropertyKind.Primitive,
                _ when entry?.Kind == VocabularyKind.ModelSlot => PropertyKind.ModelSlot,
                _ => PropertyKind.TechnologyRole,
            };
        }

        if (entry is not null)
        {
            CheckKeywordArguments(unit, entry, role.Name, role.Arguments);
        }
    }

    /// <summary>Finds a vocabulary keyword: in the named adapter (<c>TA::K</c>), else in FML@RT and every used adapter.</summary>
    internal VocabularyEntry? FindVocabulary(UnitSymbol unit, SyntaxToken? qualifier, SyntaxToken name, string what, params VocabularyKind[] kinds)
    {
        var info = _info[unit];
        if (qualifier is not null)
        {
            if (!info.Adapters.TryGetValue(qualifier.Text, out var adapter))
            {
                if (!info.UsesUnavailableAdapter)
                {
                    Report(unit, SemanticErrors.UnknownAdapterAlias(qualifier.Span, qualifier.Text));
                }

                return null;
            }

            var qualified = adapter.Find(name.Text, kinds);
            if (qualified is null && adapter.IsAvailable)
            {
                Report(unit, SemanticErrors.UnknownKind(name.Span, what, name.Text));
            }

            return qualified;
        }

        foreach (var adapter in info.Adapters.Values.Distinct())
        {
            if (adapter.Find(name.Text, kinds) is { } entry)
            {
                return entry;
            }
        }

        if (!info.UsesUnavailableAdapter)
        {
            Report(unit, SemanticErrors.UnknownKind(name.Span, what, name.Text));
        }

        return null;
    }

    internal void CheckKeywordArguments(UnitSymbol unit, VocabularyEntry entry, KeywordArgumentListSyntax arguments)
    {
        foreach (var argument in arguments.Arguments)
        {
            if (!entry.Parameters.Contains(argument.Name.Text))
            {
                Report(unit, SemanticErrors.UnknownKeywordParameter(argument.Name.Span, entry.Keyword, argument.Name.Text));
            }
        }
    }

    /// <summary>D7: bounds as written; <c>[*,n]</c> is <c>[0,n]</c>; <c>[*,*]</c> and <c>...</c> are <c>[0,*]</c>; a name means many.</summary>
    private static Cardinality ReadCardinality(CardinalitySyntax? syntax)
    {
        if (syntax is null)
        {
            return Cardinality.ZeroOne;
        }

        if (syntax.Ellipsis is not null)
        {
            return Cardinality.ZeroMany;
        }

        return new Cardinality(Bound(syntax.Lower) ?? 0, Bound(syntax.Upper));
    }

    private static int? Bound(SyntaxToken? token) =>
        token is { Kind: SyntaxKind.NumericLiteralToken } && int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private void ResolveBehaviourSignature(UnitSymbol unit, ConceptSymbol concept, BehaviourSymbol behaviour)
    {
        switch (behaviour.Declaration)
        {
            case BehaviourDeclarationSyntax syntax:
                foreach (var parameter in behaviour.Parameters)
                {
                    var parameterSyntax = (ParameterSyntax)parameter.Declaration!;
                    parameter.Type = ResolveType(unit, concept, parameterSyntax.Type);
                }

                if (syntax.ReturnType is { } returnType)
                {
                    behaviour.ReturnType = ResolveType(unit, concept, returnType);
                }

                if (syntax.KindClause is { } kindClause)
                {
                    var entry = FindVocabulary(unit, kindClause.Qualifier, kindClause.Name, "behaviour kind", VocabularyKind.Behaviour);
                    if (entry is not null)
                    {
                        CheckKeywordArguments(unit, entry, kindClause.Name, kindClause.Arguments);
                    }
                }

                break;
            case ListenerDeclarationSyntax listener:
                behaviour.ListenedEvent = ResolveType(unit, concept, listener.EventType);
                break;
        }
    }
}
