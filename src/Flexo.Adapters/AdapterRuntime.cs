using System.Collections;
using Flexo.Execution;
using Flexo.Fml.Semantics;
using Flexo.Fml.Syntax;

namespace Flexo.Adapters;

/// <summary>
/// The run time of one adapter in one engine (an <see cref="ITechnologyRuntime"/>): runs its actions and fetch
/// requests, its types' members, opens the resource of a model slot given a path, and resolves stored references.
/// Adapter failures (.NET exceptions of the document layers) become FML run-time errors with the adapter's message.
/// </summary>
public sealed class AdapterRuntime : ITechnologyRuntime
{
    private readonly AdapterDefinition _adapter;

    internal AdapterRuntime(AdapterDefinition adapter, string baseDirectory)
    {
        _adapter = adapter;
        Resources = new AdapterResources(adapter, baseDirectory);
        AdapterIds = [adapter.Id];
    }

    /// <summary>The adapter.</summary>
    public AdapterDefinition Adapter => _adapter;

    /// <summary>The resources this run time has open.</summary>
    public AdapterResources Resources { get; }

    /// <inheritdoc />
    public IReadOnlyCollection<string> AdapterIds { get; }

    /// <inheritdoc />
    public object? Execute(TechnologyActionCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var entry = _adapter.Entry(call.Action) is { Action: { } } found ? found
            : throw new TechnologyException($"the {_adapter.DisplayName} adapter has no edition action '{call.Action}'");
        var context = Context(entry, call.Arguments, call.Receiver, call.From, unique: false, call.This);
        return Guard(() => ClrValues.ToFml(entry.Action!(context)));
    }

    /// <inheritdoc />
    public IEnumerable<object?> Fetch(TechnologyFetchCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var entry = _adapter.Entry(call.Request) is { Fetch: { } } found ? found
            : throw new TechnologyException($"the {_adapter.DisplayName} adapter has no fetch request '{call.Request}'");
        var context = Context(entry, call.Arguments, null, call.From, call.Unique, call.This);
        return Stream(Guard(() => entry.Fetch!(context)));
    }

    /// <inheritdoc />
    public object? Member(TechnologyMemberCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var receiver = Materialize(call.Receiver)!;
        var arguments = call.Arguments.Select(Materialize).ToArray();
        foreach (var member in _adapter.MembersOf(receiver))
        {
            if (member.Name == call.Member && member.IsMethod == call.IsCall && member.Parameters.Length == arguments.Length && Fits(member, arguments))
            {
                var converted = arguments.Select((a, i) => ClrValues.ToClr(a, member.Parameters[i], $"argument {i + 1} of {call.Member}")).ToArray();
                return Guard(() => ClrValues.ToFml(member.Invoke(receiver, converted)));
            }
        }

        throw new TechnologyException($"{_adapter.KeywordOf(receiver.GetType()) ?? receiver.GetType().Name} has no member '{call.Member}' taking {arguments.Length} argument(s) of these types");
    }

    /// <inheritdoc />
    public object? Store(TechnologyValueCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Property.Kind == PropertyKind.ModelSlot && call.Value is string path && call.Property.ElementType is TechnologyType type)
        {
            return Guard(() => Resources.OpenResource(path, SettingsOf(call.Property), type.Name));
        }

        return call.Value;
    }

    /// <inheritdoc />
    public object? Load(TechnologyValueCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.Value is TechnologyReference ? Materialize(call.Value) : call.Value;
    }

    /// <summary>The settings written on a model slot's declaration: its literal keyword arguments.</summary>
    internal static SlotSettings SettingsOf(PropertySymbol property)
    {
        if (property.Declaration is not PropertyDeclarationSyntax { Role.Arguments: { } arguments })
        {
            return SlotSettings.Empty;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in arguments.Arguments)
        {
            if (argument.Value is LiteralExpressionSyntax literal)
            {
                values[argument.Name.Text] = literal.Token.Value;
            }
        }

        return new SlotSettings(values);
    }

    /// <summary>A stored reference resolved (and kept), or the value itself.</summary>
    internal object? Materialize(object? value)
    {
        if (value is not TechnologyReference reference)
        {
            return value;
        }

        return reference.Target ??= Guard(() => Resources.Resolve(reference.Uri, null));
    }

    private TechnologyCall Context(EntryDefinition entry, IReadOnlyList<KeyValuePair<string, object?>> arguments, object? receiver, object? from, bool unique, Runtime.ConceptInstance? self)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            values[name] = Materialize(value);
        }

        foreach (var (name, _, required) in entry.Parameters.Items)
        {
            if (required && (!values.TryGetValue(name, out var given) || given is null))
            {
                throw new TechnologyException($"{entry.Keyword} needs a value for '{name}'");
            }
        }

        return new TechnologyCall(entry.Keyword, values, Materialize(receiver), Materialize(from), unique, self, Resources);
    }

    private static bool Fits(MemberDefinition member, object?[] arguments)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            var type = member.Parameters[i];
            var value = arguments[i];
            var fits = value is null ? !type.IsValueType
                : type == typeof(object) || type.IsInstanceOfType(value)
                || (type == typeof(string) && value is char)
                || (type == typeof(int) || type == typeof(long) ? value is int or long or short or sbyte or byte or char
                : (type == typeof(double) && value is int or long or double or float));
            if (!fits)
            {
                return false;
            }
        }

        return true;
    }

    private IEnumerable<object?> Stream(IEnumerable sequence)
    {
        var enumerator = Guard(sequence.GetEnumerator);
        try
        {
            while (Guard(enumerator.MoveNext))
            {
                yield return ClrValues.ToFml(enumerator.Current);
            }
        }
        finally
        {
            (enumerator as IDisposable)?.Dispose();
        }
    }

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (TechnologyException)
        {
            throw;
        }
        catch (Exception e) when (e is not (OutOfMemoryException or StackOverflowException))
        {
            throw new TechnologyException($"{_adapter.DisplayName}: {e.Message}", e);
        }
    }
}
