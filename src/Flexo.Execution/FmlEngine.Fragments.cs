using System.Collections.Immutable;
using Flexo.Fml.Semantics;
using Flexo.Runtime;

namespace Flexo.Execution;

public sealed partial class FmlEngine
{
    /// <summary>
    /// Runs a bound fragment (a script command, an expression given by a host) as a top-level call: its variables take
    /// their values from <paramref name="variables"/>, and the values the fragment leaves in them (a top-level
    /// <c>x = e</c> included, D24) are written back. Transient: nothing of the evaluation is retained (D28, D29).
    /// </summary>
    /// <param name="fragment">A fragment without errors (<see cref="BoundFragment.HasErrors"/> false).</param>
    /// <param name="self">The instance <c>this</c> denotes, when the fragment was bound with a <c>this</c> concept.</param>
    /// <param name="variables">The variables by name; updated in place.</param>
    /// <returns>The value of the fragment (null for an action without value).</returns>
    public object? Evaluate(BoundFragment fragment, ConceptInstance? self, IDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        ArgumentNullException.ThrowIfNull(variables);
        if (fragment.HasErrors)
        {
            throw new FmlExecutionException(ExecutionErrors.UncheckedCode, "the fragment has errors and cannot run: " + fragment.Diagnostics.First(d => d.IsError).Message, []);
        }

        var names = fragment.Variables.Keys.ToList();
        var locals = names.Select(n => fragment.Variables[n]).ToList();
        if (fragment.DeclaredVariable is { } declared)
        {
            names.Add(declared.Name);
            locals.Add(declared);
        }

        var values = names.Select((name, i) => i < fragment.Variables.Count ? variables.TryGetValue(name, out var value) ? value : null : null).ToArray();
        var code = CodeCompiler.CompileFragment(FragmentName(fragment), fragment.Expression, [.. locals]);
        var succeeded = false;
        try
        {
            var result = RunFragment(code, self, values);
            succeeded = true;
            return result;
        }
        finally
        {
            // A variable the fragment declares exists only if the fragment completed.
            var count = succeeded ? names.Count : fragment.Variables.Count;
            for (var i = 0; i < count; i++)
            {
                variables[names[i]] = values[i];
            }
        }
    }

    private static string FragmentName(BoundFragment fragment)
    {
        var text = fragment.Expression.Syntax.ToString().Trim();
        return text.Length <= 40 ? text : text[..37] + "...";
    }
}
