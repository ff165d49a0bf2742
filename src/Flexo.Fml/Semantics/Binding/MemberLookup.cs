namespace Flexo.Fml.Semantics;

/// <summary>Finds the properties and behaviours a concept has, declared or inherited (most specialised first).</summary>
internal static class MemberLookup
{
    public static PropertySymbol? FindProperty(ConceptSymbol concept, string name)
    {
        if (concept.IsSealed)
        {
            return concept.FindPropertyFast(name);
        }

        foreach (var property in concept.Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        foreach (var ancestor in concept.AllAncestors())
        {
            foreach (var property in ancestor.Properties)
            {
                if (property.Name == name)
                {
                    return property;
                }
            }
        }

        return null;
    }

    /// <summary>Behaviours named <paramref name="name"/> that <paramref name="accept"/> takes; an override hides the parent version.</summary>
    public static List<BehaviourSymbol> FindBehaviours(ConceptSymbol concept, string name, Func<BehaviourSymbol, bool> accept)
    {
        var result = new List<BehaviourSymbol>();
        var signatures = new HashSet<string>(StringComparer.Ordinal);
        foreach (var owner in Enumerable.Repeat(concept, 1).Concat(concept.AllAncestors()))
        {
            foreach (var behaviour in owner.Behaviours)
            {
                if (behaviour.Name == name && accept(behaviour) && signatures.Add(SignatureKey(behaviour)))
                {
                    result.Add(behaviour);
                }
            }
        }

        return result;
    }

    /// <summary>Every behaviour of the concept (declared and inherited, overrides hiding parents' versions).</summary>
    public static IEnumerable<BehaviourSymbol> AllBehaviours(ConceptSymbol concept)
    {
        var signatures = new HashSet<string>(StringComparer.Ordinal);
        foreach (var owner in Enumerable.Repeat(concept, 1).Concat(concept.AllAncestors()))
        {
            foreach (var behaviour in owner.Behaviours)
            {
                if (signatures.Add(behaviour.Kind + ":" + SignatureKey(behaviour)))
                {
                    yield return behaviour;
                }
            }
        }
    }

    /// <summary>Every property of the concept (declared and inherited, the most specialised of each name).</summary>
    public static IEnumerable<PropertySymbol> AllProperties(ConceptSymbol concept)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var owner in Enumerable.Repeat(concept, 1).Concat(concept.AllAncestors()))
        {
            foreach (var property in owner.Properties)
            {
                if (names.Add(property.Name))
                {
                    yield return property;
                }
            }
        }
    }

    private static string SignatureKey(BehaviourSymbol behaviour) =>
        behaviour.Name + "(" + string.Join(",", behaviour.Parameters.Select(p => p.Type.DisplayName)) + ")";
}
