using System.Linq.Expressions;
using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Bound;
using Flexo.Fml.Semantics.Java;
using Flexo.Runtime.Values;

namespace Flexo.Execution;

internal sealed partial class CodeCompiler
{
    private readonly HashSet<ParameterExpression> _untyped = [];

    private Expression Compile(BoundExpression expression)
    {
        switch (expression)
        {
            case BoundLiteral literal:
                return Literal(literal.Value);
            case BoundError error:
                return Unchecked(error);
            case BoundThis:
                return Expression.Convert(Expression.Field(_inv, nameof(Invocation.This)), typeof(object));
            case BoundContainerOf container:
                return Expression.Call(Rt.Method(nameof(Rt.ContainerOf)), _inv, Box(Compile(container.Instance)), Expression.Constant(container.Levels));
            case BoundLocal local:
                return Variable(local.Local, local.Local.Type);
            case BoundParameter parameter:
                return _variables.TryGetValue(parameter.Parameter, out var variable) ? variable : Unchecked(parameter);
            case BoundParameters parameters:
                return ParametersRecord(parameters.Behaviour);
            case BoundPropertyAccess access:
                return Expression.Call(Rt.Method(nameof(Rt.GetProperty)), _inv, Box(Compile(access.Receiver)), Expression.Constant(access.Property));
            case BoundReflectiveCall reflective:
                return Expression.Call(
                    Rt.Method(nameof(Rt.Reflective)),
                    _inv,
                    Box(Compile(reflective.Receiver)),
                    Expression.Constant(reflective.Member),
                    Arguments(reflective.Arguments));
            case BoundBuiltInMember member:
                return Expression.Call(Rt.Method(nameof(Rt.BuiltIn)), _inv, Box(Compile(member.Receiver)), Expression.Constant(member.Member));
            case BoundJavaMember java:
                return Expression.Call(
                    Rt.Method(nameof(Rt.InvokeJava)),
                    _inv,
                    Expression.Constant(java.Member),
                    java.Receiver is null ? Expression.Constant(null) : Box(Compile(java.Receiver)),
                    Arguments(java.Arguments));
            case BoundBehaviourCall call:
                return Expression.Call(
                    Rt.Method(nameof(Rt.CallBehaviour)),
                    _inv,
                    Box(Compile(call.Receiver)),
                    Expression.Constant(call.Behaviour),
                    Arguments(call.Arguments, call.Behaviour),
                    Expression.Constant(call.NonVirtual));
            case BoundNewInstance creation:
                return New(creation);
            case BoundNewJavaObject javaObject:
                {
                    var constructor = JavaLibrary.FindConstructor(javaObject.Class, [.. javaObject.Arguments.Select(a => a.Type)]);
                    return constructor is null
                        ? Unchecked(javaObject)
                        : Expression.Call(Rt.Method(nameof(Rt.InvokeJava)), _inv, Expression.Constant(constructor), Expression.Constant(null), Arguments(javaObject.Arguments));
                }

            case BoundBinary binary:
                return Binary(binary);
            case BoundUnary unary:
                return Unary(unary);
            case BoundAssignment assignment:
                return Assign(assignment);
            case BoundConditional conditional:
                {
                    var whenTrue = Compile(conditional.WhenTrue);
                    var whenFalse = Compile(conditional.WhenFalse);
                    if (whenTrue.Type != whenFalse.Type)
                    {
                        whenTrue = Box(whenTrue);
                        whenFalse = Box(whenFalse);
                    }

                    return Expression.Condition(Condition(conditional.Condition), whenTrue, whenFalse);
                }

            case BoundCast cast:
                return Cast(cast);
            case BoundInstanceOf test:
                return Expression.Call(Rt.Method(nameof(Rt.InstanceOf)), Box(Compile(test.Operand)), Expression.Constant(test.TestedType));
            case BoundEnumValue value:
                return Expression.Constant(value.Value, typeof(object));
            case BoundConceptReference reference:
                return Expression.Constant(reference.Concept, typeof(object));
            default:
                return Action(expression);
        }
    }

    /// <summary>An expression evaluated for its effects only (statement position).</summary>
    private Expression CompileForEffect(BoundExpression expression) => Expression.Block(typeof(void), Compile(expression));

    private static Expression Literal(object? value) => value switch
    {
        null => Expression.Constant(null, typeof(object)),
        int or long or double or float or bool or char or short or sbyte => Expression.Constant(value),
        _ => Expression.Constant(value, typeof(object)),
    };

    private Expression Unchecked(BoundExpression expression) =>
        Expression.Call(Rt.Method(nameof(Rt.Unchecked)), _inv, Expression.Constant(expression.Syntax.ToString().Trim()));

    private Expression ParametersRecord(BehaviourSymbol behaviour)
    {
        var names = behaviour.Parameters.Select(p => p.Name).ToArray();
        var values = behaviour.Parameters.Select(p => _variables.TryGetValue(p, out var v) ? Box(v) : Expression.Constant(null)).ToArray();
        return Expression.Call(Rt.Method(nameof(Rt.ParametersRecord)), Expression.Constant(names), Expression.NewArrayInit(typeof(object), values));
    }

    /// <summary>Boxed arguments; converted to the parameters' declared types when the callee is known.</summary>
    private NewArrayExpression Arguments(IReadOnlyList<BoundExpression> arguments, BehaviourSymbol? callee = null) =>
        Expression.NewArrayInit(
            typeof(object),
            arguments.Select((argument, i) => callee is not null && i < callee.Parameters.Length
                ? ConvertForStore(CompileBoxed(argument), callee.Parameters[i].Type, typeof(object))
                : CompileBoxed(argument)));

    /// <summary>An expression as a boxed value; an unassigned required parameter is its argument, already boxed.</summary>
    private Expression CompileBoxed(BoundExpression expression) =>
        expression is BoundParameter { Parameter: var parameter } && _passThrough.TryGetValue(parameter, out var index)
            ? Expression.ArrayIndex(Expression.Field(_inv, nameof(Invocation.Arguments)), Expression.Constant(index))
            : Box(Compile(expression));

    private static Expression Box(Expression value) => value.Type == typeof(object) ? value : Expression.Convert(value, typeof(object));

    /// <summary>A boxed value unboxed to <paramref name="clr"/> after conversion to <paramref name="type"/>.</summary>
    private Expression Unbox(Expression boxed, FmlType type, Type clr)
    {
        if (clr == typeof(object))
        {
            return boxed.Type == typeof(object) ? boxed : Expression.Convert(boxed, typeof(object));
        }

        var slow = Expression.Convert(Expression.Call(ToDeclaredTypeMethod, Box(boxed), Expression.Constant(type)), clr);
        if (boxed is ParameterExpression or IndexExpression or BinaryExpression { NodeType: ExpressionType.ArrayIndex })
        {
            // Already of the exact CLR kind (the common case): unbox without the conversion call.
            return Expression.Condition(Expression.TypeIs(boxed, clr), Expression.Unbox(boxed, clr), slow);
        }

        return slow;
    }

    private static readonly System.Reflection.MethodInfo ToDeclaredTypeMethod = typeof(ValueConversions).GetMethod(nameof(ValueConversions.ToDeclaredType))!;

    /// <summary>The conversion applied when a value is stored in a place of declared type <paramref name="type"/>.</summary>
    private Expression ConvertForStore(Expression value, FmlType type, Type clr)
    {
        if (clr == typeof(object))
        {
            return type.IsError || type is ConceptType || (type is ClassType { QualifiedName: "java.lang.Object" })
                ? Box(value)
                : Expression.Call(ToDeclaredTypeMethod, Box(value), Expression.Constant(type));
        }

        if (value.Type == clr)
        {
            return value;
        }

        if ((clr == typeof(long) && Typing.IsIntegral(value.Type))
            || (clr == typeof(int) && (value.Type == typeof(short) || value.Type == typeof(sbyte) || value.Type == typeof(char)))
            || (clr == typeof(double) && Typing.IsNumeric(value.Type))
            || (clr == typeof(float) && value.Type == typeof(double)))
        {
            return Expression.Convert(value, clr);
        }

        if (Typing.IsFloating(value.Type) && (clr == typeof(int) || clr == typeof(long)))
        {
            return JavaCast(value, clr);
        }

        if (clr == typeof(int) && value.Type == typeof(long))
        {
            return Expression.Call(MethodOf(typeof(Conversions), nameof(Conversions.LongToInt)), value);
        }

        return Unbox(value, type, clr);
    }

    private Expression Cast(BoundCast cast)
    {
        var operand = Compile(cast.Operand);
        var clr = Typing.ClrType(cast.Type);
        if (clr != typeof(object) && Typing.IsNumeric(operand.Type) && Typing.IsNumeric(clr))
        {
            return JavaCast(operand, clr);
        }

        if (cast.Type is ConceptType { Concept: { } concept })
        {
            return Expression.Call(Rt.Method(nameof(Rt.CastToConcept)), Box(operand), Expression.Constant(concept));
        }

        var converted = Expression.Call(typeof(ValueConversions).GetMethod(nameof(ValueConversions.Cast))!, Box(operand), Expression.Constant(cast.Type));
        return clr == typeof(object) ? converted : Expression.Convert(converted, clr);
    }

    /// <summary>Java's explicit numeric cast between typed values (wrap, truncate, saturate).</summary>
    private static Expression JavaCast(Expression value, Type clr)
    {
        if (value.Type == clr)
        {
            return value;
        }

        if (Typing.IsFloating(value.Type) && Typing.IsIntegral(clr))
        {
            var asDouble = Expression.Convert(value, typeof(double));
            if (clr == typeof(long))
            {
                return Expression.Call(typeof(ValueConversions).GetMethod(nameof(ValueConversions.SaturateLong))!, asDouble);
            }

            var asInt = Expression.Call(typeof(ValueConversions).GetMethod(nameof(ValueConversions.SaturateInt))!, asDouble);
            return clr == typeof(int) ? asInt : Expression.Convert(asInt, clr);
        }

        return Expression.Convert(value, clr);
    }
}
