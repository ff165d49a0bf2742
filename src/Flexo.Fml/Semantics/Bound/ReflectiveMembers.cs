namespace Flexo.Fml.Semantics.Bound;

/// <summary>The members of <c>Concept&lt;C&gt;</c> values that bind to a <see cref="BoundReflectiveCall"/> (docs/scripts.md).</summary>
public static class ReflectiveMembers
{
    /// <summary><c>c.name</c>: the concept's or model's name (String).</summary>
    public const string Name = "name";

    /// <summary><c>c.uri</c>: its URI (String).</summary>
    public const string Uri = "uri";

    /// <summary><c>m.concepts</c>: every concept a model declares, at any nesting level (List&lt;Concept&lt;?&gt;&gt;).</summary>
    public const string Concepts = "concepts";

    /// <summary><c>m.getFlexoConcept(name)</c>: the concept of a model with that name, or null (Concept&lt;?&gt;).</summary>
    public const string GetFlexoConcept = "getFlexoConcept";

    /// <summary><c>c.parentConcepts</c>: the parents named by <c>extends</c> (List&lt;Concept&lt;?&gt;&gt;).</summary>
    public const string ParentConcepts = "parentConcepts";

    /// <summary><c>c.isSuperConceptOf(d)</c>: true when d is c or inherits from it (boolean).</summary>
    public const string IsSuperConceptOf = "isSuperConceptOf";

    /// <summary><c>c.properties</c>: the properties, declared and inherited (List&lt;FlexoProperty&gt;).</summary>
    public const string Properties = "properties";

    /// <summary><c>c.behaviours</c>: the behaviours, declared and inherited (List&lt;FlexoBehaviour&gt;).</summary>
    public const string Behaviours = "behaviours";

    /// <summary><c>c.normalizedFML</c>: the declaration in the normalized layout, a model's whole unit (String).</summary>
    public const string NormalizedFml = "normalizedFML";

    /// <summary><c>c.fMLPrettyPrint</c>: the declaration as written, a model's whole unit (String).</summary>
    public const string FmlPrettyPrint = "fMLPrettyPrint";

    /// <summary><c>c.container</c>: the concept or model the declaration is written in, or null (Concept&lt;?&gt;).</summary>
    public const string Container = "container";
}
