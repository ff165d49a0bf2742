using Flexo.Fml.Semantics;
using Flexo.Runtime;
using Flexo.Runtime.Values;

namespace Flexo.Execution;

public sealed partial class FmlEngine
{
    /// <summary>
    /// Creates a top-level model instance (or, with <paramref name="container"/>, a contained one) and runs its creation
    /// scheme: the given one, else the anonymous <c>create</c> that fits the arguments.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="name">The instance name (its URI is <c>&lt;InstanceBaseUri&gt;/&lt;name&gt;.fml.rt</c>).</param>
    /// <param name="arguments">The creation scheme's arguments.</param>
    /// <param name="creationScheme">The creation scheme; null to pick the anonymous one.</param>
    /// <param name="container">The model instance that contains the new one, for a contained model.</param>
    /// <returns>The new model instance.</returns>
    public VirtualModelInstance CreateModelInstance(ConceptSymbol model, string name, IReadOnlyList<object?>? arguments = null, BehaviourSymbol? creationScheme = null, VirtualModelInstance? container = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(name);
        return Run(context =>
        {
            if (!model.IsModel)
            {
                throw new BadCallError($"{model.Name} is a concept, not a model: create it with CreateInstance");
            }

            var scheme = creationScheme ?? FindCreationScheme(model, arguments?.Count ?? 0);
            var args = PrepareArguments(model, scheme, arguments);
            return (VirtualModelInstance)Create(null, context, model, scheme, args, container, container is not null, ["name"], [name]);
        });
    }

    /// <summary>Creates a concept instance in a model instance (embedded in <paramref name="container"/> when given) and runs its creation scheme.</summary>
    /// <param name="owner">The model instance.</param>
    /// <param name="concept">The concept.</param>
    /// <param name="arguments">The creation scheme's arguments.</param>
    /// <param name="creationScheme">The creation scheme; null to pick the anonymous one.</param>
    /// <param name="container">The containing instance, for a concept declared inside another.</param>
    /// <returns>The new instance.</returns>
    public ConceptInstance CreateInstance(VirtualModelInstance owner, ConceptSymbol concept, IReadOnlyList<object?>? arguments = null, BehaviourSymbol? creationScheme = null, ConceptInstance? container = null)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(concept);
        return Run(context =>
        {
            var scheme = creationScheme ?? FindCreationScheme(concept, arguments?.Count ?? 0);
            var args = PrepareArguments(concept, scheme, arguments);
            return Create(null, context, concept, scheme, args, (object?)container ?? owner, true, [], []);
        });
    }

    /// <summary>Calls a behaviour on an instance (dynamic dispatch) and returns its result (null for none).</summary>
    /// <param name="receiver">The instance.</param>
    /// <param name="behaviour">The behaviour (of the instance's concept or an ancestor).</param>
    /// <param name="arguments">The arguments; trailing parameters with defaults may be left out.</param>
    /// <returns>The returned value.</returns>
    public object? Call(ConceptInstance receiver, BehaviourSymbol behaviour, IReadOnlyList<object?>? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(behaviour);
        return Run(context =>
        {
            var implementation = Dispatch(receiver.Concept, behaviour);
            var args = PrepareArguments(receiver.Concept, implementation, arguments);
            return Invoke(context, null, CodeOf(implementation), receiver, args);
        });
    }

    /// <summary>Calls the behaviour named <paramref name="name"/> that takes the given number of arguments.</summary>
    /// <param name="receiver">The instance.</param>
    /// <param name="name">The behaviour name.</param>
    /// <param name="arguments">The arguments.</param>
    /// <returns>The returned value.</returns>
    public object? Call(ConceptInstance receiver, string name, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        return Call(receiver, FindBehaviour(receiver.Concept, name, arguments.Length), arguments);
    }

    /// <summary>Reads a property by name (expression and get properties evaluated).</summary>
    /// <param name="instance">The instance.</param>
    /// <param name="property">The property name.</param>
    /// <returns>The value.</returns>
    public object? GetValue(ConceptInstance instance, string property)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return Run(context => ReadProperty(null, context, instance, FindPropertyOrFail(instance, property)));
    }

    /// <summary>Writes a property by name (converted to its declared type; setters run).</summary>
    /// <param name="instance">The instance.</param>
    /// <param name="property">The property name.</param>
    /// <param name="value">The value.</param>
    public void SetValue(ConceptInstance instance, string property, object? value)
    {
        ArgumentNullException.ThrowIfNull(instance);
        Run(context => WriteProperty(null, context, instance, FindPropertyOrFail(instance, property), value));
    }

    /// <summary>Deletes an instance: its default deletion scheme (D4), its contained instances (D23), then the instance (D22).</summary>
    /// <param name="instance">The instance.</param>
    public void Delete(ConceptInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        Run<object?>(context =>
        {
            Delete(null, context, instance, null, [], coreOnly: false);
            return null;
        });
    }

    /// <summary>Runs a compiled fragment (host expression, script command) on an optional instance with its variables.</summary>
    internal object? RunFragment(CompiledCode code, ConceptInstance? self, object?[] variables) =>
        Run(context => Invoke(context, null, code, self, variables));

    /// <summary>The behaviour named <paramref name="name"/> callable with <paramref name="count"/> arguments.</summary>
    public static BehaviourSymbol FindBehaviour(ConceptSymbol concept, string name, int count)
    {
        ArgumentNullException.ThrowIfNull(concept);
        var candidates = concept.AllAncestors().Prepend(concept)
            .SelectMany(o => o.Behaviours)
            .Where(b => b.Name == name && b.Kind == BehaviourKind.Action)
            .ToList();
        if (candidates.Count == 0)
        {
            throw new FmlExecutionException(ExecutionErrors.BadCall, $"{concept.Name} has no behaviour named '{name}'", []);
        }

        return candidates.FirstOrDefault(b => b.Parameters.Length == count)
            ?? candidates.FirstOrDefault(b => b.RequiredArgumentCount <= count && count <= b.Parameters.Length)
            ?? throw new FmlExecutionException(ExecutionErrors.BadCall, $"'{name}' of {concept.Name} takes {Arity(candidates[0])} argument(s), not {count}", []);
    }

    private static string Arity(BehaviourSymbol behaviour) =>
        behaviour.RequiredArgumentCount == behaviour.Parameters.Length
            ? behaviour.Parameters.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : $"{behaviour.RequiredArgumentCount} to {behaviour.Parameters.Length}";

    /// <summary>The anonymous creation scheme (own or inherited) that accepts <paramref name="count"/> arguments; null when the concept has none.</summary>
    internal static BehaviourSymbol? FindCreationScheme(ConceptSymbol concept, int count)
    {
        var schemes = concept.AllAncestors().Prepend(concept)
            .Select(o => o.Behaviours.Where(b => b.Kind == BehaviourKind.Creation).ToList())
            .FirstOrDefault(list => list.Count > 0);
        if (schemes is null)
        {
            return count == 0 ? null : throw new BadCallError($"{concept.Name} has no creation scheme; it takes no arguments");
        }

        return schemes.FirstOrDefault(b => b.IsAnonymous && b.Parameters.Length == count)
            ?? schemes.FirstOrDefault(b => b.IsAnonymous && b.RequiredArgumentCount <= count && count <= b.Parameters.Length)
            ?? schemes.FirstOrDefault(b => b.Parameters.Length == count)
            ?? schemes.FirstOrDefault(b => b.IsAnonymous && count < b.RequiredArgumentCount)
            ?? (count == 0 && !schemes.Any(b => b.IsAnonymous) ? null : throw new BadCallError($"no creation scheme of {concept.Name} takes {count} argument(s)"));
    }

    /// <summary>Checks the argument count against the parameters and converts each argument to its parameter's type.</summary>
    internal static object?[] PrepareArguments(ConceptSymbol concept, BehaviourSymbol? behaviour, IReadOnlyList<object?>? arguments)
    {
        arguments ??= [];
        if (behaviour is null)
        {
            return arguments.Count == 0 ? [] : throw new BadCallError($"{concept.Name} takes no creation arguments");
        }

        if (arguments.Count < behaviour.RequiredArgumentCount)
        {
            var missing = behaviour.Parameters[arguments.Count];
            throw new BadCallError($"missing argument for '{missing.Name}' of {CodeCompiler.Describe(behaviour)}");
        }

        if (arguments.Count > behaviour.Parameters.Length)
        {
            throw new BadCallError($"{CodeCompiler.Describe(behaviour)} takes at most {behaviour.Parameters.Length} argument(s), not {arguments.Count}");
        }

        var converted = new object?[arguments.Count];
        for (var i = 0; i < converted.Length; i++)
        {
            var parameter = behaviour.Parameters[i];
            try
            {
                converted[i] = ValueConversions.ToDeclaredType(arguments[i], parameter.Type);
            }
            catch (FmlRuntimeError e)
            {
                throw new BadCallError($"argument '{parameter.Name}' of {CodeCompiler.Describe(behaviour)}: {e.Message}");
            }
        }

        return converted;
    }

    private static PropertySymbol FindPropertyOrFail(ConceptInstance instance, string name)
    {
        for (var current = instance; current is not null; current = Outer(current))
        {
            if (current.FindProperty(name) is { } property)
            {
                return property;
            }
        }

        throw new BadCallError($"{instance.Concept.Name} has no property named '{name}'");
    }
}
