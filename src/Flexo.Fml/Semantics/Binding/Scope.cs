namespace Flexo.Fml.Semantics;

/// <summary>A lexical scope of local variables (blocks, loops, select conditions, listener and setter bodies).</summary>
internal sealed class Scope
{
    private readonly Dictionary<string, LocalSymbol> _locals = new(StringComparer.Ordinal);

    public Scope(Scope? parent) => Parent = parent;

    public Scope? Parent { get; }

    public bool TryDeclare(LocalSymbol local) => _locals.TryAdd(local.Name, local);

    public LocalSymbol? Lookup(string name)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope._locals.TryGetValue(name, out var local))
            {
                return local;
            }
        }

        return null;
    }
}
