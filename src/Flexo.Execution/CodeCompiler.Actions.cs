using System.Linq.Expressions;
using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Bound;
using Flexo.Fml.Syntax;
using Flexo.Runtime;

namespace Flexo.Execution;

internal sealed partial class CodeCompiler
{
    private Expression Action(BoundExpression expression)
    {
        switch (expression)
        {
            case BoundSelect select:
                return Select(select);
            case BoundBeginMatch begin:
                return BeginMatch(begin);
            case BoundMatch match:
                return Match(match);
            case BoundEndMatch end:
                return EndMatch(end);
            case BoundDelete delete:
                {
                    var coreOnly = delete.Target is BoundThis && _deletionScheme is not null;
                    var from = delete.From is null ? Expression.Constant(null) : Box(Compile(delete.From));
                    return Expression.Block(
                        typeof(object),
                        Expression.Call(Rt.Method(nameof(Rt.Delete)), _inv, Box(Compile(delete.Target)), from, Expression.Constant(coreOnly)),
                        Expression.Constant(null));
                }

            case BoundLog log:
                return Expression.Block(typeof(object), Expression.Call(Rt.Method(nameof(Rt.Log)), _inv, Box(Compile(log.Value))), Expression.Constant(null));
            case BoundFire fire:
                return Expression.Block(typeof(object), Expression.Call(Rt.Method(nameof(Rt.Fire)), _inv, Box(Compile(fire.Event))), Expression.Constant(null));
            case BoundNotify notify:
                return Expression.Block(
                    typeof(object),
                    Expression.Call(Rt.Method(nameof(Rt.Notify)), _inv, Box(Compile(notify.Property)), notify.Source is null ? Expression.Constant(null) : Box(Compile(notify.Source))),
                    Expression.Constant(null));
            case BoundTechnologyAction technology:
                return Expression.Call(
                    Rt.Method(nameof(Rt.TechnologyAction)),
                    _inv,
                    Expression.Constant(technology.Adapter),
                    Expression.Constant(technology.AdapterId, typeof(string)),
                    Expression.Constant(technology.Action),
                    Expression.Constant(technology.Arguments.Select(a => a.Key).ToArray()),
                    Expression.NewArrayInit(typeof(object), technology.Arguments.Select(a => Box(Compile(a.Value)))),
                    technology.Receiver is null ? Expression.Constant(null) : Box(Compile(technology.Receiver)),
                    technology.From is null ? Expression.Constant(null) : Box(Compile(technology.From)));
            case BoundTechnologySelect fetch:
                return TechnologySelect(fetch);
            case BoundTechnologyMember member:
                return TechnologyMember(member);
            default:
                return Expression.Call(Rt.Method(nameof(Rt.Unsupported)), _inv, Expression.Constant(expression.GetType().Name));
        }
    }

    private Expression New(BoundNewInstance creation)
    {
        var names = creation.Options.Select(o => o.Key).ToArray();
        var values = Expression.NewArrayInit(typeof(object), creation.Options.Select(o => Box(Compile(o.Value))));
        return Expression.Call(
            Rt.Method(nameof(Rt.New)),
            _inv,
            Expression.Constant(creation.Concept),
            Expression.Constant(creation.CreationScheme, typeof(BehaviourSymbol)),
            Arguments(creation.Arguments, creation.CreationScheme),
            creation.Container is null ? Expression.Constant(null) : Box(Compile(creation.Container)),
            Expression.Constant(creation.Container is not null),
            Expression.Constant(names),
            values);
    }

    /// <summary>
    /// <c>select [unique] C from r where (...)</c>: the candidates (narrowed by an equality index when a condition is
    /// <c>selected.p == e</c> with <c>e</c> independent of <c>selected</c>), then every condition on each candidate.
    /// </summary>
    private Expression Select(BoundSelect select)
    {
        var candidates = Candidates(select.Concept, select.From, select.Selected, select.Conditions);
        var results = Expression.Variable(typeof(List<object?>), "results");
        var found = Expression.Variable(typeof(object), "found");
        var selected = Variable(select.Selected, select.Selected.Type);
        var filter = AllConditions(select.Conditions);
        if (select.Unique)
        {
            return Expression.Block(
                typeof(object),
                [found],
                Expression.Assign(found, Expression.Constant(null)),
                ForEachCandidate(candidates, selected, select.Selected.Type, breakLabel => Expression.IfThen(
                    filter,
                    Expression.Block(Expression.Assign(found, Box(selected)), Expression.Break(breakLabel)))),
                found);
        }

        return Expression.Block(
            typeof(object),
            [results],
            Expression.Assign(results, Expression.New(typeof(List<object?>))),
            ForEachCandidate(candidates, selected, select.Selected.Type, _ => Expression.IfThen(
                filter,
                Expression.Call(results, typeof(List<object?>).GetMethod(nameof(List<object?>.Add))!, Box(selected)))),
            results);
    }

    private Expression AllConditions(IReadOnlyList<BoundExpression> conditions)
    {
        Expression filter = Expression.Constant(true);
        for (var i = conditions.Count - 1; i >= 0; i--)
        {
            filter = i == conditions.Count - 1 ? Condition(conditions[i]) : Expression.AndAlso(Condition(conditions[i]), filter);
        }

        return filter;
    }

    /// <summary>The candidate array of a select or begin match, index-assisted when a condition allows.</summary>
    private Expression Candidates(ConceptSymbol? concept, BoundExpression from, LocalSymbol selected, IReadOnlyList<BoundExpression> conditions)
    {
        var receiver = Box(Compile(from));
        foreach (var condition in conditions)
        {
            if (IndexableEquality(condition, selected) is { } keyed)
            {
                return Expression.Call(
                    Rt.Method(nameof(Rt.IndexedCandidates)),
                    _inv,
                    receiver,
                    Expression.Constant(concept, typeof(ConceptSymbol)),
                    Expression.Constant(keyed.Property),
                    Box(Compile(keyed.Key)));
            }
        }

        return Expression.Call(Rt.Method(nameof(Rt.Candidates)), _inv, receiver, Expression.Constant(concept, typeof(ConceptSymbol)));
    }

    /// <summary><c>selected.p == e</c> (or <c>e == selected.p</c>) with a stored single-valued <c>p</c> and <c>e</c> free of <c>selected</c>.</summary>
    private static (PropertySymbol Property, BoundExpression Key)? IndexableEquality(BoundExpression condition, LocalSymbol selected)
    {
        if (condition is not BoundBinary { Operator: SyntaxKind.EqualsEqualsToken } equality)
        {
            return null;
        }

        static PropertySymbol? PropertyOfSelected(BoundExpression side, LocalSymbol selected) =>
            side is BoundPropertyAccess { Receiver: BoundLocal local, Property: var property }
            && ReferenceEquals(local.Local, selected)
            && !property.Cardinality.IsMultiple
            && property.Kind is PropertyKind.Primitive or PropertyKind.Java or PropertyKind.ConceptInstance
                ? property
                : null;

        if (PropertyOfSelected(equality.Left, selected) is { } left && !BoundWalker.Uses(equality.Right, selected))
        {
            return (left, equality.Right);
        }

        if (PropertyOfSelected(equality.Right, selected) is { } right && !BoundWalker.Uses(equality.Left, selected))
        {
            return (right, equality.Left);
        }

        return null;
    }

    /// <summary>Loops over a candidate array, binding <paramref name="selected"/> to each.</summary>
    private Expression ForEachCandidate(Expression candidates, ParameterExpression selected, FmlType selectedType, Func<LabelTarget, Expression> body)
    {
        var breakLabel = Expression.Label("break");
        return EachElement(candidates, breakLabel, element => Expression.Block(
            typeof(void),
            Expression.Assign(selected, Unbox(element, selectedType, selected.Type)),
            body(breakLabel)));
    }

    /// <summary><c>begin match C from r where (...)</c>: a matching set of the candidates that pass the conditions (D3).</summary>
    private Expression BeginMatch(BoundBeginMatch begin)
    {
        var set = Expression.Variable(typeof(MatchingSet), "set");
        var selected = Variable(begin.Selected, begin.Selected.Type);
        var candidates = Candidates(begin.Concept, begin.From, begin.Selected, begin.Conditions);
        return Expression.Block(
            typeof(object),
            [set],
            Expression.Assign(set, Expression.Call(Rt.Method(nameof(Rt.NewMatchingSet)), _inv, Expression.Constant(begin.Concept, typeof(ConceptSymbol)))),
            ForEachCandidate(candidates, selected, begin.Selected.Type, _ => Expression.IfThen(
                AllConditions(begin.Conditions),
                Expression.Call(set, MethodOf(typeof(MatchingSet), nameof(MatchingSet.AddCandidate)), Expression.Convert(Box(selected), typeof(ConceptInstance))))),
            Expression.Convert(set, typeof(object)));
    }

    /// <summary>
    /// <c>match C [in set] from r where (p = v, ...) unmatched: e</c>: claims the candidate whose properties equal the
    /// criteria, or evaluates <c>e</c> and claims what it creates. Without <c>in</c>, the implicit set of (C, r) (D1).
    /// </summary>
    private Expression Match(BoundMatch match)
    {
        var set = Expression.Variable(typeof(MatchingSet), "set");
        var found = Expression.Variable(typeof(object), "found");
        var properties = match.Criteria.Select(c => c.Key).ToArray();
        var values = Expression.NewArrayInit(typeof(object), match.Criteria.Select(c => ConvertForStore(Compile(c.Value), c.Key.Type, typeof(object))));
        Expression resolveSet = match.MatchingSet is null
            ? Expression.Call(Rt.Method(nameof(Rt.ImplicitSet)), _inv, Expression.Constant(match.Concept, typeof(ConceptSymbol)), Box(Compile(match.From)))
            : Expression.Call(Rt.Method(nameof(Rt.ExplicitSet)), _inv, Box(Compile(match.MatchingSet)));
        var create = match.Create is null
            ? (Expression)Expression.Empty()
            : Expression.Block(
                typeof(void),
                Expression.Assign(found, Box(Compile(match.Create))),
                Expression.Call(set, MethodOf(typeof(MatchingSet), nameof(MatchingSet.ClaimCreated)), found));
        return Expression.Block(
            typeof(object),
            [set, found],
            Expression.Assign(set, resolveSet),
            Expression.Assign(found, Expression.Call(set, MethodOf(typeof(MatchingSet), nameof(MatchingSet.Claim)), Expression.Constant(properties), values)),
            Expression.IfThen(Expression.Equal(found, Expression.Constant(null)), create),
            found);
    }

    /// <summary><c>end match C in set unmatched: m(...)</c> / <c>delete()</c>: runs exactly the named behaviour on each leftover (D2).</summary>
    private Expression EndMatch(BoundEndMatch end)
    {
        var set = Expression.Variable(typeof(MatchingSet), "set");
        var leftover = Expression.Variable(typeof(object), "leftover");
        Expression action = end.Behaviour is { Kind: BehaviourKind.Deletion } scheme
            ? Expression.Call(Rt.Method(nameof(Rt.DeleteWith)), _inv, leftover, Expression.Constant(scheme), Arguments(end.Arguments, scheme))
            : end.Behaviour is { } behaviour
                ? Expression.Call(Rt.Method(nameof(Rt.CallBehaviour)), _inv, leftover, Expression.Constant(behaviour), Arguments(end.Arguments, behaviour), Expression.Constant(false))
                : Expression.Call(Rt.Method(nameof(Rt.Delete)), _inv, leftover, Expression.Constant(null), Expression.Constant(false));
        return Expression.Block(
            typeof(object),
            [set, leftover],
            Expression.Assign(set, Expression.Call(Rt.Method(nameof(Rt.ExplicitSet)), _inv, Box(Compile(end.MatchingSet)))),
            EachElement(
                Expression.Call(set, MethodOf(typeof(MatchingSet), nameof(MatchingSet.Unmatched))),
                Expression.Label("break"),
                element => Expression.Block(
                    typeof(void),
                    Expression.Assign(leftover, element),
                    Expression.IfThen(
                        Expression.Not(Expression.Property(Expression.Convert(leftover, typeof(ConceptInstance)), nameof(ConceptInstance.IsDeleted))),
                        Expression.Block(typeof(void), action)))),
            Expression.Call(set, MethodOf(typeof(MatchingSet), nameof(MatchingSet.Finish))),
            Expression.Constant(null));
    }
}
