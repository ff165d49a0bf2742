using Flexo.Fml.Semantics;
using Flexo.Fml.Syntax;

namespace Flexo.Runtime.Values;

/// <summary>
/// The run-time semantics of FML operators on values (docs/types.md, docs/runtime-values.md). Integral
/// <c>+ - *</c> are computed on 64 bits and give a <c>long</c>; <c>/</c> and <c>%</c> of two integers give a
/// <c>double</c> (RI compatibility: <c>7 / 2</c> is 3.5); floating arithmetic gives a <c>double</c>. Invalid operands
/// are a <see cref="FmlRuntimeError"/>, never a silent null. <c>&amp;&amp;</c> and <c>||</c> are evaluated here on two
/// values, but short-circuit evaluation is the caller's: it must not evaluate the right operand when the left one
/// decides.
/// </summary>
public static class Operators
{
    /// <summary>Applies a binary operator to two values.</summary>
    /// <param name="op">The operator token (<c>PlusToken</c>, <c>EqualsEqualsToken</c>...).</param>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The result.</returns>
    public static object? Binary(SyntaxKind op, object? left, object? right) => op switch
    {
        SyntaxKind.PlusToken => Plus(left, right),
        SyntaxKind.MinusToken => Minus(left, right),
        SyntaxKind.AsteriskToken => Arithmetic(op, left, right),
        SyntaxKind.SlashToken or SyntaxKind.PercentToken => Division(op, left, right),
        SyntaxKind.LessThanLessThanToken or SyntaxKind.GreaterThanGreaterThanToken
            or SyntaxKind.GreaterThanGreaterThanGreaterThanToken => Shift(op, left, right),
        SyntaxKind.AmpersandToken or SyntaxKind.BarToken or SyntaxKind.CaretToken => Bitwise(op, left, right),
        SyntaxKind.AmpersandAmpersandToken => Boolean(op, left) && Boolean(op, right),
        SyntaxKind.BarBarToken => Boolean(op, left) || Boolean(op, right),
        SyntaxKind.LessThanToken or SyntaxKind.LessThanEqualsToken or SyntaxKind.GreaterThanToken
            or SyntaxKind.GreaterThanEqualsToken => Compare(op, left, right),
        SyntaxKind.EqualsEqualsToken => FmlEquality.AreEqual(left, right),
        SyntaxKind.ExclamationEqualsToken => !FmlEquality.AreEqual(left, right),
        _ => throw new FmlRuntimeError($"'{Text(op)}' is not a binary operator"),
    };

    /// <summary>
    /// Applies a unary operator: <c>-</c>, <c>+</c> (numbers; integral results are <c>long</c>, floating ones
    /// <c>double</c>), <c>~</c> (integral), <c>!</c> (boolean), and <c>++</c>/<c>--</c> (the incremented or decremented
    /// value, of the operand's kind; the caller stores it and chooses the prefix or postfix result).
    /// </summary>
    /// <param name="op">The operator token.</param>
    /// <param name="operand">The operand.</param>
    /// <returns>The result.</returns>
    public static object? Unary(SyntaxKind op, object? operand)
    {
        switch (op)
        {
            case SyntaxKind.ExclamationToken:
                return !Boolean(op, operand);
            case SyntaxKind.MinusToken when Numbers.IsIntegral(operand):
                return unchecked(-Numbers.ToLong(operand));
            case SyntaxKind.MinusToken when Numbers.IsFloating(operand):
                return -Numbers.ToDouble(operand);
            case SyntaxKind.PlusToken when Numbers.IsIntegral(operand):
                return Numbers.ToLong(operand);
            case SyntaxKind.PlusToken when Numbers.IsFloating(operand):
                return Numbers.ToDouble(operand);
            case SyntaxKind.TildeToken when Numbers.IsIntegral(operand):
                return ~Numbers.ToLong(operand);
            case SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken when Numbers.IsNumeric(operand):
                int delta = op == SyntaxKind.PlusPlusToken ? 1 : -1;
                return operand switch
                {
                    double d => (object)(d + delta),
                    float f => f + delta,
                    int i => unchecked(i + delta),
                    short s => unchecked((short)(s + delta)),
                    sbyte b => unchecked((sbyte)(b + delta)),
                    char c => unchecked((char)(c + delta)),
                    _ => unchecked(Numbers.ToLong(operand) + delta),
                };
            case SyntaxKind.MinusToken or SyntaxKind.PlusToken or SyntaxKind.TildeToken or SyntaxKind.PlusPlusToken
                or SyntaxKind.MinusMinusToken:
                throw new FmlRuntimeError($"operator '{Text(op)}' cannot be applied to {Numbers.Describe(operand)}");
            default:
                throw new FmlRuntimeError($"'{Text(op)}' is not a unary operator");
        }
    }

    /// <summary>
    /// A compound assignment <c>x op= e</c> (D17): applies the operator to the current value and the operand, then
    /// converts the result back to the target's type with Java's implicit cast (wrap, truncate, saturate), so that
    /// <c>int x = 7; x /= 2;</c> gives 3 and <c>x += 1.5</c> truncates. A <c>String</c> target concatenates.
    /// </summary>
    /// <param name="compoundOp">The compound operator token (<c>SlashEqualsToken</c>...), or its simple operator.</param>
    /// <param name="current">The current value of the target.</param>
    /// <param name="operand">The right operand.</param>
    /// <param name="targetType">The declared type of the target.</param>
    /// <returns>The value to store.</returns>
    public static object? CompoundAssign(SyntaxKind compoundOp, object? current, object? operand, FmlType targetType)
    {
        ArgumentNullException.ThrowIfNull(targetType);
        SyntaxKind op = OperatorTyping.CompoundOperator(compoundOp) is { } simple ? simple : compoundOp;
        object? result = Binary(op, current, operand);
        return ValueConversions.Cast(result, targetType);
    }

    /// <summary>
    /// The truth of an evaluated condition of <c>if</c>, <c>while</c>, <c>do … while</c> or <c>for</c> (D19): a boolean is
    /// itself, null (an unset value, or the result of navigating through null) counts as false, and any other value is
    /// a run-time error. A condition is never true by default. A condition whose evaluation failed is the caller's
    /// run-time error, not a value here.
    /// </summary>
    /// <param name="value">The value of the condition.</param>
    /// <returns>Whether the condition holds.</returns>
    public static bool Condition(object? value) => value switch
    {
        bool b => b,
        null => false,
        _ => throw new FmlRuntimeError($"a condition must be a boolean, not {Numbers.Describe(value)}"),
    };

    /// <summary>True when a value is a valid operand of <c>&amp;&amp;</c>/<c>||</c>/<c>!</c>, else a run-time error.</summary>
    /// <param name="op">The operator, for the message.</param>
    /// <param name="value">The value.</param>
    /// <returns>The boolean.</returns>
    public static bool Boolean(SyntaxKind op, object? value) =>
        value is bool b ? b : throw new FmlRuntimeError($"operator '{Text(op)}' needs a boolean, not {Numbers.Describe(value)}");

    private static object Plus(object? left, object? right)
    {
        if (left is string || right is string)
        {
            return JavaText.ToJavaString(left) + JavaText.ToJavaString(right);
        }

        return (left, right) switch
        {
            (DateTime d, TimeSpan t) => d + t,
            (TimeSpan t, DateTime d) => d + t,
            (TimeSpan a, TimeSpan b) => a + b,
            _ => Arithmetic(SyntaxKind.PlusToken, left, right),
        };
    }

    private static object Minus(object? left, object? right) => (left, right) switch
    {
        (DateTime a, DateTime b) => a.ToUniversalTime() - b.ToUniversalTime(),
        (DateTime d, TimeSpan t) => d - t,
        (TimeSpan a, TimeSpan b) => a - b,
        _ => Arithmetic(SyntaxKind.MinusToken, left, right),
    };

    private static object Arithmetic(SyntaxKind op, object? left, object? right)
    {
        CheckNumeric(op, left, right);
        if (Numbers.IsIntegral(left) && Numbers.IsIntegral(right))
        {
            long a = Numbers.ToLong(left), b = Numbers.ToLong(right);
            return op switch
            {
                SyntaxKind.PlusToken => unchecked(a + b),
                SyntaxKind.MinusToken => unchecked(a - b),
                _ => unchecked(a * b),
            };
        }

        double x = Numbers.ToDouble(left), y = Numbers.ToDouble(right);
        return op switch
        {
            SyntaxKind.PlusToken => x + y,
            SyntaxKind.MinusToken => x - y,
            _ => x * y,
        };
    }

    private static object Division(SyntaxKind op, object? left, object? right)
    {
        CheckNumeric(op, left, right);
        double x = Numbers.ToDouble(left), y = Numbers.ToDouble(right);

        // .NET's % on doubles is the IEEE remainder with truncation, the same as Java's %.
        return op == SyntaxKind.SlashToken ? x / y : x % y;
    }

    private static object Shift(SyntaxKind op, object? left, object? right)
    {
        CheckIntegral(op, left, right);
        long distance = Numbers.ToLong(right);
        if (left is long l)
        {
            int n = (int)(distance & 63);
            return op switch
            {
                SyntaxKind.LessThanLessThanToken => l << n,
                SyntaxKind.GreaterThanGreaterThanToken => l >> n,
                _ => (long)((ulong)l >> n),
            };
        }

        // Stored int, short, byte and char values shift on 32 bits, as Java's promoted int.
        int i = (int)Numbers.ToLong(left);
        int m = (int)(distance & 31);
        return op switch
        {
            SyntaxKind.LessThanLessThanToken => i << m,
            SyntaxKind.GreaterThanGreaterThanToken => i >> m,
            _ => (int)((uint)i >> m),
        };
    }

    private static object Bitwise(SyntaxKind op, object? left, object? right)
    {
        if (left is bool a && right is bool b)
        {
            return op switch
            {
                SyntaxKind.AmpersandToken => a & b,
                SyntaxKind.BarToken => a | b,
                _ => a ^ b,
            };
        }

        CheckIntegral(op, left, right);
        long x = Numbers.ToLong(left), y = Numbers.ToLong(right);
        return op switch
        {
            SyntaxKind.AmpersandToken => x & y,
            SyntaxKind.BarToken => x | y,
            _ => x ^ y,
        };
    }

    private static bool Compare(SyntaxKind op, object? left, object? right)
    {
        CheckNumeric(op, left, right);
        int sign;
        if (Numbers.IsIntegral(left) && Numbers.IsIntegral(right))
        {
            sign = Numbers.ToLong(left).CompareTo(Numbers.ToLong(right));
        }
        else
        {
            double x = Numbers.ToDouble(left), y = Numbers.ToDouble(right);
            if (double.IsNaN(x) || double.IsNaN(y))
            {
                return false;
            }

            sign = x < y ? -1 : x > y ? 1 : 0;
        }

        return op switch
        {
            SyntaxKind.LessThanToken => sign < 0,
            SyntaxKind.LessThanEqualsToken => sign <= 0,
            SyntaxKind.GreaterThanToken => sign > 0,
            _ => sign >= 0,
        };
    }

    private static void CheckNumeric(SyntaxKind op, object? left, object? right)
    {
        if (!Numbers.IsNumeric(left) || !Numbers.IsNumeric(right))
        {
            throw Invalid(op, left, right);
        }
    }

    private static void CheckIntegral(SyntaxKind op, object? left, object? right)
    {
        if (!Numbers.IsIntegral(left) || !Numbers.IsIntegral(right))
        {
            throw Invalid(op, left, right);
        }
    }

    private static FmlRuntimeError Invalid(SyntaxKind op, object? left, object? right) =>
        new($"operator '{Text(op)}' cannot be applied to {Numbers.Describe(left)} and {Numbers.Describe(right)}");

    /// <summary>The text of an operator token (<c>+</c>, <c>&gt;&gt;&gt;=</c>).</summary>
    /// <param name="op">The token kind.</param>
    /// <returns>Its text.</returns>
    public static string Text(SyntaxKind op) => op switch
    {
        SyntaxKind.PlusToken => "+",
        SyntaxKind.MinusToken => "-",
        SyntaxKind.AsteriskToken => "*",
        SyntaxKind.SlashToken => "/",
        SyntaxKind.PercentToken => "%",
        SyntaxKind.LessThanLessThanToken => "<<",
        SyntaxKind.GreaterThanGreaterThanToken => ">>",
        SyntaxKind.GreaterThanGreaterThanGreaterThanToken => ">>>",
        SyntaxKind.AmpersandToken => "&",
        SyntaxKind.BarToken => "|",
        SyntaxKind.CaretToken => "^",
        SyntaxKind.AmpersandAmpersandToken => "&&",
        SyntaxKind.BarBarToken => "||",
        SyntaxKind.LessThanToken => "<",
        SyntaxKind.LessThanEqualsToken => "<=",
        SyntaxKind.GreaterThanToken => ">",
        SyntaxKind.GreaterThanEqualsToken => ">=",
        SyntaxKind.EqualsEqualsToken => "==",
        SyntaxKind.ExclamationEqualsToken => "!=",
        SyntaxKind.ExclamationToken => "!",
        SyntaxKind.TildeToken => "~",
        SyntaxKind.PlusPlusToken => "++",
        SyntaxKind.MinusMinusToken => "--",
        _ => op.ToString(),
    };
}
