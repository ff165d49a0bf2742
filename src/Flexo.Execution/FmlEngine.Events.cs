using Flexo.Fml.Semantics;
using Flexo.Runtime;

namespace Flexo.Execution;

public sealed partial class FmlEngine
{
    private readonly ListenerRegistry _listeners;
    private bool? _hasListeners;

    /// <summary>True when some concept of the compilation declares a listener (else nothing needs observing).</summary>
    internal bool HasListeners => _hasListeners ??= Compilation.Units.Values.Any(u => u.Model is { } model && DeclaresListener(model));

    private static bool DeclaresListener(ConceptSymbol concept) =>
        concept.Behaviours.Any(b => b.Kind == BehaviourKind.Listener) || concept.NestedConcepts.Any(DeclaresListener);

    /// <summary>
    /// Puts a model instance (and its contained ones) in this engine's execution context: its listeners are
    /// registered and receive the events fired in the instances they listen to. Instances the engine creates are
    /// attached automatically; attach the ones you load.
    /// </summary>
    /// <param name="model">The model instance.</param>
    public void Attach(VirtualModelInstance model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _listeners.Attach(model);
    }

    /// <summary>
    /// Takes a model instance out of the execution context (unloading, D27): its listeners are released and the engine
    /// keeps no reference to it. Runs no behaviour and changes nothing in the instance.
    /// </summary>
    /// <param name="model">The model instance.</param>
    public void Detach(VirtualModelInstance model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _listeners.Detach(model);
    }

    /// <summary>The model instances attached to this engine.</summary>
    public IReadOnlyCollection<VirtualModelInstance> AttachedModels => _listeners.Attached;

    internal void Fire(Invocation caller, VirtualModelInstance source, ConceptInstance ev) => _listeners.Fire(caller, source, ev);

    /// <summary>The value of a listener's <c>from</c> expression for a listening instance (its model instance when absent).</summary>
    internal object? ListenedSource(Invocation caller, ConceptInstance listener, BehaviourSymbol behaviour) =>
        behaviour.ListenedSource is { } source
            ? Invoke(caller.Context, caller, Accessor(behaviour, ListenedSourceAccessor, (behaviour, source), static s => CodeCompiler.CompileExpression(CodeCompiler.Describe(s.behaviour) + " (source)", s.behaviour, s.source, s.source.Type)), listener, [])
            : listener.ModelInstance;
}
