using System.Collections;
using Flexo.Fml.Semantics;

namespace Flexo.Runtime.Values;

/// <summary>
/// FML equality, the meaning of <c>==</c> and of <c>equals</c>: numbers by value whatever their kinds (<c>2 == 2L</c>,
/// <c>1 == 1.0</c>, a char as its code), strings by content, dates and durations by value, lists, sets and maps by
/// content, an enum value and a string by the enum value's name, everything else (concept instances, enum values)
/// by identity. <c>null</c> equals only <c>null</c>.
/// </summary>
public sealed class FmlEquality : IEqualityComparer<object?>
{
    /// <summary>The comparer used by FML sets and map keys.</summary>
    public static FmlEquality Instance { get; } = new();

    private FmlEquality()
    {
    }

    /// <summary>True when two values are equal by FML equality.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool AreEqual(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (Numbers.IsNumeric(left) && Numbers.IsNumeric(right))
        {
            return Numbers.IsIntegral(left) && Numbers.IsIntegral(right)
                ? Numbers.ToLong(left) == Numbers.ToLong(right)
                : Numbers.ToDouble(left) == Numbers.ToDouble(right);
        }

        return (left, right) switch
        {
            (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
            (bool a, bool b) => a == b,
            (DateTime a, DateTime b) => a.ToUniversalTime() == b.ToUniversalTime(),
            (TimeSpan a, TimeSpan b) => a == b,
            (IFmlEnumValue e, string s) => string.Equals(e.Name, s, StringComparison.Ordinal),
            (string s, IFmlEnumValue e) => string.Equals(e.Name, s, StringComparison.Ordinal),
            (EnumValueSymbol e, string s) => string.Equals(e.Name, s, StringComparison.Ordinal),
            (string s, EnumValueSymbol e) => string.Equals(e.Name, s, StringComparison.Ordinal),
            (FmlMapEntry a, FmlMapEntry b) => AreEqual(a.Key, b.Key) && AreEqual(a.Value, b.Value),
            (IDictionary a, IDictionary b) => MapsEqual(a, b),
            (ISet<object?> or FmlMapViewCollection { IsSet: true }, ISet<object?> or FmlMapViewCollection { IsSet: true }) => SetsEqual((ICollection<object?>)left, (ICollection<object?>)right),
            (IList a, IList b) => ListsEqual(a, b),
            _ => false,
        };
    }

    private static bool SetsEqual(ICollection<object?> a, ICollection<object?> b) => a.Count == b.Count && a.All(b.Contains);

    private static bool ListsEqual(IList a, IList b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (int i = 0; i < a.Count; i++)
        {
            if (!AreEqual(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MapsEqual(IDictionary a, IDictionary b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (DictionaryEntry entry in a)
        {
            if (!b.Contains(entry.Key) || !AreEqual(entry.Value, b[entry.Key]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Java's hash code of a value (<c>"ab"</c> gives 3105, an integer itself, a boolean 1231/1237), consistent with
    /// <see cref="AreEqual"/> for values of one kind. An integral number and a double of the same value hash alike
    /// when the double is a whole number (so that sets and map keys honour FML equality). 0 for null.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>Its hash code.</returns>
    public static int JavaHashCode(object? value)
    {
        switch (value)
        {
            case null:
                return 0;
            case string s:
                int h = 0;
                foreach (char c in s)
                {
                    h = unchecked((31 * h) + c);
                }

                return h;
            case bool b:
                return b ? 1231 : 1237;
            case char c:
                return c;
            case double or float:
                double d = Numbers.ToDouble(value);
                if (d == Math.Floor(d) && d >= long.MinValue && d <= long.MaxValue)
                {
                    return LongHash((long)d);
                }

                long bits = double.IsNaN(d) ? 0x7ff8000000000000L : BitConverter.DoubleToInt64Bits(d);
                return (int)(bits ^ (long)((ulong)bits >> 32));
            case DateTime t:
                return LongHash(JavaMembers.ToEpochMillis(t));
            case TimeSpan span:
                return LongHash(span.Ticks);
            case FmlMapEntry entry:
                return JavaHashCode(entry.Key) ^ JavaHashCode(entry.Value);
            case IDictionary map:
                int mh = 0;
                foreach (DictionaryEntry entry in map)
                {
                    mh = unchecked(mh + (JavaHashCode(entry.Key) ^ JavaHashCode(entry.Value)));
                }

                return mh;
            case ISet<object?> or FmlMapViewCollection { IsSet: true }:
                return ((IEnumerable<object?>)value).Aggregate(0, (acc, e) => unchecked(acc + JavaHashCode(e)));
            case IList list:
                int lh = 1;
                foreach (object? e in list)
                {
                    lh = unchecked((31 * lh) + JavaHashCode(e));
                }

                return lh;
            default:
                if (Numbers.IsIntegral(value))
                {
                    return LongHash(Numbers.ToLong(value));
                }

                return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value);
        }
    }

    private static int LongHash(long v) => v is >= int.MinValue and <= int.MaxValue ? (int)v : (int)(v ^ (long)((ulong)v >> 32));

    /// <inheritdoc />
    bool IEqualityComparer<object?>.Equals(object? x, object? y) => AreEqual(x, y);

    /// <inheritdoc />
    public int GetHashCode(object? obj) => obj switch
    {
        IFmlEnumValue e => JavaHashCode(e.Name),
        EnumValueSymbol e => JavaHashCode(e.Name),
        _ => JavaHashCode(obj),
    };
}

/// <summary>An entry of an FML map (<c>Map.Entry</c>), live: <see cref="SetValue"/> writes through to the map.</summary>
public sealed class FmlMapEntry
{
    private readonly IDictionary<object, object?>? map;

    /// <summary>Creates an entry of a map.</summary>
    /// <param name="map">The map the entry belongs to, or null for a detached entry.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    public FmlMapEntry(IDictionary<object, object?>? map, object key, object? value)
    {
        this.map = map;
        Key = key;
        Value = value;
    }

    /// <summary>The key.</summary>
    public object Key { get; }

    /// <summary>The value (as read when the entry was made, or last set).</summary>
    public object? Value { get; private set; }

    /// <summary>Replaces the value, in the map too; returns the previous value.</summary>
    /// <param name="value">The new value.</param>
    /// <returns>The previous value.</returns>
    public object? SetValue(object? value)
    {
        object? previous = Value;
        Value = value;
        if (map is not null)
        {
            map[Key] = value;
        }

        return previous;
    }

    /// <inheritdoc />
    public override string ToString() => JavaText.ToJavaString(this);
}
