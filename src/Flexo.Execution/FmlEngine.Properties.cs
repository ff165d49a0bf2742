using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Bound;
using Flexo.Runtime;
using Flexo.Runtime.Values;

namespace Flexo.Execution;

public sealed partial class FmlEngine
{
    private const int ExpressionAccessor = 0;
    private const int GetterAccessor = 1;
    private const int SetterAccessor = 2;
    private const int ListenedSourceAccessor = 4;

    /// <summary>
    /// Reads a property (FML.md §5.4): the effective property of the instance's concept (overrides and abstract
    /// properties resolved), else of the first container that has it. Expression and get properties are evaluated
    /// on every read, so they are never stale (D11).
    /// </summary>
    internal object? ReadProperty(Invocation? caller, ExecutionContext context, ConceptInstance instance, PropertySymbol property)
    {
        if (IsPlainStored(instance, property))
        {
            return instance.Get(property) ?? DefaultValue(property);
        }

        var (target, effective) = Locate(instance, property);
        switch (effective.Kind)
        {
            case PropertyKind.Expression when effective.ValueExpression is { } expression:
                return Invoke(context, caller, Accessor(effective, ExpressionAccessor, (effective, expression), static s => CodeCompiler.CompileExpression($"{s.effective.Owner.Name}.{s.effective.Name}", s.effective, s.expression, s.effective.Type)), target, []);
            case PropertyKind.GetSet:
                return effective.Getter is { } getter
                    ? Invoke(context, caller, Accessor(effective, GetterAccessor, (effective, getter), static s => CodeCompiler.CompileBlock($"{s.effective.Owner.Name}.{s.effective.Name}.get()", s.effective, s.getter, s.effective.Type, null)), target, [])
                    : throw new FmlRuntimeError($"'{effective.Name}' of {effective.Owner.Name} has no getter");
            case PropertyKind.Abstract:
            case PropertyKind.Expression:
                throw new FmlRuntimeError($"'{effective.Name}' is abstract in {effective.Owner.Name} and {target.Concept.Name} does not implement it");
            default:
                return target.Get(effective) is { } stored
                    ? effective.Kind is PropertyKind.TechnologyRole or PropertyKind.ModelSlot ? TechnologyRt.Load(Options, target, effective, stored) : stored
                    : DefaultValue(effective);
        }
    }

    /// <summary>
    /// A stored, single-valued, non-technology property declared by the instance's own concept: it is its own effective
    /// property, so it is read and written directly (the common case, kept off the general resolution path).
    /// </summary>
    private static bool IsPlainStored(ConceptInstance instance, PropertySymbol property) =>
        ReferenceEquals(property.Owner, instance.Concept)
        && property.Kind is PropertyKind.Primitive or PropertyKind.Java or PropertyKind.ConceptInstance
        && !property.Cardinality.IsMultiple;

    /// <summary>What an unset property reads: the Java default of a primitive type (0, false, '\0'), else null.</summary>
    private static object? DefaultValue(PropertySymbol property) =>
        property.Type is PrimitiveType primitive && !property.Cardinality.IsMultiple ? primitive.Kind switch
        {
            PrimitiveKind.Boolean => false,
            PrimitiveKind.Int => 0,
            PrimitiveKind.Long => 0L,
            PrimitiveKind.Double => 0.0,
            PrimitiveKind.Float => 0.0f,
            PrimitiveKind.Char => '\0',
            PrimitiveKind.Short => (short)0,
            PrimitiveKind.Byte => (sbyte)0,
            _ => null,
        } : null;

    internal object? ReadProperty(Invocation caller, ConceptInstance instance, PropertySymbol property) =>
        ReadProperty(caller, caller.Context, instance, property);

    /// <summary>Writes a property: stored values converted to the declared type; setters run; expression properties written through their path.</summary>
    internal object? WriteProperty(Invocation? caller, ExecutionContext context, ConceptInstance instance, PropertySymbol property, object? value)
    {
        if (IsPlainStored(instance, property))
        {
            var converted = ValueConversions.ToDeclaredType(value, property.Type);
            instance.Set(property, converted);
            return converted;
        }

        var (target, effective) = Locate(instance, property);
        switch (effective.Kind)
        {
            case PropertyKind.GetSet:
                if (effective.Setter is not { } setter)
                {
                    throw new FmlRuntimeError($"'{effective.Name}' of {effective.Owner.Name} is read-only (it has no setter)");
                }

                var converted = ValueConversions.ToDeclaredType(value, setter.Value.Type);
                Invoke(context, caller, Accessor(effective, SetterAccessor, (effective, setter), static s => CodeCompiler.CompileBlock($"{s.effective.Owner.Name}.{s.effective.Name}.set()", s.effective, s.setter.Body, PrimitiveType.Void, s.setter.Value)), target, [converted]);
                return converted;
            case PropertyKind.Expression when effective.ValueExpression is BoundPropertyAccess path:
                {
                    var receiver = Invoke(context, caller, Accessor(effective, ExpressionAccessor + 10, (effective, path), static s => CodeCompiler.CompileExpression($"{s.effective.Owner.Name}.{s.effective.Name}", s.effective, s.path.Receiver, s.path.Receiver.Type)), target, []);
                    return receiver is ConceptInstance next
                        ? WriteProperty(caller, context, next, path.Property, value)
                        : throw new FmlRuntimeError($"cannot set '{effective.Name}': its path reaches {Numbers.Describe(receiver)}");
                }

            case PropertyKind.Expression:
                throw new FmlRuntimeError($"'{effective.Name}' of {effective.Owner.Name} is computed ('values ...') and cannot be set");
            case PropertyKind.Abstract:
                throw new FmlRuntimeError($"'{effective.Name}' is abstract in {effective.Owner.Name} and {target.Concept.Name} does not implement it");
            default:
                {
                    if (effective.Kind is PropertyKind.TechnologyRole or PropertyKind.ModelSlot)
                    {
                        value = TechnologyRt.Store(Options, target, effective, value);
                    }

                    var stored = effective.Cardinality.IsMultiple ? value : ValueConversions.ToDeclaredType(value, effective.Type);
                    target.Set(effective, stored);
                    return stored;
                }
        }
    }

    internal object? WriteProperty(Invocation caller, ConceptInstance instance, PropertySymbol property, object? value) =>
        WriteProperty(caller, caller.Context, instance, property, value);

    /// <summary>The instance that holds the property (the instance, else a container) and its effective declaration.</summary>
    private (ConceptInstance Target, PropertySymbol Effective) Locate(ConceptInstance instance, PropertySymbol property)
    {
        for (var target = instance; target is not null; target = Outer(target))
        {
            if (Effective(target.Concept, property) is { } effective)
            {
                return (target, effective);
            }
        }

        throw new FmlRuntimeError($"an instance of {instance.Concept.Name} has no property '{property.Name}' (nor do its containers)");
    }

    /// <summary>The instance one level out: a model instance's container model instance, else the container, else the owning model instance.</summary>
    internal static ConceptInstance? Outer(ConceptInstance instance) =>
        instance is VirtualModelInstance model ? model.ContainerModelInstance : instance.Container ?? instance.ModelInstance;

    /// <summary>The property named like <paramref name="property"/> in <paramref name="concept"/> or its ancestors, most specialised first.</summary>
    private PropertySymbol? Effective(ConceptSymbol concept, PropertySymbol property)
    {
        if (ReferenceEquals(property.Owner, concept))
        {
            return property;
        }

        return _effective.GetOrAdd((concept, property), static key =>
        {
            var (concept, property) = key;
            foreach (var owner in concept.AllAncestors().Prepend(concept))
            {
                foreach (var candidate in owner.Properties)
                {
                    if (candidate.Name == property.Name && (candidate.Kind != PropertyKind.Abstract || ReferenceEquals(owner, property.Owner)))
                    {
                        return candidate;
                    }
                }
            }

            return null;
        });
    }

    private CompiledCode Accessor<TState>(Symbol symbol, int kind, TState state, Func<TState, CompiledCode> compile) =>
        _accessors.TryGetValue((symbol, kind), out var code) ? code : _accessors.GetOrAdd((symbol, kind), _ => compile(state));
}
