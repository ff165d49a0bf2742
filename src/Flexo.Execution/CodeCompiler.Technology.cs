using System.Collections.Immutable;
using System.Linq.Expressions;
using Flexo.Fml.Semantics.Bound;

namespace Flexo.Execution;

internal sealed partial class CodeCompiler
{
    /// <summary>
    /// <c>select [unique] T from r where (...)</c> over a technology type: the adapter's fetch request yields the
    /// candidates one by one (it may stream), each is bound to <c>selected</c> and kept when every condition holds.
    /// </summary>
    private Expression TechnologySelect(BoundTechnologySelect select)
    {
        var enumerator = Expression.Variable(typeof(IEnumerator<object?>), "candidates");
        var results = Expression.Variable(typeof(List<object?>), "results");
        var found = Expression.Variable(typeof(object), "found");
        var selected = Variable(select.Selected, select.Selected.Type);
        var breakLabel = Expression.Label("break");
        var names = select.Arguments.Select(a => a.Key).ToList();
        var valueList = select.Arguments.Select(a => Box(Compile(a.Value))).ToList();
        if (EqualityHint(select) is { } hint)
        {
            // A hint the adapter may use to filter while streaming; the condition is still checked on every candidate.
            names.Add(TechnologyHints.EqualsPrefix + hint.Member);
            valueList.Add(Expression.NewArrayInit(typeof(object), hint.Arguments.Select(a => Box(Compile(a))).Append(Box(Compile(hint.Key)))));
        }

        var values = Expression.NewArrayInit(typeof(object), valueList);
        var start = Expression.Call(
            TechnologyRt.Method(nameof(TechnologyRt.Fetch)),
            _inv,
            Expression.Constant(select.AdapterId),
            Expression.Constant(select.Request),
            Expression.Constant(names.ToArray()),
            values,
            Box(Compile(select.From)),
            Expression.Constant(select.Unique));
        var keep = select.Unique
            ? Expression.Block(Expression.Assign(found, Box(selected)), Expression.Break(breakLabel))
            : (Expression)Expression.Call(results, typeof(List<object?>).GetMethod(nameof(List<object?>.Add))!, Box(selected));
        var loop = Expression.Loop(
            Expression.Block(
                typeof(void),
                Expression.IfThen(Expression.Not(Expression.Call(typeof(TechnologyRt).GetMethod(nameof(TechnologyRt.MoveNext))!, enumerator)), Expression.Break(breakLabel)),
                Step(),
                Expression.Assign(selected, Unbox(Expression.Property(enumerator, nameof(IEnumerator<object?>.Current)), select.Selected.Type, selected.Type)),
                Expression.IfThen(AllConditions(select.Conditions), keep)),
            breakLabel);
        return Expression.Block(
            typeof(object),
            [enumerator, results, found],
            Expression.Assign(results, Expression.New(typeof(List<object?>))),
            Expression.Assign(found, Expression.Constant(null)),
            Expression.Assign(enumerator, start),
            Expression.TryFinally(loop, Expression.Call(enumerator, typeof(IDisposable).GetMethod(nameof(IDisposable.Dispose))!)),
            select.Unique ? found : Expression.Convert(results, typeof(object)));
    }

    /// <summary>
    /// The first condition of the form <c>selected.m(args) == e</c> (or <c>e == selected.m(args)</c>) where neither the
    /// arguments nor <c>e</c> use <c>selected</c>: an adapter that streams can evaluate it on raw data.
    /// </summary>
    private static (string Member, ImmutableArray<BoundExpression> Arguments, BoundExpression Key)? EqualityHint(BoundTechnologySelect select)
    {
        foreach (var condition in select.Conditions)
        {
            if (condition is not BoundBinary { Operator: Fml.Syntax.SyntaxKind.EqualsEqualsToken } equality)
            {
                continue;
            }

            foreach (var (side, other) in new[] { (equality.Left, equality.Right), (equality.Right, equality.Left) })
            {
                if (side is BoundTechnologyMember { Receiver: BoundLocal local } member
                    && ReferenceEquals(local.Local, select.Selected)
                    && !BoundWalker.Uses(other, select.Selected)
                    && member.Arguments.All(a => !BoundWalker.Uses(a, select.Selected)))
                {
                    return (member.Member, member.Arguments, other);
                }
            }
        }

        return null;
    }

    /// <summary>A member of a technology value, executed by its adapter.</summary>
    private Expression TechnologyMember(BoundTechnologyMember member) =>
        Expression.Call(
            TechnologyRt.Method(nameof(TechnologyRt.Member)),
            _inv,
            Expression.Constant(member.AdapterId),
            Box(Compile(member.Receiver)),
            Expression.Constant(member.Member),
            Arguments(member.Arguments),
            Expression.Constant(member.IsCall));
}
