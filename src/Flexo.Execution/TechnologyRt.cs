using System.Reflection;
using Flexo.Fml.Semantics;
using Flexo.Runtime;
using Flexo.Runtime.Values;

namespace Flexo.Execution;

/// <summary>The run-time entry points of compiled code into technology adapters (fetch requests, members, property values).</summary>
internal static class TechnologyRt
{
    public static MethodInfo Method(string name) => typeof(TechnologyRt).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;

    /// <summary>The runtime serving <paramref name="adapterId"/> (an adapter identifier or an abbreviation), or null.</summary>
    public static ITechnologyRuntime? Find(Invocation inv, string? adapterId) => Find(inv.Context.Engine.Options, adapterId);

    public static ITechnologyRuntime? Find(EngineOptions options, string? adapterId)
    {
        if (adapterId is null)
        {
            return null;
        }

        foreach (var runtime in options.Technologies)
        {
            if (runtime.AdapterIds.Contains(adapterId))
            {
                return runtime;
            }
        }

        return null;
    }

    public static IEnumerator<object?> Fetch(Invocation inv, string adapterId, string request, string[] names, object?[] values, object? from, bool unique)
    {
        var runtime = Require(inv, adapterId, $"the fetch request {request}");
        var arguments = names.Select((name, i) => new KeyValuePair<string, object?>(name, values[i])).ToList();
        return Guard(adapterId, () => runtime.Fetch(new TechnologyFetchCall(adapterId, request, arguments, from, unique, inv.This)).GetEnumerator());
    }

    public static bool MoveNext(IEnumerator<object?> enumerator)
    {
        try
        {
            return enumerator.MoveNext();
        }
        catch (TechnologyException e)
        {
            throw new FmlRuntimeError(e.Message, e);
        }
    }

    public static object? Member(Invocation inv, string adapterId, object? receiver, string member, object?[] arguments, bool isCall)
    {
        if (receiver is null)
        {
            throw new FmlRuntimeError(isCall ? $"cannot call '{member}' on null" : $"cannot read '{member}' of null");
        }

        var runtime = Require(inv, adapterId, $"'{member}'");
        return Guard(adapterId, () => runtime.Member(new TechnologyMemberCall(adapterId, receiver, member, arguments, isCall)));
    }

    /// <summary>The value a reader of a technology property sees (the adapter may resolve a stored reference).</summary>
    public static object? Load(EngineOptions options, ConceptInstance instance, PropertySymbol property, object? value)
    {
        if (value is null || property.ElementType is not TechnologyType type || Find(options, type.Adapter) is not { } runtime)
        {
            return value;
        }

        if (property.Cardinality.IsMultiple)
        {
            // A multi-valued role read after a load holds references: each is resolved once, in place (the list is live).
            if (value is RoleList list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    var item = list[i];
                    if (item is not null)
                    {
                        var resolved = Guard(type.Adapter, () => runtime.Load(new TechnologyValueCall(type.Adapter, instance, property, item)));
                        if (!ReferenceEquals(resolved, item))
                        {
                            list[i] = resolved;
                        }
                    }
                }
            }

            return value;
        }

        return Guard(type.Adapter, () => runtime.Load(new TechnologyValueCall(type.Adapter, instance, property, value)));
    }

    /// <summary>The value to store in a technology property (the adapter may open a resource from a path).</summary>
    public static object? Store(EngineOptions options, ConceptInstance instance, PropertySymbol property, object? value)
    {
        if (value is null || property.Cardinality.IsMultiple || property.ElementType is not TechnologyType type || Find(options, type.Adapter) is not { } runtime)
        {
            return value;
        }

        return Guard(type.Adapter, () => runtime.Store(new TechnologyValueCall(type.Adapter, instance, property, value)));
    }

    private static ITechnologyRuntime Require(Invocation inv, string adapterId, string what) =>
        Find(inv, adapterId) ?? throw new AdapterUnavailableError($"{what} needs the '{adapterId}' technology adapter, which is not available in this engine");

    private static T Guard<T>(string adapterId, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (TechnologyException e)
        {
            throw new FmlRuntimeError(e.Message, e);
        }
    }
}
