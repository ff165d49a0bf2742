using System.Collections.Immutable;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Semantics.Bound;

namespace Flexo.Fml.Semantics;

/// <summary>
/// A fragment bound by <see cref="Compilation.BindFragment(Syntax.ExpressionSyntax, FragmentContext)"/>: the bound
/// expression, the locals standing for the context's variables, the variable a top-level <c>x = e</c> declares, and
/// the diagnostics. A host runs the fragment only when <see cref="HasErrors"/> is false (docs/scripts.md).
/// </summary>
public sealed class BoundFragment
{
    internal BoundFragment(BoundExpression expression, ImmutableDictionary<string, LocalSymbol> variables, LocalSymbol? declaredVariable,
        ImmutableArray<Diagnostic> diagnostics)
    {
        Expression = expression;
        Variables = variables;
        DeclaredVariable = declaredVariable;
        Diagnostics = diagnostics;
    }

    /// <summary>The bound expression or FML action (for a condition: the condition).</summary>
    public BoundExpression Expression { get; }

    /// <summary>
    /// One local per variable of the context, by name: every read or assignment of the variable in
    /// <see cref="Expression"/> is a <see cref="BoundLocal"/> of this symbol. The host gives each its current value
    /// before running the fragment, and keeps the values the fragment leaves in them.
    /// </summary>
    public ImmutableDictionary<string, LocalSymbol> Variables { get; }

    /// <summary>
    /// For a top-level <c>x = e</c> where <c>x</c> is not a variable of the context, or is one whose type cannot
    /// hold the value: the new local <c>x</c>, typed as the value, that the assignment writes. The host then
    /// (re)defines the script variable <c>x</c> with that value. Null otherwise.
    /// </summary>
    public LocalSymbol? DeclaredVariable { get; }

    /// <summary>The diagnostics, positions relative to the text the fragment's syntax comes from.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when any diagnostic is an error: the fragment must not run.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
