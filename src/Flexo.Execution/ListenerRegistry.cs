using System.Collections.Concurrent;
using Flexo.Fml.Semantics;
using Flexo.Runtime;

namespace Flexo.Execution;

/// <summary>
/// The listeners of the model instances an engine runs (FML.md §5.9): every instance whose concept declares
/// <c>listen E from x</c> is registered when it appears (or when its model instance is attached) and released when
/// deleted. <c>fire</c> delivers synchronously, in registration order, to each listener whose source expression, evaluated
/// at delivery, is the firing model instance and whose event type accepts the event.
/// </summary>
internal sealed class ListenerRegistry : IInstanceObserver
{
    private readonly FmlEngine _engine;
    private readonly Dictionary<VirtualModelInstance, IDisposable> _attached = new(ReferenceEqualityComparer.Instance);
    private readonly List<ConceptInstance> _listening = [];
    private readonly HashSet<ConceptInstance> _listeningSet = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<ConceptSymbol, BehaviourSymbol[]> _listenersOf = new();

    public ListenerRegistry(FmlEngine engine) => _engine = engine;

    public IReadOnlyCollection<VirtualModelInstance> Attached => _attached.Keys;

    public void Attach(VirtualModelInstance model)
    {
        if (model.IsDeleted || _attached.ContainsKey(model) || !_engine.HasListeners)
        {
            return;
        }

        _attached[model] = model.ObserveAll(this);
        Register(model);
        foreach (var instance in model.AllInstances)
        {
            Register(instance);
        }

        foreach (var contained in model.ContainedModelInstances)
        {
            Attach(contained);
        }
    }

    public void Detach(VirtualModelInstance model)
    {
        if (_attached.Remove(model, out var subscription))
        {
            if (!model.IsDeleted)
            {
                subscription.Dispose();
            }

            _listening.RemoveAll(i => ReferenceEquals(i.ModelInstance, model) && _listeningSet.Remove(i));
            foreach (var contained in model.ContainedModelInstances)
            {
                Detach(contained);
            }
        }
    }

    public void OnChange(InstanceChange change)
    {
        switch (change.Kind)
        {
            case InstanceChangeKind.Created when change.Instance is VirtualModelInstance contained:
                Attach(contained);
                break;
            case InstanceChangeKind.Created:
                Register(change.Instance);
                break;
            case InstanceChangeKind.Deleted when _listeningSet.Remove(change.Instance):
                _listening.Remove(change.Instance);
                break;
        }
    }

    private void Register(ConceptInstance instance)
    {
        if (ListenersOf(instance.Concept).Length > 0 && _listeningSet.Add(instance))
        {
            _listening.Add(instance);
        }
    }

    public BehaviourSymbol[] ListenersOf(ConceptSymbol concept) => _listenersOf.GetOrAdd(concept, static c =>
        [.. c.AllAncestors().Prepend(c).SelectMany(o => o.Behaviours).Where(b => b.Kind == BehaviourKind.Listener && b.HasBody)]);

    public void Fire(Invocation caller, VirtualModelInstance source, ConceptInstance ev)
    {
        foreach (var listener in _listening.ToArray())
        {
            if (listener.IsDeleted)
            {
                continue;
            }

            foreach (var behaviour in ListenersOf(listener.Concept))
            {
                if (behaviour.ListenedEvent is ConceptType { Concept: { } accepted } && !accepted.IsSuperConceptOf(ev.Concept))
                {
                    continue;
                }

                var listened = _engine.ListenedSource(caller, listener, behaviour);
                if (ReferenceEquals(listened, source))
                {
                    _engine.Invoke(caller.Context, caller, _engine.CodeOf(behaviour), listener, [], ev);
                }
            }
        }
    }
}
