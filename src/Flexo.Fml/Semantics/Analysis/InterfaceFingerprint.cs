using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics;

/// <summary>
/// A hash of what other units can observe of a unit: its header and declarations, without the bodies whose content
/// cannot change another unit's analysis (behaviours with a declared return type, initialisers, computed properties,
/// accessors, invariants, listeners). An edit inside such a body leaves the fingerprint unchanged, so the units that
/// depend on the edited one need not be checked again.
/// </summary>
internal static class InterfaceFingerprint
{
    public static ulong Compute(SyntaxTree tree)
    {
        var hidden = new HashSet<SyntaxNode>(ReferenceEqualityComparer.Instance);
        foreach (var node in tree.Root.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case BehaviourDeclarationSyntax { Body: { } body } behaviour
                    when behaviour.ReturnType is not null || behaviour.Kind != SyntaxKind.MethodDeclaration:
                    hidden.Add(body);
                    break;
                case BehaviourDeclarationSyntax behaviour:
                    foreach (var parameter in behaviour.Parameters.Parameters)
                    {
                        if (parameter.Default is { } defaultValue)
                        {
                            hidden.Add(defaultValue);
                        }
                    }

                    break;
                case PropertyDeclarationSyntax { Initializer: { } initializer }:
                    hidden.Add(initializer);
                    break;
                case ExpressionPropertyDeclarationSyntax expression:
                    hidden.Add(expression.Expression);
                    break;
                case GetAccessorSyntax getter:
                    hidden.Add(getter.Body);
                    break;
                case SetAccessorSyntax setter:
                    hidden.Add(setter.Body);
                    break;
                case InvariantDeclarationSyntax or IterationInvariantDeclarationSyntax:
                    hidden.Add(node);
                    break;
                case ListenerDeclarationSyntax { Body: { } listenerBody }:
                    hidden.Add(listenerBody);
                    break;
            }
        }

        // Tokens in source order; a hidden body counts as one placeholder.
        var hash = 14695981039346656037UL;
        var stack = new Stack<SyntaxNodeOrToken>();
        stack.Push(new SyntaxNodeOrToken(tree.Root));
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            if (item.AsToken() is { } token)
            {
                hash = Mix(hash, token.Text);
                continue;
            }

            var node = item.AsNode()!;
            if (hidden.Contains(node))
            {
                hash = Mix(hash, "{...}");
                continue;
            }

            var children = node.ChildNodesAndTokens().ToList();
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return hash;
    }

    private static ulong Mix(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (hash ^ 0xFF) * 1099511628211UL;
    }
}
