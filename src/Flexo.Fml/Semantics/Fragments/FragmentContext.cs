using System.Collections.Immutable;

namespace Flexo.Fml.Semantics;

/// <summary>
/// Where a fragment (a script command, or an expression a host evaluates) is bound: the concept the current instance
/// belongs to, if any, and the variables in scope. Immutable: <see cref="WithVariable"/> returns a new context.
/// </summary>
public sealed class FragmentContext
{
    /// <summary>Creates a context; a later variable replaces an earlier one with the same name.</summary>
    /// <param name="thisConcept">
    /// The concept (or model) of the current instance, of the compilation the fragment is bound in: the fragment then
    /// sees what a behaviour body of that concept sees. Null for a script: there is no <c>this</c>.
    /// </param>
    /// <param name="variables">The variables in scope (script variables).</param>
    public FragmentContext(ConceptSymbol? thisConcept = null, IEnumerable<FragmentVariable>? variables = null)
    {
        ThisConcept = thisConcept;
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<FragmentVariable>();
        foreach (var variable in variables ?? [])
        {
            ArgumentNullException.ThrowIfNull(variable);
            ArgumentException.ThrowIfNullOrEmpty(variable.Name);
            ArgumentNullException.ThrowIfNull(variable.Type);
            if (byName.TryGetValue(variable.Name, out var index))
            {
                list[index] = variable;
            }
            else
            {
                byName[variable.Name] = list.Count;
                list.Add(variable);
            }
        }

        Variables = [.. list];
    }

    /// <summary>The context of a script with no variable yet.</summary>
    public static FragmentContext Script { get; } = new();

    /// <summary>The concept of the current instance, or null (a script).</summary>
    public ConceptSymbol? ThisConcept { get; }

    /// <summary>The variables in scope, each name once.</summary>
    public ImmutableArray<FragmentVariable> Variables { get; }

    /// <summary>This context with one more variable (or with the variable of that name retyped).</summary>
    public FragmentContext WithVariable(string name, FmlType type) => new(ThisConcept, Variables.Append(new FragmentVariable(name, type)));
}
