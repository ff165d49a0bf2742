using Flexo.Fml.Semantics;
using Flexo.Runtime;
using Flexo.Runtime.Values;

namespace Flexo.Execution;

/// <summary>Built-in members of instances and of model objects (concepts, properties, behaviours) as values.</summary>
internal static class Reflection
{
    public static object? Member(Invocation inv, object? receiver, string member)
    {
        switch (receiver)
        {
            case null:
                return null;
            case ConceptInstance instance:
                return InstanceMember(inv, instance, member);
            case ConceptSymbol concept:
                return ConceptMember(concept, member);
            case PropertySymbol property:
                return member switch
                {
                    "name" => property.Name,
                    "uri" => property.Uri,
                    "type" => property.Type.DisplayName,
                    "flexoConcept" or "owner" => property.Owner,
                    _ => throw Unknown(receiver, member),
                };
            case BehaviourSymbol behaviour:
                return member switch
                {
                    "name" => behaviour.Name,
                    "uri" => behaviour.Uri,
                    "signature" => behaviour.Signature,
                    "flexoConcept" or "owner" => behaviour.Owner,
                    _ => throw Unknown(receiver, member),
                };
            case EnumValueSymbol value:
                return member switch
                {
                    "name" => value.Name,
                    "uri" => value.Uri,
                    "ordinal" => value.Ordinal,
                    _ => throw Unknown(receiver, member),
                };
            case MatchingSet set:
                return member switch
                {
                    "size" or "candidates" => member == "size" ? set.Candidates.Count : FmlCollections.NewList(set.Candidates),
                    _ => throw Unknown(receiver, member),
                };
            default:
                throw Unknown(receiver, member);
        }
    }

    /// <summary>A member of a model object with arguments (<c>getFlexoConcept("A")</c>, <c>isSuperConceptOf(c)</c>), or without.</summary>
    public static object? Call(Invocation inv, object? receiver, string member, object?[] arguments)
    {
        if (arguments.Length == 0)
        {
            return Member(inv, receiver, member);
        }

        switch (receiver, member, arguments)
        {
            case (null, _, _):
                throw new FmlRuntimeError($"cannot call '{member}' on null");
            case (ConceptSymbol model, "getFlexoConcept", [var name]):
                return name is string text
                    ? AllConcepts(model).OfType<ConceptSymbol>().FirstOrDefault(c => c.Name == text)
                    : throw new FmlRuntimeError($"getFlexoConcept needs a String, not {Numbers.Describe(name)}");
            case (ConceptSymbol concept, "isSuperConceptOf", [var other]):
                return other switch
                {
                    ConceptSymbol sub => concept.IsSuperConceptOf(sub),
                    null => false,
                    _ => throw new FmlRuntimeError($"isSuperConceptOf needs a concept, not {Numbers.Describe(other)}"),
                };
            default:
                throw Unknown(receiver, member);
        }
    }

    private static object? InstanceMember(Invocation inv, ConceptInstance instance, string member)
    {
        switch (member)
        {
            case "conceptType" or "flexoConcept":
                return instance.Concept;
            case "container":
                return FmlEngine.Outer(instance);
            case "virtualModelInstance" or "owningVirtualModelInstance":
                return instance.ModelInstance;
            case "virtualModelType":
                return instance.ModelInstance.Concept;
            case "resourceCenter":
                return null;
            case "uri":
                return instance.Uri;
            case "name" when instance is VirtualModelInstance named && instance.FindProperty("name") is null:
                return named.Name;
        }

        if (instance.FindProperty(member) is { } property)
        {
            return inv.Context.Engine.ReadProperty(inv, instance, property);
        }

        throw Unknown(instance, member);
    }

    private static object? ConceptMember(ConceptSymbol concept, string member) => member switch
    {
        "name" => concept.Name,
        "uri" => concept.Uri,
        "concepts" or "flexoConcepts" => FmlCollections.NewList(AllConcepts(concept)),
        "properties" or "flexoProperties" => FmlCollections.NewList(AllProperties(concept)),
        "behaviours" or "flexoBehaviours" => FmlCollections.NewList(AllBehaviours(concept)),
        "declaredProperties" => FmlCollections.NewList(concept.Properties),
        "declaredBehaviours" => FmlCollections.NewList(concept.Behaviours),
        "parentConcepts" or "parentFlexoConcepts" => FmlCollections.NewList(concept.Parents),
        "enumValues" => FmlCollections.NewList(concept.EnumValues),
        "isAbstract" => concept.IsAbstract,
        "containerConcept" or "container" => concept.IsModel ? concept.ContainerModel : concept.LexicalContainer,
        "owningVirtualModel" or "model" => concept.OwningModel,
        "fMLPrettyPrint" => concept.IsModel ? concept.Unit?.Tree.Text.ToString() : concept.Declaration?.ToString().Trim(),
        "normalizedFML" => concept.IsModel && concept.Unit is { } unit ? Fml.Formatting.FmlFormatter.Format(unit.Tree) : concept.Declaration?.ToString().Trim(),
        _ => throw Unknown(concept, member),
    };

    private static IEnumerable<object?> AllProperties(ConceptSymbol concept)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var owner in concept.AllAncestors().Prepend(concept))
        {
            foreach (var property in owner.Properties)
            {
                if (seen.Add(property.Name))
                {
                    yield return property;
                }
            }
        }
    }

    private static IEnumerable<object?> AllBehaviours(ConceptSymbol concept)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var owner in concept.AllAncestors().Prepend(concept))
        {
            foreach (var behaviour in owner.Behaviours)
            {
                if (seen.Add(behaviour.Kind + ":" + behaviour.Signature))
                {
                    yield return behaviour;
                }
            }
        }
    }

    private static IEnumerable<object?> AllConcepts(ConceptSymbol concept)
    {
        foreach (var nested in concept.NestedConcepts)
        {
            yield return nested;
            foreach (var inner in AllConcepts(nested))
            {
                yield return inner;
            }
        }
    }

    private static FmlRuntimeError Unknown(object receiver, string member) =>
        new($"{Describe(receiver)} has no member '{member}'");

    private static string Describe(object receiver) => receiver switch
    {
        ConceptInstance instance => $"an instance of {instance.Concept.Name}",
        ConceptSymbol concept => $"the concept {concept.Name}",
        Symbol symbol => $"'{symbol.Name}'",
        _ => Numbers.Describe(receiver),
    };
}
