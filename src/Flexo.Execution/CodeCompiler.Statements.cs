using System.Linq.Expressions;
using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Bound;
using Flexo.Runtime.Values;

namespace Flexo.Execution;

internal sealed partial class CodeCompiler
{
    private Expression Statement(BoundStatement statement)
    {
        switch (statement)
        {
            case BoundBlock block:
                return block.Statements.Length == 0
                    ? Expression.Empty()
                    : Expression.Block(typeof(void), block.Statements.Select(Statement));
            case BoundEmpty:
                return Expression.Empty();
            case BoundLocalDeclaration declaration:
                {
                    var variable = Variable(declaration.Local, declaration.Local.Type);
                    Expression value = declaration.Initializer is null
                        ? Expression.Default(variable.Type)
                        : ConvertForStore(Compile(declaration.Initializer), declaration.Local.Type, variable.Type);
                    return Expression.Block(typeof(void), Mark(declaration.Syntax), Expression.Assign(variable, value));
                }

            case BoundExpressionStatement expressionStatement:
                return Expression.Block(typeof(void), Mark(expressionStatement.Syntax), CompileForEffect(expressionStatement.Expression));
            case BoundIf conditional:
                {
                    var condition = Condition(conditional.Condition);
                    var then = Statement(conditional.Then);
                    return Expression.Block(
                        typeof(void),
                        Mark(conditional.Syntax),
                        conditional.Else is null
                            ? Expression.IfThen(condition, then)
                            : Expression.IfThenElse(condition, then, Statement(conditional.Else)));
                }

            case BoundWhile loop:
                return While(loop);
            case BoundFor loop:
                return For(loop);
            case BoundForEach loop:
                return ForEach(loop);
            case BoundReturn ret:
                {
                    var value = ret.Value is null || _returnType is PrimitiveType { Kind: PrimitiveKind.Void }
                        ? (ret.Value is null ? (Expression)Expression.Constant(null) : Expression.Block(CompileForEffect(ret.Value), Expression.Constant(null)))
                        : ConvertForStore(Compile(ret.Value), _returnType, typeof(object));
                    return Expression.Block(typeof(void), Mark(ret.Syntax), Expression.Assign(_result, value), Expression.Goto(_end));
                }

            case BoundConnect connect:
                return Expression.Block(
                    typeof(void),
                    Mark(connect.Syntax),
                    Expression.Call(Rt.Method(nameof(Rt.Connect)), _inv, Box(Compile(Receiver(connect.Slot))), Expression.Constant(SlotProperty(connect.Slot), typeof(PropertySymbol)), Box(Compile(connect.Resource))));
            default:
                return Expression.Call(Rt.Method(nameof(Rt.Unsupported)), _inv, Expression.Constant(statement.GetType().Name));
        }
    }

    private static BoundExpression Receiver(BoundExpression slot) => slot is BoundPropertyAccess access ? access.Receiver : slot;

    private static PropertySymbol? SlotProperty(BoundExpression slot) => slot is BoundPropertyAccess access ? access.Property : null;

    private Expression While(BoundWhile loop)
    {
        var breakLabel = Expression.Label("break");
        var continueLabel = Expression.Label("continue");
        _loops.Push((breakLabel, continueLabel));
        var body = Statement(loop.Body);
        _loops.Pop();
        var test = Expression.IfThen(Expression.Not(Condition(loop.Condition)), Expression.Break(breakLabel));
        var mark = Mark(loop.Syntax);
        return loop.TestFirst
            ? Expression.Loop(Expression.Block(typeof(void), mark, Step(), test, body, Expression.Label(continueLabel)), breakLabel)
            : Expression.Loop(Expression.Block(typeof(void), mark, Step(), body, Expression.Label(continueLabel), test), breakLabel);
    }

    private Expression For(BoundFor loop)
    {
        var initializers = loop.Initializers.Select(Statement).ToList();
        var breakLabel = Expression.Label("break");
        var continueLabel = Expression.Label("continue");
        _loops.Push((breakLabel, continueLabel));
        var body = Statement(loop.Body);
        _loops.Pop();
        var mark = Mark(loop.Syntax);
        var parts = new List<Expression> { mark, Step() };
        if (loop.Condition is not null)
        {
            parts.Add(Expression.IfThen(Expression.Not(Condition(loop.Condition)), Expression.Break(breakLabel)));
        }

        parts.Add(body);
        parts.Add(Expression.Label(continueLabel));
        parts.AddRange(loop.Incrementors.Select(CompileForEffect));
        initializers.Add(Expression.Loop(Expression.Block(typeof(void), parts), breakLabel));
        return Expression.Block(typeof(void), initializers);
    }

    private Expression ForEach(BoundForEach loop)
    {
        var iterator = Variable(loop.Iterator, loop.Iterator.Type);
        var breakLabel = Expression.Label("break");
        var continueLabel = Expression.Label("continue");
        _loops.Push((breakLabel, continueLabel));
        var body = Statement(loop.Body);
        _loops.Pop();
        return Expression.Block(
            typeof(void),
            Mark(loop.Syntax),
            EachElement(
                Expression.Call(Rt.Method(nameof(Rt.Snapshot)), _inv, Box(Compile(loop.Collection))),
                breakLabel,
                element => Expression.Block(
                    typeof(void),
                    Expression.Assign(iterator, Unbox(element, loop.Iterator.Type, iterator.Type)),
                    body,
                    Expression.Label(continueLabel))));
    }

    /// <summary>A condition (D19): typed booleans directly, other values through <see cref="Operators.Condition"/>.</summary>
    private Expression Condition(BoundExpression condition)
    {
        var value = Compile(condition);
        return value.Type == typeof(bool)
            ? value
            : Expression.Call(typeof(Operators).GetMethod(nameof(Operators.Condition))!, Box(value));
    }
}
