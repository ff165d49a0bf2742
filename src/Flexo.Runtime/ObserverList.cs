namespace Flexo.Runtime;

/// <summary>A list of observers; notification works on a snapshot, so observers may unsubscribe while being notified.</summary>
internal sealed class ObserverList
{
    private readonly List<IInstanceObserver> _observers = [];
    private IInstanceObserver[]? _snapshot;

    public int Count => _observers.Count;

    public IDisposable Add(IInstanceObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        _observers.Add(observer);
        _snapshot = null;
        return new Subscription(this, observer);
    }

    public void Notify(InstanceChange change)
    {
        var observers = _snapshot ??= [.. _observers];
        foreach (var observer in observers)
        {
            observer.OnChange(change);
        }
    }

    public void Clear()
    {
        _observers.Clear();
        _snapshot = null;
    }

    private void Remove(IInstanceObserver observer)
    {
        if (_observers.Remove(observer))
        {
            _snapshot = null;
        }
    }

    private sealed class Subscription(ObserverList owner, IInstanceObserver observer) : IDisposable
    {
        private ObserverList? _owner = owner;

        public void Dispose()
        {
            _owner?.Remove(observer);
            _owner = null;
        }
    }
}
