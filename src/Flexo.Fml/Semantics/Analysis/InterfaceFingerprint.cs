using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Semantics;

/// <summary>
/// A hash of what other units can observe of a unit: its header and declarations, without the bodies whose content
/// cannot change another unit's analysis (behaviours with a declared return type, initialisers, computed properties,
/// accessors, invariants, listeners). An edit inside such a body leaves the fingerprint unchanged, so the units that
/// depend on the edited one need not be checked again. Computed straight from the token table: no tree walk.
/// </summary>
internal static class InterfaceFingerprint
{
    public static ulong Compute(SyntaxTree tree)
    {
        var hidden = new List<TextSpan>();
        foreach (var member in tree.Root.Members)
        {
            CollectHidden(member, hidden, depth: 0);
        }

        hidden.Sort((a, b) => a.Start.CompareTo(b.Start));
        var table = tree.Root.Table;
        var source = table.Source;
        var hash = 14695981039346656037UL;
        var next = 0;
        for (var i = 0; i < table.SourceCount; i++)
        {
            ref var token = ref table[i];
            while (next < hidden.Count && hidden[next].End <= token.Start)
            {
                next++;
                hash = Mix(hash, '\u0001');
            }

            if (next < hidden.Count && hidden[next].Start <= token.Start)
            {
                continue;
            }

            hash = Mix(hash, (char)token.Kind);
            for (var c = token.Start; c < token.End; c++)
            {
                hash = Mix(hash, source[c]);
            }
        }

        return hash;
    }

    private static void CollectHidden(MemberDeclarationSyntax member, List<TextSpan> hidden, int depth)
    {
        switch (member)
        {
            case ConceptDeclarationSyntax concept when depth < 64:
                foreach (var nested in concept.Members)
                {
                    CollectHidden(nested, hidden, depth + 1);
                }

                break;
            case BehaviourDeclarationSyntax { Body: { } body } behaviour
                when behaviour.ReturnType is not null || behaviour.Kind != SyntaxKind.MethodDeclaration:
                hidden.Add(body.Span);
                break;
            case PropertyDeclarationSyntax { Initializer: { } initializer }:
                hidden.Add(initializer.Span);
                break;
            case ExpressionPropertyDeclarationSyntax expression:
                hidden.Add(expression.Expression.Span);
                break;
            case GetSetPropertyDeclarationSyntax getSet:
                hidden.Add(getSet.Getter.Body.Span);
                if (getSet.Setter is { } setter)
                {
                    hidden.Add(setter.Body.Span);
                }

                break;
            case InvariantDeclarationSyntax or IterationInvariantDeclarationSyntax:
                hidden.Add(member.Span);
                break;
            case ListenerDeclarationSyntax { Body: { } listenerBody }:
                hidden.Add(listenerBody.Span);
                break;
        }
    }

    private static ulong Mix(ulong hash, char c) => (hash ^ c) * 1099511628211UL;
}
