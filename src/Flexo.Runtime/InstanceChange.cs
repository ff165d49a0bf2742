using Flexo.Fml.Semantics;

namespace Flexo.Runtime;

/// <summary>What happened to an instance.</summary>
public enum InstanceChangeKind
{
    /// <summary>A concept instance (or contained model instance) was created and registered.</summary>
    Created,

    /// <summary>A single-valued property changed from <see cref="InstanceChange.OldValue"/> to <see cref="InstanceChange.NewValue"/>.</summary>
    PropertyChanged,

    /// <summary><see cref="InstanceChange.NewValue"/> was inserted at <see cref="InstanceChange.Index"/> of a multi-valued property.</summary>
    ElementAdded,

    /// <summary><see cref="InstanceChange.OldValue"/> was removed from <see cref="InstanceChange.Index"/> of a multi-valued property.</summary>
    ElementRemoved,

    /// <summary>The element at <see cref="InstanceChange.Index"/> of a multi-valued property was replaced.</summary>
    ElementReplaced,

    /// <summary>The instance was deleted: it is detached and no role references it any more.</summary>
    Deleted,
}

/// <summary>
/// One change of the instance model, raised after the change has been applied (the model already shows the new state).
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="Instance">The instance that changed (created, deleted, or whose property changed).</param>
/// <param name="Property">The property that changed (the effective one), or null for creation and deletion.</param>
/// <param name="OldValue">The previous value (property change, removal, replacement), else null.</param>
/// <param name="NewValue">The new value (property change, addition, replacement), else null.</param>
/// <param name="Index">The list index for element changes, else -1.</param>
public sealed record InstanceChange(
    InstanceChangeKind Kind,
    ConceptInstance Instance,
    PropertySymbol? Property,
    object? OldValue,
    object? NewValue,
    int Index)
{
    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        InstanceChangeKind.Created or InstanceChangeKind.Deleted => $"{Kind} {Instance.Concept.Name}",
        InstanceChangeKind.PropertyChanged => $"{Kind} {Instance.Concept.Name}.{Property?.Name}: {Format(OldValue)} -> {Format(NewValue)}",
        _ => $"{Kind} {Instance.Concept.Name}.{Property?.Name}[{Index}]: {Format(OldValue)} -> {Format(NewValue)}",
    };

    private static string Format(object? value) => value switch
    {
        null => "null",
        ConceptInstance instance => instance.Concept.Name + "#" + instance.FlexoId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "?",
    };
}

/// <summary>Receives the changes of the instances it observes.</summary>
public interface IInstanceObserver
{
    /// <summary>Called once per change, after the change is applied, on the mutating thread.</summary>
    /// <param name="change">The change.</param>
    void OnChange(InstanceChange change);
}
