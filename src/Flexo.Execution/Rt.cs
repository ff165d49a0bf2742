using System.Collections;
using System.Reflection;
using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Java;
using Flexo.Fml.Syntax;
using Flexo.Runtime;
using Flexo.Runtime.Values;

namespace Flexo.Execution;

/// <summary>
/// The helpers compiled code calls: property access, calls, creation, deletion, selection, matching, events. Each
/// reports a misuse as an <see cref="FmlRuntimeError"/>, which the engine turns into an FML error with a stack.
/// </summary>
internal static class Rt
{
    private static readonly Dictionary<string, MethodInfo> s_methods = typeof(Rt)
        .GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        .ToDictionary(m => m.Name);

    public static MethodInfo Method(string name) => s_methods[name];

    public static void CheckRequired(Invocation inv, object? value, string name)
    {
        if (value is null)
        {
            throw new FmlRuntimeError($"the required parameter '{name}' is null");
        }
    }

    public static void NoBody(Invocation inv) =>
        throw new FmlRuntimeError($"'{inv.Code.Name}' has no body: it is abstract and no sub-concept implements it");

    public static object? Unsupported(Invocation inv, string what) =>
        throw new FmlRuntimeError($"{what} cannot be executed");

    /// <summary>Rule G: code with an error diagnostic was reached.</summary>
    public static object? Unchecked(Invocation inv, string text) =>
        throw new UncheckedCodeError($"'{Shorten(text)}' did not check at load (see its error diagnostic) and cannot be evaluated");

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    public static object?[] Snapshot(Invocation inv, object? collection) => collection switch
    {
        null => throw new FmlRuntimeError("cannot iterate over null"),
        string => throw new FmlRuntimeError("cannot iterate over a String"),
        IDictionary map => [.. map.Keys.Cast<object?>()],
        IEnumerable sequence => [.. sequence.Cast<object?>()],
        _ => throw new FmlRuntimeError($"cannot iterate over {Numbers.Describe(collection)}"),
    };

    public static object? ContainerOf(Invocation inv, object? instance, int levels)
    {
        var current = instance as ConceptInstance;
        for (var i = 0; i < levels && current is not null; i++)
        {
            current = FmlEngine.Outer(current);
        }

        return current;
    }

    public static object? GetProperty(Invocation inv, object? receiver, PropertySymbol property) => receiver switch
    {
        null => null,
        ConceptInstance instance => inv.Context.Engine.ReadProperty(inv, instance, property),
        _ => throw new FmlRuntimeError($"cannot read '{property.Name}' of {Numbers.Describe(receiver)}: not a concept instance"),
    };

    public static object? AssignProperty(Invocation inv, object? receiver, PropertySymbol property, SyntaxKind op, object? value)
    {
        var instance = Target(receiver, property);
        var engine = inv.Context.Engine;
        if (op != SyntaxKind.EqualsToken)
        {
            var current = engine.ReadProperty(inv, instance, property);
            value = Operators.CompoundAssign(op, current, value, property.Type);
        }

        return engine.WriteProperty(inv, instance, property, value);
    }

    public static object? IncrementProperty(Invocation inv, object? receiver, PropertySymbol property, SyntaxKind op, bool postfix)
    {
        var instance = Target(receiver, property);
        var engine = inv.Context.Engine;
        var current = engine.ReadProperty(inv, instance, property);
        var updated = Operators.Unary(op, current);
        engine.WriteProperty(inv, instance, property, updated);
        return postfix ? current : updated;
    }

    private static ConceptInstance Target(object? receiver, PropertySymbol property) => receiver switch
    {
        ConceptInstance instance => instance,
        null => throw new FmlRuntimeError($"cannot set '{property.Name}' on null"),
        _ => throw new FmlRuntimeError($"cannot set '{property.Name}' on {Numbers.Describe(receiver)}: not a concept instance"),
    };

    public static object? BuiltIn(Invocation inv, object? receiver, string member) => Reflection.Member(inv, receiver, member);

    public static object? Reflective(Invocation inv, object? receiver, string member, object?[] arguments) =>
        Reflection.Call(inv, receiver, member, arguments);

    public static object? InvokeJava(Invocation inv, JavaMember member, object? receiver, object?[] arguments) =>
        JavaMembers.Invoke(member, receiver, arguments);

    public static object? CallBehaviour(Invocation inv, object? receiver, BehaviourSymbol behaviour, object?[] arguments, bool nonVirtual) => receiver switch
    {
        ConceptInstance instance => inv.Context.Engine.Call(inv, instance, behaviour, arguments, nonVirtual),
        null => throw new FmlRuntimeError($"cannot call '{behaviour.Name}' on null"),
        _ => throw new FmlRuntimeError($"cannot call '{behaviour.Name}' on {Numbers.Describe(receiver)}: not a concept instance"),
    };

    public static object? ParametersRecord(string[] names, object?[] values)
    {
        var record = FmlCollections.NewMap();
        for (var i = 0; i < names.Length; i++)
        {
            record[names[i]] = values[i];
        }

        return record;
    }

    public static bool InstanceOf(object? value, FmlType type) => TypeTests.IsInstance(value, type);

    public static object? CastToConcept(object? value, ConceptSymbol concept) => value switch
    {
        null => null,
        ConceptInstance instance when concept.IsSuperConceptOf(instance.Concept) => instance,
        _ => throw new FmlRuntimeError($"{Numbers.Describe(value)} cannot be cast to {concept.Name} (ClassCastException)"),
    };

    public static object? New(Invocation inv, ConceptSymbol concept, BehaviourSymbol? scheme, object?[] arguments, object? container, bool hasContainer, string[] optionNames, object?[] optionValues) =>
        inv.Context.Engine.Create(inv, concept, scheme, arguments, container, hasContainer, optionNames, optionValues);

    public static void Delete(Invocation inv, object? target, object? from, bool coreOnly)
    {
        switch (target)
        {
            case null:
                throw new FmlRuntimeError("cannot delete null");
            case ConceptInstance instance:
                inv.Context.Engine.Delete(inv, instance, null, [], coreOnly);
                break;
            default:
                throw new FmlRuntimeError($"cannot delete {Numbers.Describe(target)}: not a concept instance");
        }
    }

    public static object? DeleteWith(Invocation inv, object? target, BehaviourSymbol scheme, object?[] arguments)
    {
        inv.Context.Engine.Delete(inv, (ConceptInstance)target!, scheme, arguments, coreOnly: false);
        return null;
    }

    public static void Log(Invocation inv, object? value) =>
        inv.Context.Engine.Options.Log.Log(JavaText.ToJavaString(value), inv.Frame());

    public static void Fire(Invocation inv, object? value)
    {
        if (value is not ConceptInstance ev)
        {
            throw new FmlRuntimeError(value is null ? "cannot fire null" : $"cannot fire {Numbers.Describe(value)}: not an event instance");
        }

        var source = inv.This?.ModelInstance ?? throw new FmlRuntimeError("'fire' needs a model instance to fire on");
        inv.Context.Engine.Fire(inv, source, ev);
    }

    public static void Notify(Invocation inv, object? property, object? source) =>
        inv.Context.Engine.RaiseNotification(source as ConceptInstance ?? inv.This, JavaText.ToJavaString(property));

    public static object? TechnologyAction(Invocation inv, string adapter, string? adapterId, string action, string[] names, object?[] values, object? receiver, object? from)
    {
        var runtime = TechnologyRt.Find(inv, adapterId) ?? TechnologyRt.Find(inv, adapter)
            ?? throw new AdapterUnavailableError($"the edition action {adapter}::{action} needs the '{adapter}' technology adapter, which is not available in this engine");
        var arguments = names.Select((name, i) => new KeyValuePair<string, object?>(name, values[i])).ToList();
        try
        {
            return runtime.Execute(new TechnologyActionCall(adapter, action, arguments, receiver, from, inv.This));
        }
        catch (TechnologyException e)
        {
            throw new FmlRuntimeError($"{adapter}::{action}: {e.Message}", e);
        }
    }

    public static void Connect(Invocation inv, object? receiver, PropertySymbol? slot, object? resource)
    {
        if (slot is null)
        {
            throw new FmlRuntimeError("'connect' needs a model slot property");
        }

        var instance = Target(receiver, slot);
        inv.Context.Engine.WriteProperty(inv, instance, slot, resource);
    }

    public static ConceptInstance[] Candidates(Invocation inv, object? from, ConceptSymbol? concept) => from switch
    {
        VirtualModelInstance model => concept is null ? [.. model.AllInstances] : [.. model.InstancesOf(concept)],
        ConceptInstance instance => concept is null ? [.. instance.EmbeddedInstances] : [.. instance.EmbeddedInstancesOf(concept)],
        null => throw new FmlRuntimeError("cannot select from null"),
        IEnumerable sequence => [.. sequence.OfType<ConceptInstance>().Where(i => concept is null || concept.IsSuperConceptOf(i.Concept))],
        _ => throw new FmlRuntimeError($"cannot select from {Numbers.Describe(from)}"),
    };

    public static ConceptInstance[] IndexedCandidates(Invocation inv, object? from, ConceptSymbol? concept, PropertySymbol property, object? key) =>
        from is VirtualModelInstance model && concept is not null && !model.IsDeleted
            ? EqualityIndexes.For(model, concept, property).Lookup(key)
            : Candidates(inv, from, concept);

    public static MatchingSet NewMatchingSet(Invocation inv, ConceptSymbol? concept)
    {
        var set = new MatchingSet(concept);
        var context = inv.Context;
        set.SetReader((instance, property) => context.Engine.ReadProperty(inv, instance, property));
        return set;
    }

    public static MatchingSet ImplicitSet(Invocation inv, ConceptSymbol? concept, object? from)
    {
        inv.ImplicitSets ??= [];
        var key = ((object?)concept ?? "", from);
        if (!inv.ImplicitSets.TryGetValue(key!, out var set))
        {
            if (from is VirtualModelInstance { IsDeleted: false } model && concept is not null)
            {
                set = new MatchingSet(concept, model);
                var context = inv.Context;
                set.SetReader((instance, property) => context.Engine.ReadProperty(inv, instance, property));
            }
            else
            {
                set = NewMatchingSet(inv, concept);
                foreach (var candidate in Candidates(inv, from, concept))
                {
                    set.AddCandidate(candidate);
                }
            }

            inv.ImplicitSets[key!] = set;
        }

        return set;
    }

    public static MatchingSet ExplicitSet(Invocation inv, object? value) => value switch
    {
        MatchingSet set => set,
        null => throw new FmlRuntimeError("the matching set is null (was 'begin match' run?)"),
        _ => throw new FmlRuntimeError($"{Numbers.Describe(value)} is not a matching set"),
    };

    /// <summary>End of a behaviour: the leftovers of every implicit matching set are deleted (D1).</summary>
    public static void FinishImplicitSets(Invocation inv)
    {
        if (inv.ImplicitSets is not { } sets)
        {
            return;
        }

        inv.ImplicitSets = null;
        foreach (var set in sets.Values)
        {
            foreach (var leftover in set.Unmatched())
            {
                if (!leftover.IsDeleted)
                {
                    inv.Context.Engine.Delete(inv, leftover, null, [], coreOnly: false);
                }
            }

            set.Finish();
        }
    }
}

/// <summary>Rule G reached at run time.</summary>
internal sealed class UncheckedCodeError(string message) : Exception(message);

/// <summary>A technology adapter feature that is not available.</summary>
internal sealed class AdapterUnavailableError(string message) : Exception(message);
