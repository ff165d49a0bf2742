using System.Collections.Immutable;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Semantics.Bound;
using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Semantics;

/// <summary>
/// Binds the expressions and statements of one concept member: resolves every name through the scope chain of
/// FML.md §4.2 (locals, parameters, this and its properties, enclosing concepts and models), types every expression,
/// resolves behaviours and creation schemes (D12-D15), and reports what is wrong (FML2xxx). Produces bound trees.
/// A fragment bound outside any concept (a script command) has no concept: no <c>this</c>, no property in scope.
/// </summary>
internal sealed partial class Binder
{
    private readonly SemanticAnalyzer _analyzer;
    private readonly UnitSymbol _unit;
    private readonly ConceptSymbol? _concept;
    private readonly BehaviourSymbol? _behaviour;
    private readonly HashSet<LocalSymbol> _readLocals = [];
    private readonly List<LocalSymbol> _declaredLocals = [];
    private Scope _scope = new(null);

    /// <summary>True while binding arguments of an adapter Flexo cannot check: unknown names are not reported.</summary>
    private bool _unchecked;

    public Binder(SemanticAnalyzer analyzer, UnitSymbol unit, ConceptSymbol? concept, BehaviourSymbol? behaviour)
    {
        _analyzer = analyzer;
        _unit = unit;
        _concept = concept;
        _behaviour = behaviour;
    }

    /// <summary>The type a <c>return</c> must give (null: infer it).</summary>
    public FmlType? ExpectedReturn { get; init; }

    /// <summary>Types of the values returned by <c>return e;</c> (for inference).</summary>
    public List<FmlType> ReturnedTypes { get; } = [];

    /// <summary>The text a fragment bound outside its unit comes from (locals declared in it point there).</summary>
    public SourceText? FragmentText { get; init; }

    private SourceText Text => FragmentText ?? _unit.Tree.Text;

    private FmlType ThisType => new ConceptType(_concept);

    public void Report(Diagnostic diagnostic) => _analyzer.ReportPublic(_unit, diagnostic);

    public LocalSymbol DeclareImplicit(string name, FmlType type, SyntaxNode? at)
    {
        var local = new LocalSymbol(name, type, at, Text);
        _scope.TryDeclare(local);
        _readLocals.Add(local);
        return local;
    }

    /// <summary>Warns about locals declared and never read (FML3009).</summary>
    public void ReportUnusedLocals()
    {
        foreach (var local in _declaredLocals)
        {
            if (!_readLocals.Contains(local) && local.Declaration is VariableDeclarationSyntax declaration)
            {
                Report(SemanticErrors.UnusedLocal(declaration.Identifier.Span, local.Name));
            }
        }
    }

    private T InScope<T>(Func<T> bind)
    {
        var saved = _scope;
        _scope = new Scope(saved);
        try
        {
            return bind();
        }
        finally
        {
            _scope = saved;
        }
    }

    private LocalSymbol DeclareLocal(string name, FmlType type, SyntaxNode declaration, TextSpan nameSpan)
    {
        var local = new LocalSymbol(name, type, declaration, Text);
        if (_scope.Lookup(name) is not null)
        {
            // Reported once; the duplicate is not tracked for the unused-variable warning.
            Report(SemanticErrors.DuplicateLocal(nameSpan, name));
            return local;
        }

        _scope.TryDeclare(local);
        _declaredLocals.Add(local);
        return local;
    }

    /// <summary>Checks that <paramref name="value"/> fits <paramref name="target"/> (FML2010), reporting once.</summary>
    private BoundExpression Convert(BoundExpression value, FmlType target, SyntaxNode at)
    {
        if (IsImplicitlyConvertible(value.Type, target))
        {
            return value;
        }

        Report(SemanticErrors.CannotConvert(at.Span, value.Type.DisplayName, target.DisplayName));
        return value;
    }

    /// <summary>
    /// Assignment compatibility: the type rules, plus any numeric value to any numeric target (as Openflexo does at
    /// run time: <c>int r = a / b;</c> is accepted and converts the double result).
    /// </summary>
    internal static bool IsImplicitlyConvertible(FmlType source, FmlType target) =>
        source.IsError || target.IsError || TypeFacts.IsAssignable(target, source, permissive: true)
        || (TypeFacts.IsNumeric(source) && TypeFacts.IsNumeric(target))
        || (source is ConceptType { Concept: null } && target is ConceptType);

    /// <summary>Binds a condition of if/while/for/where/assert: it must be boolean (D19).</summary>
    public BoundExpression BindCondition(ExpressionSyntax syntax, string where)
    {
        var bound = BindExpression(syntax);
        if (!bound.Type.IsError && !TypeFacts.IsBoolean(bound.Type))
        {
            Report(SemanticErrors.ConditionNotBoolean(syntax.Span, where, bound.Type.DisplayName));
        }

        return bound;
    }

    private static BoundError Error(SyntaxNode syntax, params BoundExpression[] children) => new(syntax, [.. children]);

    private static string Describe(IEnumerable<BoundExpression> arguments) => string.Join(", ", arguments.Select(a => a.Type.DisplayName));

    private static ImmutableArray<FmlType> TypesOf(ImmutableArray<BoundExpression> arguments) => [.. arguments.Select(a => a.Type)];
}
