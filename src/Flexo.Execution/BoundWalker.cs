using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Bound;

namespace Flexo.Execution;

/// <summary>Enumerates the nodes of a bound tree (used at compile time only).</summary>
internal static class BoundWalker
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> s_children = new();

    /// <summary>Every node of the tree rooted at <paramref name="root"/>, depth first.</summary>
    public static IEnumerable<BoundNode> Nodes(BoundNode root)
    {
        var stack = new Stack<BoundNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var property in ChildProperties(node.GetType()))
            {
                foreach (var child in Children(property.GetValue(node)))
                {
                    stack.Push(child);
                }
            }
        }
    }

    /// <summary>The locals read or written in the tree.</summary>
    public static IEnumerable<LocalSymbol> Locals(BoundNode root) => Nodes(root).OfType<BoundLocal>().Select(l => l.Local);

    /// <summary>True when the tree reads <paramref name="local"/>.</summary>
    public static bool Uses(BoundNode root, LocalSymbol local) => Locals(root).Any(l => ReferenceEquals(l, local));

    private static PropertyInfo[] ChildProperties(Type type) => s_children.GetOrAdd(type, static t =>
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "Syntax" && p.Name != "Type" && p.GetIndexParameters().Length == 0)]);

    private static IEnumerable<BoundNode> Children(object? value)
    {
        switch (value)
        {
            case BoundNode node:
                yield return node;
                break;
            case string:
                break;
            case IEnumerable when value.GetType().GetProperty("IsDefault")?.GetValue(value) is true:
                break;
            case IEnumerable sequence:
                foreach (var item in sequence)
                {
                    switch (item)
                    {
                        case BoundNode child:
                            yield return child;
                            break;
                        case KeyValuePair<string, BoundExpression> pair:
                            yield return pair.Value;
                            break;
                        case KeyValuePair<PropertySymbol, BoundExpression> pair:
                            yield return pair.Value;
                            break;
                    }
                }

                break;
        }
    }
}
