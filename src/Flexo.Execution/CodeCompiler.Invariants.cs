using System.Linq.Expressions;
using Flexo.Fml.Semantics;

namespace Flexo.Execution;

internal sealed partial class CodeCompiler
{
    /// <summary>
    /// Compiles an invariant to code that returns the list of failures: for a simple invariant the indexes of the
    /// conditions that do not hold, for an iteration invariant pairs (element, condition index).
    /// </summary>
    public static CompiledCode CompileInvariant(InvariantSymbol invariant)
    {
        var code = new CompiledCode($"{invariant.Owner.Name} invariant", invariant.Source, invariant.Declaration);
        var compiler = new CodeCompiler(code, ClassType.Object, null);
        var failures = Expression.Variable(typeof(List<object?>), "failures");
        var add = typeof(List<object?>).GetMethod(nameof(List<object?>.Add))!;
        Expression Checks(Expression? element) => Expression.Block(
            typeof(void),
            invariant.Conditions.Select((condition, i) => (Expression)Expression.IfThen(
                Expression.Not(compiler.Condition(condition)),
                Expression.Call(failures, add, element is null
                    ? Expression.Convert(Expression.Constant(i), typeof(object))
                    : Expression.Convert(Expression.New(typeof(KeyValuePair<object?, int>).GetConstructor([typeof(object), typeof(int)])!, element, Expression.Constant(i)), typeof(object))))));

        Expression body;
        if (invariant.Iteration is { } iteration)
        {
            var items = Expression.Variable(typeof(object?[]), "items");
            var index = Expression.Variable(typeof(int), "i");
            var iterator = compiler.Variable(iteration.Iterator, iteration.Iterator.Type);
            var breakLabel = Expression.Label("break");
            body = Expression.Block(
                typeof(void),
                [items, index],
                Expression.Assign(items, Expression.Call(Rt.Method(nameof(Rt.Snapshot)), compiler._inv, Box(compiler.Compile(iteration.Collection)))),
                Expression.Assign(index, Expression.Constant(0)),
                Expression.Loop(
                    Expression.Block(
                        typeof(void),
                        Expression.IfThen(Expression.GreaterThanOrEqual(index, Expression.ArrayLength(items)), Expression.Break(breakLabel)),
                        compiler.Step(),
                        Expression.Assign(iterator, compiler.Unbox(Expression.ArrayIndex(items, index), iteration.Iterator.Type, iterator.Type)),
                        Checks(Box(iterator)),
                        Expression.PostIncrementAssign(index)),
                    breakLabel));
        }
        else
        {
            body = Checks(null);
        }

        code.Run = compiler.Finish(
            [],
            Expression.Block(typeof(void), [failures], Expression.Assign(failures, Expression.New(typeof(List<object?>))), body, Expression.Assign(compiler._result, failures)),
            finishSets: false);
        return code;
    }
}
