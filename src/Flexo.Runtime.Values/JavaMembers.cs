using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Java;

namespace Flexo.Runtime.Values;

/// <summary>
/// Executes the members of the Java compatibility library (<see cref="JavaLibrary"/>) on .NET values, by
/// <see cref="JavaMember.Id"/>, with Java's semantics. Where Java throws, a <see cref="FmlRuntimeError"/> names the
/// member and the Java exception. docs/runtime-values.md lists the differences from Java.
/// </summary>
public static partial class JavaMembers
{
    private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// Executes a member. <paramref name="receiver"/> is the value the member is called on (ignored for static members
    /// and constructors); a null receiver of an instance member is a run-time error ("cannot call 'size' on null").
    /// The arguments are the evaluated argument values, in order; for a varargs member the variable arguments follow
    /// the fixed ones one by one. An id the engine does not know is a run-time error.
    /// </summary>
    /// <param name="member">The member, as the binder chose it.</param>
    /// <param name="receiver">The receiver value, or null for static members and constructors.</param>
    /// <param name="arguments">The argument values.</param>
    /// <returns>The result (null for a void member).</returns>
    public static object? Invoke(JavaMember member, object? receiver, IReadOnlyList<object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(arguments);
        bool instance = !member.IsStatic && member.Kind == JavaMemberKind.Method;
        if (instance && receiver is null)
        {
            throw new FmlRuntimeError($"cannot call '{member.Name}' on null ({member.Id})");
        }

        return Invoke(member.Id, receiver, arguments);
    }

    /// <summary>
    /// Executes a member by its id (<c>String.substring(int,int)</c>), for callers that keep ids rather than members.
    /// Unlike <see cref="Invoke(JavaMember, object, IReadOnlyList{object})"/> it cannot tell a static member from an
    /// instance one, so a null receiver gives the member's own error ("null is not a String").
    /// </summary>
    /// <param name="id">The member id.</param>
    /// <param name="receiver">The receiver value, or null for static members and constructors.</param>
    /// <param name="arguments">The argument values.</param>
    /// <returns>The result (null for a void member).</returns>
    public static object? Invoke(string id, object? receiver, IReadOnlyList<object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(arguments);
        var args = new Args(id, arguments);
        try
        {
            return id.Contains('.', StringComparison.Ordinal) ? Dispatch(id, receiver, args) : throw Unknown(id);
        }
        catch (FmlRuntimeError)
        {
            throw;
        }
        catch (InvalidOperationException e) when (e.InnerException is FmlRuntimeError inner)
        {
            throw new FmlRuntimeError($"{id}: {inner.Message}", inner);
        }
        catch (InvalidOperationException e)
        {
            throw new FmlRuntimeError($"{id}: {e.Message}", e);
        }
        catch (NotSupportedException e)
        {
            throw new FmlRuntimeError($"{id}: the collection cannot be changed (UnsupportedOperationException)", e);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException e)
        {
            throw new FmlRuntimeError($"{id}: the regular expression took too long", e);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            throw new FmlRuntimeError($"{id}: {e.Message}", e);
        }
        catch (InvalidCastException e)
        {
            throw new FmlRuntimeError($"{id}: {Numbers.Describe(receiver)} is not a valid receiver (ClassCastException)", e);
        }
    }

    /// <summary>Milliseconds since 1970-01-01T00:00Z of a date, as Java's <c>Date.getTime()</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The milliseconds.</returns>
    public static long ToEpochMillis(DateTime date) => (date.ToUniversalTime() - Epoch).Ticks / TimeSpan.TicksPerMillisecond;

    /// <summary>The date at the given milliseconds since 1970-01-01T00:00Z (UTC).</summary>
    /// <param name="millis">The milliseconds.</param>
    /// <returns>The date.</returns>
    public static DateTime FromEpochMillis(long millis) => Epoch.AddTicks(millis * TimeSpan.TicksPerMillisecond);

    /// <summary>Java's <c>String.compareTo</c>: difference of the first differing UTF-16 units, else of the lengths.</summary>
    /// <param name="a">A string.</param>
    /// <param name="b">Another string.</param>
    /// <returns>The Java result.</returns>
    public static int CompareStrings(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            if (a[i] != b[i])
            {
                return a[i] - b[i];
            }
        }

        return a.Length - b.Length;
    }

    /// <summary>Java's <c>Double.compare</c>: -0.0 before 0.0, NaN after everything.</summary>
    /// <param name="a">A number.</param>
    /// <param name="b">Another number.</param>
    /// <returns>-1, 0 or 1.</returns>
    public static int CompareDoubles(double a, double b)
    {
        if (a < b)
        {
            return -1;
        }

        if (a > b)
        {
            return 1;
        }

        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return double.IsNaN(a) ? (double.IsNaN(b) ? 0 : 1) : -1;
        }

        long x = BitConverter.DoubleToInt64Bits(a);
        long y = BitConverter.DoubleToInt64Bits(b);
        return x == y ? 0 : x < y ? -1 : 1;
    }

    /// <summary>Java's <c>hashCode()</c> of a value, by its .NET kind (a <c>long</c> hashes as <c>Long.hashCode</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The hash code.</returns>
    public static int HashCode(object? value) => value switch
    {
        long l => LongHash(l),
        DateTime t => LongHash(ToEpochMillis(t)),
        TimeSpan span => DurationHash(span),
        double d => DoubleHash(d),
        float f => float.IsNaN(f) ? 0x7fc00000 : BitConverter.SingleToInt32Bits(f),
        _ => FmlEquality.JavaHashCode(value),
    };

    private static int LongHash(long l) => (int)(l ^ (long)((ulong)l >> 32));

    private static int DurationHash(TimeSpan span)
    {
        long seconds = (long)Math.Floor(span.Ticks / (double)TimeSpan.TicksPerSecond);
        long nanos = (span.Ticks - (seconds * TimeSpan.TicksPerSecond)) * 100;
        return unchecked(LongHash(seconds) + (51 * (int)nanos));
    }

    private static int DoubleHash(double d)
    {
        long bits = double.IsNaN(d) ? 0x7ff8000000000000L : BitConverter.DoubleToInt64Bits(d);
        return (int)(bits ^ (long)((ulong)bits >> 32));
    }

    private static FmlRuntimeError Error(string id, string message) => new($"{id}: {message}");

    private static object? Dispatch(string id, object? r, Args a)
    {
        int dot = id.IndexOf('.', StringComparison.Ordinal);
        string cls = id[..dot];
        if (cls == "Map" && id.StartsWith("Map.Entry.", StringComparison.Ordinal))
        {
            cls = "Map.Entry";
        }

        return cls switch
        {
            "Object" => ObjectMember(id, r, a),
            "CharSequence" or "String" => StringMember(id, r, a),
            "StringBuilder" => StringBuilderMember(id, r, a),
            "Number" or "Integer" or "Long" or "Short" or "Byte" or "Double" or "Float" => NumberMember(id, r, a),
            "Character" or "Boolean" => CharBooleanMember(id, r, a),
            "Math" => MathMember(id, a),
            "Class" => ClassMember(id, r, a),
            "System" => SystemMember(id),
            "Duration" => DurationMember(id, r, a),
            "Date" => DateMember(id, r, a),
            "Objects" => ObjectsMember(id, a),
            "Iterable" or "Iterator" => IteratorMember(id, r),
            "Collection" or "List" or "ArrayList" or "LinkedList" or "Set" or "HashSet" or "LinkedHashSet" or "TreeSet"
                or "Arrays" or "Collections" or "Stream" => CollectionMember(id, r, a),
            "Map" or "Map.Entry" or "HashMap" or "LinkedHashMap" or "TreeMap" => MapMember(id, r, a),
            _ => throw Unknown(id),
        };
    }

    private static FmlRuntimeError Unknown(string id) => new($"the Java member '{id}' cannot be executed");

    // ------------------------------------------------------------------ Object

    private static object? ObjectMember(string id, object? r, Args a) => id switch
    {
        "Object.new()" => new object(),
        "Object.equals(Object)" => FmlEquality.AreEqual(r, a[0]),
        "Object.hashCode()" => HashCode(r),
        "Object.toString()" => JavaText.ToJavaString(r),
        "Object.getClass()" => ClassOf(r),
        _ => throw Unknown(id),
    };

    /// <summary>The Java class of a value (<c>java.lang.Integer</c> for an int, <c>java.util.ArrayList</c> for a list).</summary>
    /// <param name="value">A non-null value.</param>
    /// <returns>Its class.</returns>
    public static FmlJavaClass ClassOf(object? value) => new(value switch
    {
        string => "java.lang.String",
        bool => "java.lang.Boolean",
        char => "java.lang.Character",
        sbyte or byte => "java.lang.Byte",
        short or ushort => "java.lang.Short",
        int => "java.lang.Integer",
        long or uint => "java.lang.Long",
        float => "java.lang.Float",
        double => "java.lang.Double",
        DateTime => "java.util.Date",
        TimeSpan => "java.time.Duration",
        StringBuilder => "java.lang.StringBuilder",
        SortedDictionary<object, object?> => "java.util.TreeMap",
        IDictionary => "java.util.HashMap",
        SortedSet<object?> => "java.util.TreeSet",
        ISet<object?> => "java.util.HashSet",
        FmlMapViewCollection { IsSet: true } => "java.util.HashMap$KeySet",
        FmlMapViewCollection => "java.util.HashMap$Values",
        object?[] => "java.util.Arrays$ArrayList",
        IList => "java.util.ArrayList",
        FmlJavaClass => "java.lang.Class",
        null => throw new FmlRuntimeError("cannot call 'getClass' on null"),
        _ => value.GetType().Name,
    });

    // ------------------------------------------------------------------ String

    private static object? StringMember(string id, object? r, Args a)
    {
        string s = r as string ?? string.Empty;
        switch (id)
        {
            case "String.valueOf(Object)" or "String.valueOf(boolean)" or "String.valueOf(char)" or "String.valueOf(int)"
                or "String.valueOf(long)" or "String.valueOf(float)" or "String.valueOf(double)":
                return JavaText.ToJavaString(a[0]);
            case "String.format(String,Object...)":
                return JavaFormat.Format(id, a.NonNullString(0), a.Rest(1));
            case "String.join(CharSequence,CharSequence...)":
                return string.Join(a.NonNullString(0), a.Rest(1).Select(JavaText.ToJavaString));
            case "String.join(CharSequence,Iterable<? extends CharSequence>)":
                return string.Join(a.NonNullString(0), a.Enumerable(1).Select(JavaText.ToJavaString));
        }

        if (r is not string)
        {
            throw Error(id, $"{Numbers.Describe(r)} is not a String");
        }

        switch (id)
        {
            case "String.length()" or "CharSequence.length()":
                return s.Length;
            case "String.charAt(int)" or "CharSequence.charAt(int)":
                int index = a.Int(0);
                return index >= 0 && index < s.Length
                    ? s[index]
                    : throw Error(id, $"index {index} out of range for length {s.Length} (StringIndexOutOfBoundsException)");
            case "String.isEmpty()" or "CharSequence.isEmpty()":
                return s.Length == 0;
            case "String.isBlank()":
                return string.IsNullOrWhiteSpace(s);
            case "String.substring(int)":
                return Substring(id, s, a.Int(0), s.Length);
            case "String.substring(int,int)":
                return Substring(id, s, a.Int(0), a.Int(1));
            case "String.indexOf(String)":
                return s.IndexOf(a.NonNullString(0), StringComparison.Ordinal);
            case "String.indexOf(String,int)":
                return s.IndexOf(a.NonNullString(0), Math.Clamp(a.Int(1), 0, s.Length), StringComparison.Ordinal);
            case "String.indexOf(int)":
                return IndexOfCodePoint(s, a.Int(0), 0);
            case "String.indexOf(int,int)":
                return IndexOfCodePoint(s, a.Int(0), Math.Clamp(a.Int(1), 0, s.Length));
            case "String.lastIndexOf(String)":
                return LastIndexOf(s, a.NonNullString(0), s.Length);
            case "String.lastIndexOf(String,int)":
                return LastIndexOf(s, a.NonNullString(0), a.Int(1));
            case "String.lastIndexOf(int)":
                int code = a.Int(0);
                return code is >= 0 and <= char.MaxValue ? s.LastIndexOf((char)code) : s.LastIndexOf(char.ConvertFromUtf32(code), StringComparison.Ordinal);
            case "String.contains(CharSequence)":
                return s.Contains(a.NonNullString(0), StringComparison.Ordinal);
            case "String.startsWith(String)":
                return s.StartsWith(a.NonNullString(0), StringComparison.Ordinal);
            case "String.startsWith(String,int)":
                string prefix = a.NonNullString(0);
                int offset = a.Int(1);
                return offset >= 0 && offset <= s.Length - prefix.Length
                    && string.CompareOrdinal(s, offset, prefix, 0, prefix.Length) == 0;
            case "String.endsWith(String)":
                return s.EndsWith(a.NonNullString(0), StringComparison.Ordinal);
            case "String.toUpperCase()":
                return s.ToUpperInvariant();
            case "String.toLowerCase()":
                return s.ToLowerInvariant();
            case "String.trim()":
                return s.Trim(TrimCharacters);
            case "String.strip()":
                return s.Trim();
            case "String.equals(Object)":
                return a[0] is string other && string.Equals(s, other, StringComparison.Ordinal);
            case "String.equalsIgnoreCase(String)":
                return a[0] is string o && string.Equals(s, o, StringComparison.OrdinalIgnoreCase);
            case "String.compareTo(String)":
                return CompareStrings(s, a.NonNullString(0));
            case "String.compareToIgnoreCase(String)":
                return CompareStrings(FoldCase(s), FoldCase(a.NonNullString(0)));
            case "String.replace(char,char)":
                return s.Replace(a.Char(0), a.Char(1));
            case "String.replace(CharSequence,CharSequence)":
                return Replace(s, a.NonNullString(0), a.NonNullString(1));
            case "String.replaceAll(String,String)":
                return JavaRegex.Create(id, a.NonNullString(0)).Replace(s, JavaRegex.Replacement(id, a.NonNullString(1)));
            case "String.replaceFirst(String,String)":
                return JavaRegex.Create(id, a.NonNullString(0)).Replace(s, JavaRegex.Replacement(id, a.NonNullString(1)), 1);
            case "String.matches(String)":
                return JavaRegex.Create(id, a.NonNullString(0), wholeInput: true).IsMatch(s);
            case "String.split(String)":
                return JavaRegex.Split(id, s, a.NonNullString(0), 0);
            case "String.split(String,int)":
                return JavaRegex.Split(id, s, a.NonNullString(0), a.Int(1));
            case "String.concat(String)":
                return s + a.NonNullString(0);
            case "String.repeat(int)":
                int count = a.Int(0);
                return count >= 0 ? string.Concat(Enumerable.Repeat(s, count)) : throw Error(id, $"count is negative: {count} (IllegalArgumentException)");
            default:
                throw Unknown(id);
        }
    }

    private static readonly char[] TrimCharacters = Enumerable.Range(0, 33).Select(i => (char)i).ToArray();

    private static string Substring(string id, string s, int begin, int end) =>
        begin < 0 || end > s.Length || begin > end
            ? throw Error(id, $"begin {begin}, end {end}, length {s.Length} (StringIndexOutOfBoundsException)")
            : s[begin..end];

    private static int IndexOfCodePoint(string s, int code, int from) =>
        code is >= 0 and <= char.MaxValue
            ? s.IndexOf((char)code, from)
            : code <= 0x10FFFF ? s.IndexOf(char.ConvertFromUtf32(code), from, StringComparison.Ordinal) : -1;

    private static int LastIndexOf(string s, string target, int from)
    {
        int start = Math.Min(from, s.Length - target.Length);
        for (int i = start; i >= 0; i--)
        {
            if (string.CompareOrdinal(s, i, target, 0, target.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static string FoldCase(string s) =>
        string.Create(s.Length, s, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                span[i] = char.ToLowerInvariant(char.ToUpperInvariant(source[i]));
            }
        });

    private static string Replace(string s, string target, string replacement)
    {
        if (target.Length > 0)
        {
            return s.Replace(target, replacement, StringComparison.Ordinal);
        }

        var result = new StringBuilder(replacement);
        foreach (char c in s)
        {
            result.Append(c).Append(replacement);
        }

        return result.ToString();
    }

    // ------------------------------------------------------------------ StringBuilder

    private static object? StringBuilderMember(string id, object? r, Args a)
    {
        switch (id)
        {
            case "StringBuilder.new()":
                return new StringBuilder();
            case "StringBuilder.new(String)":
                return new StringBuilder(a.NonNullString(0));
            case "StringBuilder.new(int)":
                int capacity = a.Int(0);
                return capacity >= 0 ? new StringBuilder(capacity) : throw Error(id, $"negative capacity {capacity} (NegativeArraySizeException)");
        }

        var b = r as StringBuilder ?? throw Error(id, $"{Numbers.Describe(r)} is not a StringBuilder");
        switch (id)
        {
            case "StringBuilder.append(String)" or "StringBuilder.append(Object)" or "StringBuilder.append(char)"
                or "StringBuilder.append(int)" or "StringBuilder.append(long)" or "StringBuilder.append(double)"
                or "StringBuilder.append(boolean)":
                return b.Append(JavaText.ToJavaString(a[0]));
            case "StringBuilder.insert(int,String)":
                int at = a.Int(0);
                CheckIndex(id, at, b.Length + 1, "StringIndexOutOfBoundsException");
                return b.Insert(at, JavaText.ToJavaString(a[1]));
            case "StringBuilder.reverse()":
                char[] chars = b.ToString().ToCharArray();
                Array.Reverse(chars);
                return b.Clear().Append(chars);
            case "StringBuilder.deleteCharAt(int)":
                int del = a.Int(0);
                CheckIndex(id, del, b.Length, "StringIndexOutOfBoundsException");
                return b.Remove(del, 1);
            case "StringBuilder.delete(int,int)":
                int start = a.Int(0), end = Math.Min(a.Int(1), b.Length);
                return start < 0 || start > end
                    ? throw Error(id, $"start {start}, end {end}, length {b.Length} (StringIndexOutOfBoundsException)")
                    : b.Remove(start, end - start);
            case "StringBuilder.replace(int,int,String)":
                int from = a.Int(0), to = Math.Min(a.Int(1), b.Length);
                if (from < 0 || from > b.Length || from > to)
                {
                    throw Error(id, $"start {from}, end {to}, length {b.Length} (StringIndexOutOfBoundsException)");
                }

                return b.Remove(from, to - from).Insert(from, a.NonNullString(2));
            case "StringBuilder.length()":
                return b.Length;
            case "StringBuilder.charAt(int)":
                int index = a.Int(0);
                CheckIndex(id, index, b.Length, "StringIndexOutOfBoundsException");
                return b[index];
            case "StringBuilder.setLength(int)":
                int length = a.Int(0);
                if (length < 0)
                {
                    throw Error(id, $"negative length {length} (StringIndexOutOfBoundsException)");
                }

                b.Length = length;
                return null;
            case "StringBuilder.indexOf(String)":
                return b.ToString().IndexOf(a.NonNullString(0), StringComparison.Ordinal);
            case "StringBuilder.isEmpty()":
                return b.Length == 0;
            default:
                throw Unknown(id);
        }
    }

    private static void CheckIndex(string id, int index, int count, string exception)
    {
        if (index < 0 || index >= count)
        {
            throw Error(id, $"index {index} out of bounds for length {count} ({exception})");
        }
    }
}
