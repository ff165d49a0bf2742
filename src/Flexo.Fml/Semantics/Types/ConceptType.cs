namespace Flexo.Fml.Semantics;

/// <summary>
/// The type of instances of a concept, event, enum or model (a model's instances are virtual model instances).
/// With no concept it is <c>ConceptInstance</c>: any concept instance.
/// </summary>
public sealed class ConceptType : FmlType
{
    /// <summary>Creates the instance type of <paramref name="concept"/> (null: any concept instance).</summary>
    public ConceptType(ConceptSymbol? concept) => Concept = concept;

    /// <summary><c>ConceptInstance</c>: an instance of any concept.</summary>
    public static ConceptType AnyInstance { get; } = new(null);

    /// <summary>The concept, or null for <c>ConceptInstance</c>.</summary>
    public ConceptSymbol? Concept { get; }

    /// <inheritdoc />
    public override string DisplayName => Concept?.Name ?? "ConceptInstance";

    /// <inheritdoc />
    public override bool Equals(FmlType? other) => other is ConceptType c && ReferenceEquals(c.Concept, Concept);

    /// <inheritdoc />
    public override int GetHashCode() => Concept?.GetHashCode() ?? 17;
}

/// <summary><c>Concept&lt;C&gt;</c>: the concept C itself or one of its sub-concepts, as a value (<c>x.conceptType</c>).</summary>
public sealed class ConceptMetaType : FmlType
{
    /// <summary>Creates <c>Concept&lt;concept&gt;</c> (null: <c>Concept&lt;?&gt;</c>).</summary>
    public ConceptMetaType(ConceptSymbol? concept) => Concept = concept;

    /// <summary>The concept bound, or null for any concept.</summary>
    public ConceptSymbol? Concept { get; }

    /// <inheritdoc />
    public override string DisplayName => $"Concept<{Concept?.Name ?? "?"}>";

    /// <inheritdoc />
    public override bool Equals(FmlType? other) => other is ConceptMetaType c && ReferenceEquals(c.Concept, Concept);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(31, Concept);
}

/// <summary><c>MatchingSet</c>: the result of <c>begin match C from x</c>.</summary>
public sealed class MatchingSetType : FmlType
{
    /// <summary>Creates the matching-set type for <paramref name="concept"/> (null: untyped).</summary>
    public MatchingSetType(ConceptSymbol? concept) => Concept = concept;

    /// <summary>The matched concept, when known.</summary>
    public ConceptSymbol? Concept { get; }

    /// <inheritdoc />
    public override string DisplayName => "MatchingSet";

    /// <inheritdoc />
    public override bool Equals(FmlType? other) => other is MatchingSetType m && ReferenceEquals(m.Concept, Concept);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(37, Concept);
}

/// <summary><c>Resource&lt;T&gt;</c>: a resource whose data has type T (a model, a file of an adapter...).</summary>
public sealed class ResourceType : FmlType
{
    /// <summary>Creates <c>Resource&lt;dataType&gt;</c>.</summary>
    public ResourceType(FmlType dataType) => DataType = dataType;

    /// <summary>The type of the resource's data.</summary>
    public FmlType DataType { get; }

    /// <inheritdoc />
    public override string DisplayName => $"Resource<{DataType.DisplayName}>";

    /// <inheritdoc />
    public override bool Equals(FmlType? other) => other is ResourceType r && r.DataType.Equals(DataType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(41, DataType);
}
