using System.Linq.Expressions;
using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Bound;
using Flexo.Fml.Syntax;
using Flexo.Runtime.Values;

namespace Flexo.Execution;

internal sealed partial class CodeCompiler
{
    private static readonly System.Reflection.MethodInfo BinaryMethod = typeof(Operators).GetMethod(nameof(Operators.Binary))!;
    private static readonly System.Reflection.MethodInfo UnaryMethod = typeof(Operators).GetMethod(nameof(Operators.Unary))!;
    private static readonly System.Reflection.MethodInfo BooleanMethod = typeof(Operators).GetMethod(nameof(Operators.Boolean))!;
    private static readonly System.Reflection.MethodInfo CompoundMethod = typeof(Operators).GetMethod(nameof(Operators.CompoundAssign))!;

    private Expression Binary(BoundBinary binary)
    {
        var op = binary.Operator;
        if (op is SyntaxKind.AmpersandAmpersandToken or SyntaxKind.BarBarToken)
        {
            var left = AsBoolean(op, Compile(binary.Left));
            var right = AsBoolean(op, Compile(binary.Right));
            return op == SyntaxKind.AmpersandAmpersandToken ? Expression.AndAlso(left, right) : Expression.OrElse(left, right);
        }

        return TypedBinary(op, Compile(binary.Left), Compile(binary.Right));
    }

    /// <summary>A binary operator on compiled operands: emitted directly on typed numbers and booleans, else the value layer.</summary>
    private static Expression TypedBinary(SyntaxKind op, Expression left, Expression right)
    {
        var integral = Typing.IsIntegral(left.Type) && Typing.IsIntegral(right.Type);
        var numeric = Typing.IsNumeric(left.Type) && Typing.IsNumeric(right.Type);
        var booleans = left.Type == typeof(bool) && right.Type == typeof(bool);
        Expression L(Type t) => left.Type == t ? left : Expression.Convert(left, t);
        Expression R(Type t) => right.Type == t ? right : Expression.Convert(right, t);
        switch (op)
        {
            case SyntaxKind.PlusToken when integral:
                return Expression.Add(L(typeof(long)), R(typeof(long)));
            case SyntaxKind.MinusToken when integral:
                return Expression.Subtract(L(typeof(long)), R(typeof(long)));
            case SyntaxKind.AsteriskToken when integral:
                return Expression.Multiply(L(typeof(long)), R(typeof(long)));
            case SyntaxKind.PlusToken when numeric:
                return Expression.Add(L(typeof(double)), R(typeof(double)));
            case SyntaxKind.MinusToken when numeric:
                return Expression.Subtract(L(typeof(double)), R(typeof(double)));
            case SyntaxKind.AsteriskToken when numeric:
                return Expression.Multiply(L(typeof(double)), R(typeof(double)));
            case SyntaxKind.SlashToken when numeric:
                return Expression.Divide(L(typeof(double)), R(typeof(double)));
            case SyntaxKind.PercentToken when numeric:
                return Expression.Modulo(L(typeof(double)), R(typeof(double)));
            case SyntaxKind.LessThanToken or SyntaxKind.LessThanEqualsToken or SyntaxKind.GreaterThanToken or SyntaxKind.GreaterThanEqualsToken
                or SyntaxKind.EqualsEqualsToken or SyntaxKind.ExclamationEqualsToken when numeric:
                {
                    var t = integral ? typeof(long) : typeof(double);
                    return Compare(op, L(t), R(t));
                }

            case SyntaxKind.EqualsEqualsToken when booleans:
                return Expression.Equal(left, right);
            case SyntaxKind.ExclamationEqualsToken when booleans:
                return Expression.NotEqual(left, right);
            case SyntaxKind.AmpersandToken when integral:
                return Expression.And(L(typeof(long)), R(typeof(long)));
            case SyntaxKind.BarToken when integral:
                return Expression.Or(L(typeof(long)), R(typeof(long)));
            case SyntaxKind.CaretToken when integral:
                return Expression.ExclusiveOr(L(typeof(long)), R(typeof(long)));
            case SyntaxKind.AmpersandToken when booleans:
                return Expression.And(left, right);
            case SyntaxKind.BarToken when booleans:
                return Expression.Or(left, right);
            case SyntaxKind.CaretToken when booleans:
                return Expression.ExclusiveOr(left, right);
        }

        var result = Expression.Call(BinaryMethod, Expression.Constant(op), Box(left), Box(right));
        return op is SyntaxKind.LessThanToken or SyntaxKind.LessThanEqualsToken or SyntaxKind.GreaterThanToken or SyntaxKind.GreaterThanEqualsToken
            or SyntaxKind.EqualsEqualsToken or SyntaxKind.ExclamationEqualsToken
            ? Expression.Convert(result, typeof(bool))
            : result;
    }

    private static Expression Compare(SyntaxKind op, Expression left, Expression right) => op switch
    {
        SyntaxKind.LessThanToken => Expression.LessThan(left, right),
        SyntaxKind.LessThanEqualsToken => Expression.LessThanOrEqual(left, right),
        SyntaxKind.GreaterThanToken => Expression.GreaterThan(left, right),
        SyntaxKind.GreaterThanEqualsToken => Expression.GreaterThanOrEqual(left, right),
        SyntaxKind.EqualsEqualsToken => Expression.Equal(left, right),
        _ => Expression.NotEqual(left, right),
    };

    private static Expression AsBoolean(SyntaxKind op, Expression value) =>
        value.Type == typeof(bool) ? value : Expression.Call(BooleanMethod, Expression.Constant(op), Box(value));

    private Expression Unary(BoundUnary unary)
    {
        var op = unary.Operator;
        if (op is SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken)
        {
            return Increment(unary);
        }

        var operand = Compile(unary.Operand);
        switch (op)
        {
            case SyntaxKind.ExclamationToken when operand.Type == typeof(bool):
                return Expression.Not(operand);
            case SyntaxKind.MinusToken when Typing.IsIntegral(operand.Type):
                return Expression.Negate(Expression.Convert(operand, typeof(long)));
            case SyntaxKind.MinusToken when Typing.IsFloating(operand.Type):
                return Expression.Negate(Expression.Convert(operand, typeof(double)));
            case SyntaxKind.ExclamationToken:
                return Expression.Not(AsBoolean(op, operand));
            default:
                return Expression.Call(UnaryMethod, Expression.Constant(op), Box(operand));
        }
    }

    /// <summary><c>++x</c>, <c>x++</c>, <c>--x</c>, <c>x--</c> on a variable or a property (D18); the value keeps its kind.</summary>
    private Expression Increment(BoundUnary unary)
    {
        var op = unary.Operator;
        var delta = op == SyntaxKind.PlusPlusToken ? 1 : -1;
        switch (unary.Operand)
        {
            case BoundLocal or BoundParameter:
                {
                    var variable = (ParameterExpression)Compile(unary.Operand);
                    if (Typing.IsNumeric(variable.Type))
                    {
                        var wide = Typing.IsFloating(variable.Type) ? typeof(double) : variable.Type == typeof(long) ? typeof(long) : typeof(int);
                        var updated = Expression.Convert(Expression.Add(Expression.Convert(variable, wide), Expression.Convert(Expression.Constant(delta), wide)), variable.Type);
                        return unary.IsPostfix
                            ? Expression.Block(variable.Type, [Temp(variable.Type, out var old)], Expression.Assign(old, variable), Expression.Assign(variable, updated), old)
                            : Expression.Assign(variable, updated);
                    }

                    var boxedUpdate = Expression.Call(UnaryMethod, Expression.Constant(op), Box(variable));
                    return unary.IsPostfix
                        ? Expression.Block(typeof(object), [Temp(typeof(object), out var previous)], Expression.Assign(previous, Box(variable)), Expression.Assign(variable, Unbox(boxedUpdate, unary.Operand.Type, variable.Type)), previous)
                        : Box(Expression.Assign(variable, Unbox(boxedUpdate, unary.Operand.Type, variable.Type)));
                }

            case BoundPropertyAccess access:
                return Expression.Call(
                    Rt.Method(nameof(Rt.IncrementProperty)),
                    _inv,
                    Box(Compile(access.Receiver)),
                    Expression.Constant(access.Property),
                    Expression.Constant(op),
                    Expression.Constant(unary.IsPostfix));
            default:
                return Unchecked(unary);
        }
    }

    private static ParameterExpression Temp(Type type, out ParameterExpression variable)
    {
        variable = Expression.Variable(type, "tmp");
        return variable;
    }

    private Expression Assign(BoundAssignment assignment)
    {
        var op = assignment.Operator;
        var compound = op != SyntaxKind.EqualsToken;
        switch (assignment.Target)
        {
            case BoundLocal or BoundParameter:
                {
                    var variable = (ParameterExpression)Compile(assignment.Target);
                    var value = Compile(assignment.Value);
                    if (!compound)
                    {
                        return Expression.Assign(variable, _untyped.Contains(variable) ? Box(value) : ConvertForStore(value, assignment.Target.Type, variable.Type));
                    }

                    var simple = OperatorTyping.CompoundOperator(op) ?? op;
                    if (Typing.IsNumeric(variable.Type) && Typing.IsNumeric(value.Type))
                    {
                        var typed = TypedBinary(simple, variable, value);
                        if (Typing.IsNumeric(typed.Type))
                        {
                            return Expression.Assign(variable, JavaCast(typed, variable.Type));
                        }
                    }

                    var targetType = _untyped.Contains(variable) ? ClassType.Object : assignment.Target.Type;
                    var combined = Expression.Call(CompoundMethod, Expression.Constant(op), Box(variable), Box(value), Expression.Constant(targetType));
                    return Expression.Assign(variable, variable.Type == typeof(object) ? combined : Expression.Convert(combined, variable.Type));
                }

            case BoundPropertyAccess access:
                return Expression.Call(
                    Rt.Method(nameof(Rt.AssignProperty)),
                    _inv,
                    Box(Compile(access.Receiver)),
                    Expression.Constant(access.Property),
                    Expression.Constant(op),
                    CompileBoxed(assignment.Value));
            default:
                return Unchecked(assignment);
        }
    }
}
