using System.Collections.Immutable;
using Flexo.Fml.Semantics;
using Flexo.Runtime;
using Flexo.Runtime.Values;

namespace Flexo.Execution;

/// <summary>One problem found by <see cref="FmlEngine.Validate"/>.</summary>
/// <param name="Instance">The instance concerned.</param>
/// <param name="Code">The stable code (FML5009 for an invariant, FML5010 for a cardinality).</param>
/// <param name="Message">What does not hold.</param>
/// <param name="Location">Where the violated invariant is declared, when it is one.</param>
public sealed record Violation(ConceptInstance Instance, string Code, string Message, FmlStackFrame? Location);

public sealed partial class FmlEngine
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<InvariantSymbol, CompiledCode> _invariants = new();

    /// <summary>
    /// Validates a model instance (FML.md §5.10), its concept instances and its contained model instances: every
    /// invariant (<c>assert</c>) of their concepts and ancestors, and every cardinality (D7). Runs no <c>onfailure</c>
    /// fix. An invariant whose evaluation fails is reported as violated with the error's message.
    /// </summary>
    /// <param name="model">The model instance.</param>
    /// <returns>The violations, in instance order.</returns>
    public ImmutableArray<Violation> Validate(VirtualModelInstance model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var violations = ImmutableArray.CreateBuilder<Violation>();
        ValidateModel(model, violations);
        return violations.ToImmutable();
    }

    private void ValidateModel(VirtualModelInstance model, ImmutableArray<Violation>.Builder violations)
    {
        foreach (var instance in model.AllInstances.Prepend(model))
        {
            foreach (var invariant in instance.Concept.AllAncestors().Reverse().Append(instance.Concept).SelectMany(c => c.Invariants))
            {
                CheckInvariant(instance, invariant, violations);
            }
        }

        foreach (var violation in model.ValidateCardinalities())
        {
            violations.Add(new Violation(violation.Instance, ExecutionErrors.CardinalityViolated, violation.Message, null));
        }

        foreach (var contained in model.ContainedModelInstances)
        {
            ValidateModel(contained, violations);
        }
    }

    private void CheckInvariant(ConceptInstance instance, InvariantSymbol invariant, ImmutableArray<Violation>.Builder violations)
    {
        var code = _invariants.GetOrAdd(invariant, static i => CodeCompiler.CompileInvariant(i));
        var location = code.FrameAt(0);
        try
        {
            var failures = (List<object?>)Run(context => Invoke(context, null, code, instance, []))!;
            foreach (var failure in failures)
            {
                var (element, index) = failure is KeyValuePair<object?, int> pair ? (pair.Key, pair.Value) : (null, (int)failure!);
                var condition = invariant.Conditions[index].Syntax.ToString().Trim();
                var on = element is null ? "" : $" for {JavaText.ToJavaString(element)}";
                violations.Add(new Violation(instance, ExecutionErrors.InvariantViolated, $"invariant '{condition}' of {invariant.Owner.Name} does not hold on {Describe(instance)}{on}", location));
            }
        }
        catch (FmlExecutionException e)
        {
            violations.Add(new Violation(instance, ExecutionErrors.InvariantViolated, $"invariant of {invariant.Owner.Name} could not be evaluated on {Describe(instance)}: {e.Message}", location));
        }
    }

    private static string Describe(ConceptInstance instance) => $"{instance.Concept.Name} {instance.Uri}";
}
