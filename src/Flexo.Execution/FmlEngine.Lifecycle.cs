using Flexo.Fml.Semantics;
using Flexo.Runtime;
using Flexo.Runtime.Values;

namespace Flexo.Execution;

public sealed partial class FmlEngine
{
    /// <summary>
    /// <c>new C(...)</c>: a model instance (top-level, or contained in the running model instance or the given one) or
    /// a concept instance (in the receiver's model instance; embedded in the given container, else in the nearest
    /// running instance of the concept's container concept). Role initialisers run, then the creation scheme (D14: an
    /// inherited scheme runs on an instance of the named concept). A failure removes the half-made instance.
    /// </summary>
    internal ConceptInstance Create(Invocation? caller, ExecutionContext context, ConceptSymbol concept, BehaviourSymbol? scheme, object?[] arguments, object? container, bool hasContainer, string[] optionNames, object?[] optionValues)
    {
        var created = concept.IsModel
            ? CreateModel(caller, concept, container, hasContainer, optionNames, optionValues)
            : CreateConcept(caller, concept, container, hasContainer);
        Initialize(caller, context, created, scheme, arguments);
        return created;
    }

    internal ConceptInstance Create(Invocation caller, ConceptSymbol concept, BehaviourSymbol? scheme, object?[] arguments, object? container, bool hasContainer, string[] optionNames, object?[] optionValues) =>
        Create(caller, caller.Context, concept, scheme, arguments, container, hasContainer, optionNames, optionValues);

    private VirtualModelInstance CreateModel(Invocation? caller, ConceptSymbol model, object? container, bool hasContainer, string[] optionNames, object?[] optionValues)
    {
        string? name = null;
        for (var i = 0; i < optionNames.Length; i++)
        {
            switch (optionNames[i])
            {
                case "name":
                    name = optionValues[i] as string ?? throw new FmlRuntimeError($"the name of a new {model.Name} must be a String, not {Numbers.Describe(optionValues[i])}");
                    break;
                case "title" or "description":
                    break;
                default:
                    throw new BadCallError($"'{optionNames[i]}' is not an option of 'new {model.Name}() with (...)'; use name, title or description");
            }
        }

        name ??= model.Name;
        if (ContainerModelOf(model) is null && !hasContainer)
        {
            var created = VirtualModelInstance.Create(model, name, Options.InstanceBaseUri, Options.UserId);
            Attach(created);
            return created;
        }

        var owner = container switch
        {
            VirtualModelInstance explicitOwner => explicitOwner,
            null when hasContainer => throw new FmlRuntimeError($"cannot create {model.Name} in null"),
            null => FindModelContainer(caller?.This, model) ?? throw new FmlRuntimeError(
                $"{model.Name} is contained in {ContainerModelOf(model)?.Name}: create it from an instance of {ContainerModelOf(model)?.Name} (or with x.new {model.Name}())"),
            _ => throw new FmlRuntimeError($"a model instance cannot be created in {Numbers.Describe(container)}"),
        };
        return owner.CreateContainedModelInstance(model, name);
    }

    /// <summary>The model whose instances contain instances of <paramref name="model"/>: the model of its container unit (a contained model, FML.md §6.2).</summary>
    private static ConceptSymbol? ContainerModelOf(ConceptSymbol model) =>
        model.ContainerModel;

    private static VirtualModelInstance? FindModelContainer(ConceptInstance? self, ConceptSymbol model)
    {
        for (var current = self?.ModelInstance; current is not null; current = current.ContainerModelInstance)
        {
            if (ContainerModelOf(model) is { } expected && expected.IsSuperConceptOf(current.Concept))
            {
                return current;
            }
        }

        return null;
    }

    private static ConceptInstance CreateConcept(Invocation? caller, ConceptSymbol concept, object? container, bool hasContainer)
    {
        switch (container)
        {
            case VirtualModelInstance owner:
                return owner.CreateInstance(concept);
            case ConceptInstance explicitContainer:
                return explicitContainer.ModelInstance.CreateInstance(concept, explicitContainer);
            case null when hasContainer:
                throw new FmlRuntimeError($"cannot create {concept.Name} in null");
            case null:
                {
                    var self = caller?.This ?? throw new FmlRuntimeError($"'new {concept.Name}()' needs a model instance: write vmi.new {concept.Name}()");
                    if (concept.ApplicableContainer is { } expected)
                    {
                        for (var current = self; current is not null && current is not VirtualModelInstance; current = current.Container)
                        {
                            if (expected.IsSuperConceptOf(current.Concept))
                            {
                                return current.ModelInstance.CreateInstance(concept, current);
                            }
                        }

                        throw new FmlRuntimeError($"{concept.Name} lives inside {expected.Name}: create it with x.new {concept.Name}() where x is a {expected.Name}");
                    }

                    return self.ModelInstance.CreateInstance(concept);
                }

            default:
                throw new FmlRuntimeError($"cannot create {concept.Name} in {Numbers.Describe(container)}");
        }
    }

    /// <summary>Role initialisers (most general concept first), then the creation scheme; removes the instance on failure.</summary>
    private void Initialize(Invocation? caller, ExecutionContext context, ConceptInstance instance, BehaviourSymbol? scheme, object?[] arguments)
    {
        try
        {
            foreach (var (property, code) in InitializersOf(instance.Concept))
            {
                var value = Invoke(context, caller, code, instance, []);
                WriteProperty(caller, context, instance, property, value);
            }

            if (scheme is not null)
            {
                Invoke(context, caller, CodeOf(scheme), instance, arguments);
            }
            else if (arguments.Length > 0)
            {
                throw new BadCallError($"{instance.Concept.Name} has no creation scheme taking {arguments.Length} argument(s)");
            }
        }
        catch
        {
            if (!instance.IsDeleted)
            {
                try
                {
                    instance.Delete();
                }
                catch (FmlRuntimeException)
                {
                    // The original failure is what the user needs to see.
                }
            }

            throw;
        }
    }

    /// <summary>The stored properties with an initialiser, most general concept first, with their compiled initialisers.</summary>
    private (PropertySymbol Property, CompiledCode Code)[] InitializersOf(ConceptSymbol concept) => _initializers.GetOrAdd(concept, c =>
        [.. c.AllAncestors().Reverse().Append(c)
            .SelectMany(owner => owner.Properties)
            .Where(p => p.Initializer is not null && IsStored(p.Kind))
            .Select(p => (p, CodeCompiler.CompileExpression($"{p.Owner.Name}.{p.Name} (initial value)", p, p.Initializer!, p.Type)))]);

    private static bool IsStored(PropertyKind kind) =>
        kind is PropertyKind.Primitive or PropertyKind.Java or PropertyKind.ConceptInstance or PropertyKind.ModelSlot or PropertyKind.TechnologyRole;

    /// <summary>
    /// Deletes an instance (FML.md §5.8, D4, D22, D23): the given deletion scheme, else the default one (the anonymous
    /// <c>delete()</c> of the run-time concept), unless <paramref name="coreOnly"/> (<c>delete this;</c> in a scheme);
    /// then every contained instance by this same procedure while still attached; then the instance itself.
    /// </summary>
    internal void Delete(Invocation? caller, ExecutionContext context, ConceptInstance instance, BehaviourSymbol? scheme, object?[] arguments, bool coreOnly)
    {
        if (instance.IsDeleted)
        {
            throw new FmlRuntimeError($"the {instance.Concept.Name} {instance.Uri} is already deleted");
        }

        if (!coreOnly && (scheme ?? DefaultDeletion(instance.Concept)) is { } deletion)
        {
            Invoke(context, caller, CodeOf(deletion), instance, arguments);
            if (instance.IsDeleted)
            {
                return;
            }
        }

        if (instance is VirtualModelInstance model)
        {
            foreach (var contained in model.ContainedModelInstances.ToArray())
            {
                if (!contained.IsDeleted)
                {
                    Delete(caller, context, contained, null, [], coreOnly: false);
                }
            }

            foreach (var root in model.RootInstances)
            {
                if (!root.IsDeleted)
                {
                    Delete(caller, context, root, null, [], coreOnly: false);
                }
            }
        }
        else
        {
            foreach (var embedded in instance.EmbeddedInstances.ToArray())
            {
                if (!embedded.IsDeleted)
                {
                    Delete(caller, context, embedded, null, [], coreOnly: false);
                }
            }
        }

        instance.Delete();
        if (instance is VirtualModelInstance deletedModel)
        {
            Detach(deletedModel);
        }
    }

    internal void Delete(Invocation caller, ConceptInstance instance, BehaviourSymbol? scheme, object?[] arguments, bool coreOnly) =>
        Delete(caller, caller.Context, instance, scheme, arguments, coreOnly);

    /// <summary>The default deletion scheme of a concept (D4): its own anonymous <c>delete()</c>, else the nearest inherited one.</summary>
    internal BehaviourSymbol? DefaultDeletion(ConceptSymbol concept) => _defaultDeletion.GetOrAdd(concept, static c =>
        c.AllAncestors().Prepend(c)
            .SelectMany(owner => owner.Behaviours)
            .FirstOrDefault(b => b.Kind == BehaviourKind.Deletion && b.IsAnonymous && b.RequiredArgumentCount == 0 && b.HasBody));
}
