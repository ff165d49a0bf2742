using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics;

/// <summary>
/// The static types of FML's operators (language reference §3.10; the table is in docs/types.md). Each method returns the
/// result type, or null when the operator does not apply to the operand types, so that the binder reports
/// "operator '+' cannot be applied to X and Y". When an operand has an error type the result is the error type, never
/// null, so that no diagnostic cascades.
/// </summary>
/// <remarks>
/// Numeric typing: <c>+ - *</c>, the bitwise operators and unary <c>+ - ~</c> follow Java's numeric promotion
/// (<c>int + int</c> is <c>int</c>, <c>int + long</c> is <c>long</c>, <c>float * int</c> is <c>float</c>), so that
/// <c>int x = a + b;</c> is legal for ints. <c>/</c> and <c>%</c> on two integral operands are <c>double</c>
/// (<c>7 / 2</c> is 3.5, as in the RI); with a floating operand they follow Java's promotion. At run time integral
/// arithmetic is computed on 64 bits and floating arithmetic on doubles, as the RI does; a value takes its static type
/// when it is stored (docs/types.md, "Numbers at run time").
/// </remarks>
public static class OperatorTyping
{
    /// <summary>
    /// True for the kinds <see cref="Binary"/> accepts: the binary operators (arithmetic, shifts, comparisons,
    /// equality, bitwise, logical), <c>instanceof</c>, and the assignment operators <c>=</c> <c>+=</c> ... <c>&gt;&gt;&gt;=</c>.
    /// </summary>
    public static bool IsBinaryOperator(SyntaxKind kind) =>
        SyntaxFacts.GetBinaryPriority(kind) != 0
        || kind is SyntaxKind.AmpersandAmpersandToken or SyntaxKind.BarBarToken
        || SyntaxFacts.IsAssignmentOperator(kind);

    /// <summary>True for the kinds <see cref="Unary"/> accepts: <c>+ - ! ~ ++ --</c> (prefix or postfix).</summary>
    public static bool IsUnaryOperator(SyntaxKind kind) => kind is SyntaxKind.PlusToken or SyntaxKind.MinusToken
        or SyntaxKind.ExclamationToken or SyntaxKind.TildeToken or SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken;

    /// <summary>
    /// The binary operator of a compound assignment (<c>+=</c> → <c>+</c>, <c>&gt;&gt;&gt;=</c> → <c>&gt;&gt;&gt;</c>), or
    /// null for any other kind (<c>=</c> included).
    /// </summary>
    public static SyntaxKind? CompoundOperator(SyntaxKind kind) => kind switch
    {
        SyntaxKind.PlusEqualsToken => SyntaxKind.PlusToken,
        SyntaxKind.MinusEqualsToken => SyntaxKind.MinusToken,
        SyntaxKind.AsteriskEqualsToken => SyntaxKind.AsteriskToken,
        SyntaxKind.SlashEqualsToken => SyntaxKind.SlashToken,
        SyntaxKind.PercentEqualsToken => SyntaxKind.PercentToken,
        SyntaxKind.AmpersandEqualsToken => SyntaxKind.AmpersandToken,
        SyntaxKind.BarEqualsToken => SyntaxKind.BarToken,
        SyntaxKind.CaretEqualsToken => SyntaxKind.CaretToken,
        SyntaxKind.LessThanLessThanEqualsToken => SyntaxKind.LessThanLessThanToken,
        SyntaxKind.GreaterThanGreaterThanEqualsToken => SyntaxKind.GreaterThanGreaterThanToken,
        SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken => SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
        _ => null,
    };

    /// <summary>
    /// The type of <c>left op right</c>, or null when the operator does not apply. For <c>instanceof</c>,
    /// <paramref name="right"/> is the type tested. For <c>=</c> and the compound assignments, <paramref name="left"/> is
    /// the type of the target and the result is that type when the assignment is legal (see <see cref="Assignment"/> and
    /// <see cref="CompoundAssignment"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="op"/> is not a binary operator (<see cref="IsBinaryOperator"/>).</exception>
    public static FmlType? Binary(SyntaxKind op, FmlType left, FmlType right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (!IsBinaryOperator(op))
        {
            throw new ArgumentOutOfRangeException(nameof(op), op, "Not a binary operator.");
        }

        if (op == SyntaxKind.EqualsToken)
        {
            return Assignment(left, right);
        }

        if (CompoundOperator(op) is not null)
        {
            return CompoundAssignment(op, left, right);
        }

        if (left.IsError || right.IsError)
        {
            return ErrorType.Instance;
        }

        if (TypeFacts.IsVoid(left) || TypeFacts.IsVoid(right))
        {
            return null;
        }

        return op switch
        {
            SyntaxKind.PlusToken => Plus(left, right),
            SyntaxKind.MinusToken => Minus(left, right),
            SyntaxKind.AsteriskToken => Numeric(left, right),
            SyntaxKind.SlashToken or SyntaxKind.PercentToken => Division(left, right),
            SyntaxKind.LessThanLessThanToken or SyntaxKind.GreaterThanGreaterThanToken
                or SyntaxKind.GreaterThanGreaterThanGreaterThanToken => Shift(left, right),
            SyntaxKind.AmpersandToken or SyntaxKind.BarToken or SyntaxKind.CaretToken => Bitwise(left, right),
            SyntaxKind.AmpersandAmpersandToken or SyntaxKind.BarBarToken =>
                TypeFacts.IsBoolean(left) && TypeFacts.IsBoolean(right) ? PrimitiveType.Boolean : null,
            SyntaxKind.LessThanToken or SyntaxKind.LessThanEqualsToken or SyntaxKind.GreaterThanToken
                or SyntaxKind.GreaterThanEqualsToken =>
                TypeFacts.IsNumeric(left) && TypeFacts.IsNumeric(right) ? PrimitiveType.Boolean : null,
            SyntaxKind.EqualsEqualsToken or SyntaxKind.ExclamationEqualsToken =>
                AreComparable(left, right) ? PrimitiveType.Boolean : null,
            SyntaxKind.InstanceOfKeyword => InstanceOf(left, right),
            _ => null,
        };
    }

    /// <summary>
    /// The type of a prefix or postfix unary operation, or null when the operator does not apply: <c>+ -</c> on numbers
    /// (promoted: <c>-b</c> is an int for a byte b), <c>~</c> on integral numbers (promoted), <c>!</c> on booleans,
    /// <c>++ --</c> on numbers (the operand's own type; the binder checks that the operand is a variable, property or path).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="op"/> is not a unary operator (<see cref="IsUnaryOperator"/>).</exception>
    public static FmlType? Unary(SyntaxKind op, FmlType operand)
    {
        ArgumentNullException.ThrowIfNull(operand);
        if (!IsUnaryOperator(op))
        {
            throw new ArgumentOutOfRangeException(nameof(op), op, "Not a unary operator.");
        }

        if (operand.IsError)
        {
            return ErrorType.Instance;
        }

        return op switch
        {
            SyntaxKind.PlusToken or SyntaxKind.MinusToken => TypeFacts.IsNumeric(operand) ? Promote(operand) : null,
            SyntaxKind.TildeToken => TypeFacts.IsIntegral(operand) ? Promote(operand) : null,
            SyntaxKind.ExclamationToken => TypeFacts.IsBoolean(operand) ? PrimitiveType.Boolean : null,
            _ => TypeFacts.IsNumeric(operand) ? operand : null,
        };
    }

    /// <summary>
    /// The type of <c>target = value</c>: <paramref name="target"/> when <paramref name="value"/> is assignable to it
    /// (<see cref="TypeFacts.IsAssignable"/>, strict or <paramref name="permissive"/>), else null; the error type when
    /// either is an error.
    /// </summary>
    public static FmlType? Assignment(FmlType target, FmlType value, bool permissive = false)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(value);
        if (target.IsError || value.IsError)
        {
            return ErrorType.Instance;
        }

        return TypeFacts.IsAssignable(target, value, permissive) ? target : null;
    }

    /// <summary>
    /// The type of <c>target op= value</c> (D17: <c>x = (T)(x op value)</c>, the target evaluated once): the target's type
    /// when <c>target op value</c> is defined and its result converts back to the target, as Java's implicit cast does
    /// (<c>int x; x += 1.5</c> and <c>x /= 2</c> are legal; the result is truncated). A String target accepts
    /// <c>+=</c> with any operand; a boolean one <c>&amp;= |= ^=</c>; a Date <c>+= -=</c> with a Duration. A boxed
    /// numeric target behaves as its primitive. Null when illegal; the error type when an operand is an error.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="op"/> is not a compound assignment operator.</exception>
    public static FmlType? CompoundAssignment(SyntaxKind op, FmlType target, FmlType value)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(value);
        if (CompoundOperator(op) is not { } binaryOperator)
        {
            throw new ArgumentOutOfRangeException(nameof(op), op, "Not a compound assignment operator.");
        }

        if (target.IsError || value.IsError)
        {
            return ErrorType.Instance;
        }

        if (Binary(binaryOperator, target, value) is not { } result)
        {
            return null;
        }

        if (result.IsError)
        {
            return ErrorType.Instance;
        }

        var legal = TypeFacts.IsAssignable(target, result)
            || (TypeFacts.IsNumeric(target) && TypeFacts.IsNumeric(result))
            || (TypeFacts.IsBoolean(target) && TypeFacts.IsBoolean(result));
        return legal ? target : null;
    }

    /// <summary>
    /// The type of <c>operand instanceof type</c>: boolean when the operand is a reference (or null) whose type could hold
    /// an instance of <paramref name="type"/> (<see cref="TypeFacts.IsCastable"/>); null otherwise (a primitive operand,
    /// unrelated types); the error type for error operands.
    /// </summary>
    public static FmlType? InstanceOf(FmlType operand, FmlType type)
    {
        ArgumentNullException.ThrowIfNull(operand);
        ArgumentNullException.ThrowIfNull(type);
        if (operand.IsError || type.IsError)
        {
            return ErrorType.Instance;
        }

        return TypeFacts.IsReference(operand) && TypeFacts.IsReference(type) && type is not NullType
            && TypeFacts.IsCastable(type, operand)
            ? PrimitiveType.Boolean
            : null;
    }

    /// <summary>
    /// The type of <c>c ? a : b</c>: the common type of the branches (<see cref="TypeFacts.CommonType"/>), or null when
    /// the condition is not boolean; the error type when any part is an error.
    /// </summary>
    public static FmlType? Conditional(FmlType condition, FmlType whenTrue, FmlType whenFalse)
    {
        ArgumentNullException.ThrowIfNull(condition);
        if (condition.IsError)
        {
            return ErrorType.Instance;
        }

        return TypeFacts.IsBoolean(condition) ? TypeFacts.CommonType(whenTrue, whenFalse) : null;
    }

    /// <summary>
    /// True when <c>left == right</c> and <c>left != right</c> are allowed: numbers with numbers (by value, whatever their
    /// kinds), booleans with booleans, null with anything but void (also a primitive, which may be an unset property), an
    /// enum with a string (compared by name, as the RI), and reference types one of which can be cast to the other
    /// (strings, concepts of the same hierarchy, enums of the same enum, collections...).
    /// </summary>
    public static bool AreComparable(FmlType left, FmlType right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.IsError || right.IsError)
        {
            return true;
        }

        if (TypeFacts.IsVoid(left) || TypeFacts.IsVoid(right))
        {
            return false;
        }

        if ((TypeFacts.IsNumeric(left) && TypeFacts.IsNumeric(right))
            || (TypeFacts.IsBoolean(left) && TypeFacts.IsBoolean(right))
            || left is NullType || right is NullType
            || (TypeFacts.IsEnum(left) && TypeFacts.IsString(right))
            || (TypeFacts.IsString(left) && TypeFacts.IsEnum(right)))
        {
            return true;
        }

        if (left is PrimitiveType || right is PrimitiveType)
        {
            // Object == 1 (Java boxes the number); otherwise a primitive only compares with its own category.
            return TypeFacts.IsObject(left) || TypeFacts.IsObject(right);
        }

        return TypeFacts.IsCastable(left, right) || TypeFacts.IsCastable(right, left);
    }

    // ------------------------------------------------------------------ categories

    private static FmlType? Plus(FmlType left, FmlType right)
    {
        if (TypeFacts.IsString(left) || TypeFacts.IsString(right))
        {
            return TypeFacts.String; // concatenation with the other operand's string form ("null" for null)
        }

        if (TypeFacts.IsDate(left) && TypeFacts.IsDuration(right) || TypeFacts.IsDuration(left) && TypeFacts.IsDate(right))
        {
            return TypeFacts.Date;
        }

        if (TypeFacts.IsDuration(left) && TypeFacts.IsDuration(right))
        {
            return TypeFacts.Duration;
        }

        return Numeric(left, right);
    }

    private static FmlType? Minus(FmlType left, FmlType right)
    {
        if (TypeFacts.IsDate(left))
        {
            return TypeFacts.IsDate(right) ? TypeFacts.Duration : TypeFacts.IsDuration(right) ? TypeFacts.Date : null;
        }

        if (TypeFacts.IsDuration(left) && TypeFacts.IsDuration(right))
        {
            return TypeFacts.Duration;
        }

        return Numeric(left, right);
    }

    /// <summary><c>+ - *</c> on numbers: Java's binary numeric promotion.</summary>
    private static PrimitiveType? Numeric(FmlType left, FmlType right) =>
        TypeFacts.IsNumeric(left) && TypeFacts.IsNumeric(right) ? Promote(left, right) : null;

    /// <summary><c>/ %</c>: double for two integral operands (RI), Java's promotion otherwise.</summary>
    private static PrimitiveType? Division(FmlType left, FmlType right)
    {
        if (!TypeFacts.IsNumeric(left) || !TypeFacts.IsNumeric(right))
        {
            return null;
        }

        return TypeFacts.IsIntegral(left) && TypeFacts.IsIntegral(right) ? PrimitiveType.Double : Promote(left, right);
    }

    /// <summary>Shifts: integral operands; the type of the promoted left operand (Java).</summary>
    private static PrimitiveType? Shift(FmlType left, FmlType right) =>
        TypeFacts.IsIntegral(left) && TypeFacts.IsIntegral(right) ? Promote(left) : null;

    /// <summary><c>&amp; | ^</c>: integral (promoted) or boolean (non-short-circuit logic, as Java).</summary>
    private static PrimitiveType? Bitwise(FmlType left, FmlType right)
    {
        if (TypeFacts.IsBoolean(left) && TypeFacts.IsBoolean(right))
        {
            return PrimitiveType.Boolean;
        }

        return TypeFacts.IsIntegral(left) && TypeFacts.IsIntegral(right) ? Promote(left, right) : null;
    }

    /// <summary>Java's unary numeric promotion: byte, short and char become int.</summary>
    private static PrimitiveType Promote(FmlType operand) => TypeFacts.PrimitiveKindOf(operand) switch
    {
        PrimitiveKind.Long => PrimitiveType.Long,
        PrimitiveKind.Float => PrimitiveType.Float,
        PrimitiveKind.Double => PrimitiveType.Double,
        _ => PrimitiveType.Int,
    };

    /// <summary>Java's binary numeric promotion: double, else float, else long, else int.</summary>
    private static PrimitiveType Promote(FmlType left, FmlType right)
    {
        var l = Promote(left);
        var r = Promote(right);
        if (l == PrimitiveType.Double || r == PrimitiveType.Double)
        {
            return PrimitiveType.Double;
        }

        if (l == PrimitiveType.Float || r == PrimitiveType.Float)
        {
            return PrimitiveType.Float;
        }

        return l == PrimitiveType.Long || r == PrimitiveType.Long ? PrimitiveType.Long : PrimitiveType.Int;
    }
}
