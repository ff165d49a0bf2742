using System.Diagnostics;
using System.Globalization;
using Flexo.Fml.Semantics;

namespace Flexo.Runtime.Values;

public static partial class JavaMembers
{
    // ------------------------------------------------------------------ boxed numbers

    private static object? NumberMember(string id, object? r, Args a)
    {
        switch (id)
        {
            case "Number.intValue()":
                return ValueConversions.Cast(Numeric(id, r), PrimitiveType.Int);
            case "Number.longValue()":
                return ValueConversions.Cast(Numeric(id, r), PrimitiveType.Long);
            case "Number.doubleValue()":
                return ValueConversions.Cast(Numeric(id, r), PrimitiveType.Double);
            case "Number.floatValue()":
                return ValueConversions.Cast(Numeric(id, r), PrimitiveType.Float);
            case "Number.shortValue()":
                return ValueConversions.Cast(Numeric(id, r), PrimitiveType.Short);
            case "Number.byteValue()":
                return ValueConversions.Cast(Numeric(id, r), PrimitiveType.Byte);
            case "Integer.compareTo(Integer)" or "Long.compareTo(Long)" or "Short.compareTo(Short)" or "Byte.compareTo(Byte)":
                return Numbers.ToLong(Numeric(id, r)).CompareTo(Numbers.ToLong(NonNull(id, a[0])));
            case "Double.compareTo(Double)" or "Float.compareTo(Float)":
                return CompareDoubles(Numbers.ToDouble(Numeric(id, r)), Numbers.ToDouble(NonNull(id, a[0])));
            case "Double.isNaN()" or "Float.isNaN()":
                return double.IsNaN(Numbers.ToDouble(Numeric(id, r)));
            case "Double.isInfinite()" or "Float.isInfinite()":
                return double.IsInfinity(Numbers.ToDouble(Numeric(id, r)));
            case "Integer.parseInt(String)" or "Integer.valueOf(String)":
                return (int)ParseIntegral(id, a.String(0), 10, int.MinValue, int.MaxValue);
            case "Integer.parseInt(String,int)":
                return (int)ParseIntegral(id, a.String(0), a.Int(1), int.MinValue, int.MaxValue);
            case "Long.parseLong(String)" or "Long.valueOf(String)":
                return ParseIntegral(id, a.String(0), 10, long.MinValue, long.MaxValue);
            case "Short.parseShort(String)" or "Short.valueOf(String)":
                return (short)ParseIntegral(id, a.String(0), 10, short.MinValue, short.MaxValue);
            case "Byte.parseByte(String)" or "Byte.valueOf(String)":
                return (sbyte)ParseIntegral(id, a.String(0), 10, sbyte.MinValue, sbyte.MaxValue);
            case "Double.parseDouble(String)" or "Double.valueOf(String)":
                return ParseDouble(id, a.String(0));
            case "Float.parseFloat(String)" or "Float.valueOf(String)":
                return (float)ParseDouble(id, a.String(0));
            case "Integer.valueOf(int)":
                return a.Int(0);
            case "Long.valueOf(long)":
                return a.Long(0);
            case "Short.valueOf(short)":
                return ValueConversions.ToDeclaredType(a[0], PrimitiveType.Short);
            case "Byte.valueOf(byte)":
                return ValueConversions.ToDeclaredType(a[0], PrimitiveType.Byte);
            case "Double.valueOf(double)":
                return a.Double(0);
            case "Float.valueOf(float)":
                return a.Float(0);
            case "Integer.toString(int)":
                return JavaText.ToJavaString(a.Int(0));
            case "Long.toString(long)":
                return JavaText.ToJavaString(a.Long(0));
            case "Double.toString(double)":
                return JavaText.FormatDouble(a.Double(0));
            case "Float.toString(float)":
                return JavaText.FormatFloat(a.Float(0));
            case "Integer.compare(int,int)":
                return a.Int(0).CompareTo(a.Int(1));
            case "Long.compare(long,long)":
                return a.Long(0).CompareTo(a.Long(1));
            case "Double.compare(double,double)":
                return CompareDoubles(a.Double(0), a.Double(1));
            case "Float.compare(float,float)":
                return CompareDoubles(a.Float(0), a.Float(1));
            case "Integer.max(int,int)":
                return Math.Max(a.Int(0), a.Int(1));
            case "Integer.min(int,int)":
                return Math.Min(a.Int(0), a.Int(1));
            case "Integer.sum(int,int)":
                return unchecked(a.Int(0) + a.Int(1));
            case "Long.max(long,long)":
                return Math.Max(a.Long(0), a.Long(1));
            case "Long.min(long,long)":
                return Math.Min(a.Long(0), a.Long(1));
            case "Long.sum(long,long)":
                return unchecked(a.Long(0) + a.Long(1));
            case "Double.max(double,double)":
                return JavaMax(a.Double(0), a.Double(1));
            case "Double.min(double,double)":
                return JavaMin(a.Double(0), a.Double(1));
            case "Double.sum(double,double)":
                return a.Double(0) + a.Double(1);
            case "Integer.signum(int)":
                return Math.Sign(a.Int(0));
            case "Integer.toHexString(int)":
                return a.Int(0).ToString("x", CultureInfo.InvariantCulture);
            case "Integer.toBinaryString(int)":
                return Convert.ToString(a.Int(0), 2);
            case "Double.isNaN(double)" or "Float.isNaN(float)":
                return double.IsNaN(a.Double(0));
            case "Double.isInfinite(double)":
                return double.IsInfinity(a.Double(0));
            case "Integer.MAX_VALUE":
                return int.MaxValue;
            case "Integer.MIN_VALUE":
                return int.MinValue;
            case "Long.MAX_VALUE":
                return long.MaxValue;
            case "Long.MIN_VALUE":
                return long.MinValue;
            case "Short.MAX_VALUE":
                return short.MaxValue;
            case "Short.MIN_VALUE":
                return short.MinValue;
            case "Byte.MAX_VALUE":
                return sbyte.MaxValue;
            case "Byte.MIN_VALUE":
                return sbyte.MinValue;
            case "Double.MAX_VALUE":
                return double.MaxValue;
            case "Double.MIN_VALUE":
                return double.Epsilon;
            case "Double.NaN":
                return double.NaN;
            case "Double.POSITIVE_INFINITY":
                return double.PositiveInfinity;
            case "Double.NEGATIVE_INFINITY":
                return double.NegativeInfinity;
            case "Float.MAX_VALUE":
                return float.MaxValue;
            case "Float.MIN_VALUE":
                return float.Epsilon;
            case "Float.NaN":
                return float.NaN;
            case "Float.POSITIVE_INFINITY":
                return float.PositiveInfinity;
            case "Float.NEGATIVE_INFINITY":
                return float.NegativeInfinity;
            default:
                throw Unknown(id);
        }
    }

    private static object NonNull(string id, object? value) =>
        value ?? throw new FmlRuntimeError($"{id}: null argument (NullPointerException)");

    private static object Numeric(string id, object? value) =>
        Numbers.IsNumeric(value) ? value! : throw Error(id, $"{Numbers.Describe(value)} is not a number");

    private static double JavaMax(double x, double y) => double.IsNaN(x) || double.IsNaN(y) ? double.NaN : Math.Max(x, y);

    private static double JavaMin(double x, double y) => double.IsNaN(x) || double.IsNaN(y) ? double.NaN : Math.Min(x, y);

    private static long ParseIntegral(string id, string? s, int radix, long min, long max)
    {
        FmlRuntimeError Bad() => Error(id, $"For input string: \"{s ?? "null"}\"{(radix == 10 ? string.Empty : $" under radix {radix}")} (NumberFormatException)");
        if (radix is < 2 or > 36)
        {
            throw Error(id, $"radix {radix} out of range (NumberFormatException)");
        }

        if (string.IsNullOrEmpty(s))
        {
            throw Bad();
        }

        int i = 0;
        bool negative = false;
        if (s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            i = 1;
            if (s.Length == 1)
            {
                throw Bad();
            }
        }

        decimal value = 0;
        for (; i < s.Length; i++)
        {
            int digit = char.IsAsciiDigit(s[i]) ? s[i] - '0'
                : char.IsAsciiLetter(s[i]) ? char.ToLowerInvariant(s[i]) - 'a' + 10
                : int.MaxValue;
            if (digit >= radix)
            {
                throw Bad();
            }

            value = (value * radix) + digit;
            if (value > (decimal)max + 1)
            {
                throw Bad();
            }
        }

        value = negative ? -value : value;
        return value < min || value > max ? throw Bad() : (long)value;
    }

    private static double ParseDouble(string id, string? s)
    {
        if (s is null)
        {
            throw Error(id, "null argument (NullPointerException)");
        }

        string t = s.Trim(TrimCharacters);
        if (t.Length > 0 && t[^1] is 'd' or 'D' or 'f' or 'F')
        {
            t = t[..^1];
        }

        switch (t)
        {
            case "NaN" or "+NaN" or "-NaN":
                return double.NaN;
            case "Infinity" or "+Infinity":
                return double.PositiveInfinity;
            case "-Infinity":
                return double.NegativeInfinity;
        }

        bool valid = t.Length > 0 && t.All(c => char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-');
        return valid && double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)
            ? d
            : throw Error(id, $"For input string: \"{s}\" (NumberFormatException)");
    }

    // ------------------------------------------------------------------ Character, Boolean

    private static object? CharBooleanMember(string id, object? r, Args a)
    {
        switch (id)
        {
            case "Character.charValue()":
                return r is char c ? c : throw Error(id, $"{Numbers.Describe(r)} is not a char");
            case "Character.compareTo(Character)":
                return (r is char x ? x : throw Error(id, $"{Numbers.Describe(r)} is not a char")) - a.Char(0);
            case "Character.isDigit(char)":
                return char.IsDigit(a.Char(0));
            case "Character.isLetter(char)":
                return char.IsLetter(a.Char(0));
            case "Character.isLetterOrDigit(char)":
                return char.IsLetterOrDigit(a.Char(0));
            case "Character.isUpperCase(char)":
                return char.IsUpper(a.Char(0));
            case "Character.isLowerCase(char)":
                return char.IsLower(a.Char(0));
            case "Character.isWhitespace(char)":
                char w = a.Char(0);
                return (char.IsWhiteSpace(w) && w is not '\u00A0' and not '\u2007' and not '\u202F') || w is >= '\u001C' and <= '\u001F';
            case "Character.toUpperCase(char)":
                return char.ToUpperInvariant(a.Char(0));
            case "Character.toLowerCase(char)":
                return char.ToLowerInvariant(a.Char(0));
            case "Character.valueOf(char)":
                return a.Char(0);
            case "Character.toString(char)":
                return a.Char(0).ToString();
            case "Character.getNumericValue(char)":
                char n = a.Char(0);
                return char.IsDigit(n) ? (int)char.GetNumericValue(n)
                    : char.IsAsciiLetter(n) ? char.ToLowerInvariant(n) - 'a' + 10
                    : -1;
            case "Boolean.booleanValue()":
                return r is bool b ? b : throw Error(id, $"{Numbers.Describe(r)} is not a boolean");
            case "Boolean.compareTo(Boolean)":
                return (r is bool rb ? rb : throw Error(id, $"{Numbers.Describe(r)} is not a boolean")).CompareTo(a.Bool(0));
            case "Boolean.parseBoolean(String)" or "Boolean.valueOf(String)":
                return string.Equals(a.String(0), "true", StringComparison.OrdinalIgnoreCase);
            case "Boolean.valueOf(boolean)":
                return a.Bool(0);
            case "Boolean.toString(boolean)":
                return a.Bool(0) ? "true" : "false";
            case "Boolean.compare(boolean,boolean)":
                return a.Bool(0).CompareTo(a.Bool(1));
            case "Boolean.logicalAnd(boolean,boolean)":
                return a.Bool(0) && a.Bool(1);
            case "Boolean.logicalOr(boolean,boolean)":
                return a.Bool(0) || a.Bool(1);
            case "Boolean.logicalXor(boolean,boolean)":
                return a.Bool(0) ^ a.Bool(1);
            case "Boolean.TRUE":
                return true;
            case "Boolean.FALSE":
                return false;
            default:
                throw Unknown(id);
        }
    }

    // ------------------------------------------------------------------ Math

    private static object? MathMember(string id, Args a) => id switch
    {
        "Math.abs(int)" => (object)(a.Int(0) is var i && i == int.MinValue ? i : Math.Abs(i)),
        "Math.abs(long)" => a.Long(0) is var l && l == long.MinValue ? l : Math.Abs(l),
        "Math.abs(float)" => Math.Abs(a.Float(0)),
        "Math.abs(double)" => Math.Abs(a.Double(0)),
        "Math.max(int,int)" => Math.Max(a.Int(0), a.Int(1)),
        "Math.max(long,long)" => Math.Max(a.Long(0), a.Long(1)),
        "Math.max(float,float)" => (float)JavaMax(a.Float(0), a.Float(1)),
        "Math.max(double,double)" => JavaMax(a.Double(0), a.Double(1)),
        "Math.min(int,int)" => Math.Min(a.Int(0), a.Int(1)),
        "Math.min(long,long)" => Math.Min(a.Long(0), a.Long(1)),
        "Math.min(float,float)" => (float)JavaMin(a.Float(0), a.Float(1)),
        "Math.min(double,double)" => JavaMin(a.Double(0), a.Double(1)),
        "Math.round(double)" => ValueConversions.SaturateLong(RoundHalfUp(a.Double(0))),
        "Math.round(float)" => ValueConversions.SaturateInt(RoundHalfUp(a.Float(0))),
        "Math.floor(double)" => Math.Floor(a.Double(0)),
        "Math.ceil(double)" => Math.Ceiling(a.Double(0)),
        "Math.rint(double)" => Math.Round(a.Double(0), MidpointRounding.ToEven),
        "Math.sqrt(double)" => Math.Sqrt(a.Double(0)),
        "Math.cbrt(double)" => Math.Cbrt(a.Double(0)),
        "Math.pow(double,double)" => Math.Pow(a.Double(0), a.Double(1)),
        "Math.exp(double)" => Math.Exp(a.Double(0)),
        "Math.log(double)" => Math.Log(a.Double(0)),
        "Math.sin(double)" => Math.Sin(a.Double(0)),
        "Math.cos(double)" => Math.Cos(a.Double(0)),
        "Math.tan(double)" => Math.Tan(a.Double(0)),
        "Math.asin(double)" => Math.Asin(a.Double(0)),
        "Math.acos(double)" => Math.Acos(a.Double(0)),
        "Math.atan(double)" => Math.Atan(a.Double(0)),
        "Math.hypot(double,double)" => Math.Sqrt((a.Double(0) * a.Double(0)) + (a.Double(1) * a.Double(1))),
        "Math.toRadians(double)" => a.Double(0) / 180.0 * Math.PI,
        "Math.toDegrees(double)" => a.Double(0) * 180.0 / Math.PI,
        "Math.signum(double)" => a.Double(0) is var d && (double.IsNaN(d) || d == 0) ? d : Math.Sign(d),
        "Math.random()" => Random.Shared.NextDouble(),
        "Math.floorDiv(int,int)" => (int)FloorDiv(id, a.Int(0), a.Int(1)),
        "Math.floorDiv(long,long)" => FloorDiv(id, a.Long(0), a.Long(1)),
        "Math.floorMod(int,int)" => (int)FloorMod(id, a.Int(0), a.Int(1)),
        "Math.floorMod(long,long)" => FloorMod(id, a.Long(0), a.Long(1)),
        "Math.PI" => Math.PI,
        "Math.E" => Math.E,
        _ => throw Unknown(id),
    };

    /// <summary>Java's rounding of Math.round: the closest integer, ties toward positive infinity, without the error of floor(x + 0.5).</summary>
    private static double RoundHalfUp(double d)
    {
        double floor = Math.Floor(d);
        return d - floor >= 0.5 ? floor + 1 : floor;
    }

    private static long FloorDiv(string id, long x, long y)
    {
        if (y == 0)
        {
            throw Error(id, "/ by zero (ArithmeticException)");
        }

        if (x == long.MinValue && y == -1)
        {
            return long.MinValue;
        }

        long q = x / y;
        return (x % y != 0) && ((x < 0) != (y < 0)) ? q - 1 : q;
    }

    private static long FloorMod(string id, long x, long y) =>
        y == 0 ? throw Error(id, "/ by zero (ArithmeticException)") : y == -1 ? 0 : x - (FloorDiv(id, x, y) * y);

    // ------------------------------------------------------------------ Class, System

    private static object? ClassMember(string id, object? r, Args a)
    {
        if (id == "Class.forName(String)")
        {
            string name = a.NonNullString(0);
            return Flexo.Fml.Semantics.Java.JavaLibrary.ResolveClass(name, []) is ClassType type
                && type.QualifiedName == name
                ? new FmlJavaClass(name)
                : throw Error(id, $"{name} (ClassNotFoundException)");
        }

        var cls = r as FmlJavaClass ?? throw Error(id, $"{Numbers.Describe(r)} is not a Class");
        return id switch
        {
            "Class.getName()" => (object)cls.Name,
            "Class.getSimpleName()" => cls.SimpleName,
            "Class.isInstance(Object)" => a[0] is { } v && ClassOf(v).Name == cls.Name || cls.Name == "java.lang.Object" && a[0] is not null,
            _ => throw Unknown(id),
        };
    }

    private static object? SystemMember(string id) => id switch
    {
        "System.currentTimeMillis()" => (object)ToEpochMillis(DateTime.UtcNow),
        "System.nanoTime()" => (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency)),
        "System.lineSeparator()" => Environment.NewLine,
        _ => throw Unknown(id),
    };

    // ------------------------------------------------------------------ Duration, Date

    private static object? DurationMember(string id, object? r, Args a)
    {
        switch (id)
        {
            case "Duration.ofMillis(long)":
                return TimeSpan.FromMilliseconds(a.Long(0));
            case "Duration.ofSeconds(long)":
                return TimeSpan.FromSeconds(a.Long(0));
            case "Duration.ofMinutes(long)":
                return TimeSpan.FromMinutes(a.Long(0));
            case "Duration.ofHours(long)":
                return TimeSpan.FromHours(a.Long(0));
            case "Duration.ofDays(long)":
                return TimeSpan.FromDays(a.Long(0));
            case "Duration.ZERO":
                return TimeSpan.Zero;
        }

        var t = r is TimeSpan span ? span : throw Error(id, $"{Numbers.Describe(r)} is not a Duration");
        return id switch
        {
            "Duration.toMillis()" => (object)(t.Ticks / TimeSpan.TicksPerMillisecond),
            "Duration.getSeconds()" or "Duration.toSeconds()" => (long)Math.Floor(t.Ticks / (double)TimeSpan.TicksPerSecond),
            "Duration.toMinutes()" => t.Ticks / TimeSpan.TicksPerMinute,
            "Duration.toHours()" => t.Ticks / TimeSpan.TicksPerHour,
            "Duration.toDays()" => t.Ticks / TimeSpan.TicksPerDay,
            "Duration.isNegative()" => t < TimeSpan.Zero,
            "Duration.isZero()" => t == TimeSpan.Zero,
            "Duration.plus(Duration)" => t + (TimeSpan)NonNull(id, a[0]),
            "Duration.minus(Duration)" => t - (TimeSpan)NonNull(id, a[0]),
            "Duration.negated()" => -t,
            "Duration.compareTo(Duration)" => t.CompareTo((TimeSpan)NonNull(id, a[0])),
            _ => throw Unknown(id),
        };
    }

    private static object? DateMember(string id, object? r, Args a)
    {
        switch (id)
        {
            case "Date.new()":
                return FromEpochMillis(ToEpochMillis(DateTime.UtcNow));
            case "Date.new(long)":
                return FromEpochMillis(a.Long(0));
        }

        var d = r is DateTime date ? date.ToUniversalTime() : throw Error(id, $"{Numbers.Describe(r)} is not a Date");
        return id switch
        {
            "Date.getTime()" => (object)ToEpochMillis(d),
            "Date.before(Date)" => d < ((DateTime)NonNull(id, a[0])).ToUniversalTime(),
            "Date.after(Date)" => d > ((DateTime)NonNull(id, a[0])).ToUniversalTime(),
            "Date.compareTo(Date)" => d.CompareTo(((DateTime)NonNull(id, a[0])).ToUniversalTime()),
            _ => throw Unknown(id),
        };
    }

    // ------------------------------------------------------------------ Objects

    private static object? ObjectsMember(string id, Args a) => id switch
    {
        "Objects.equals(Object,Object)" => FmlEquality.AreEqual(a[0], a[1]),
        "Objects.hashCode(Object)" => HashCode(a[0]),
        "Objects.toString(Object)" => JavaText.ToJavaString(a[0]),
        "Objects.toString(Object,String)" => a[0] is null ? a[1] : JavaText.ToJavaString(a[0]),
        "Objects.isNull(Object)" => a[0] is null,
        "Objects.nonNull(Object)" => a[0] is not null,
        "Objects.requireNonNull(T)" => a[0] ?? throw Error(id, "null value (NullPointerException)"),
        _ => throw Unknown(id),
    };
}
