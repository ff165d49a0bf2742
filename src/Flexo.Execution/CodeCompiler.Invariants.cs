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
            var iterator = compiler.Variable(iteration.Iterator, iteration.Iterator.Type);
            body = compiler.EachElement(
                Expression.Call(Rt.Method(nameof(Rt.Snapshot)), compiler._inv, Box(compiler.Compile(iteration.Collection))),
                Expression.Label("break"),
                element => Expression.Block(
                    typeof(void),
                    Expression.Assign(iterator, compiler.Unbox(element, iteration.Iterator.Type, iterator.Type)),
                    Checks(Box(iterator))));
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
