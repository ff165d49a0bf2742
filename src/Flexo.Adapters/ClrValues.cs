using System.Collections;
using System.Globalization;
using Flexo.Execution;

namespace Flexo.Adapters;

/// <summary>Conversions between FML run-time values (docs/runtime-values.md) and the CLR types adapters declare.</summary>
internal static class ClrValues
{
    /// <summary>Converts an FML value to <paramref name="target"/>; a <see cref="TechnologyException"/> names <paramref name="what"/> when it does not fit.</summary>
    public static object? ToClr(object? value, Type target, string what)
    {
        if (value is null)
        {
            return target.IsValueType && Nullable.GetUnderlyingType(target) is null
                ? throw new TechnologyException($"{what} cannot be null")
                : null;
        }

        target = Nullable.GetUnderlyingType(target) ?? target;
        if (target == typeof(object) || target.IsInstanceOfType(value))
        {
            return value;
        }

        try
        {
            switch (Type.GetTypeCode(target))
            {
                case TypeCode.Int32 when IsIntegral(value):
                    return checked((int)System.Convert.ToInt64(value, CultureInfo.InvariantCulture));
                case TypeCode.Int64 when IsIntegral(value):
                    return System.Convert.ToInt64(value, CultureInfo.InvariantCulture);
                case TypeCode.Double when IsNumeric(value):
                    return System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
                case TypeCode.String when value is char c:
                    return c.ToString();
            }
        }
        catch (OverflowException)
        {
            throw new TechnologyException($"{what}: {value} is out of range for {FmlTypeNames.Primitive(target) ?? target.Name}");
        }

        if (target == typeof(DateOnly) && value is DateTime date)
        {
            return DateOnly.FromDateTime(date);
        }

        if (value is IEnumerable items && value is not string && ElementTypeOf(target) is { } element)
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            foreach (var item in items)
            {
                list.Add(ToClr(item, element, what));
            }

            return list;
        }

        throw new TechnologyException($"{what} must be {FmlTypeNames.Describe(target)}, not {Describe(value)}");
    }

    /// <summary>Converts an adapter's CLR value to an FML value (numbers widened as FML stores them, sequences to lists, dates to UTC <c>DateTime</c>).</summary>
    public static object? ToFml(object? value) => value switch
    {
        null => null,
        string or bool or int or long or double or char => value,
        short or sbyte or byte or ushort => System.Convert.ToInt32(value, CultureInfo.InvariantCulture),
        uint or float or decimal => System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
        DateOnly d => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        DateTimeOffset o => o.UtcDateTime,
        DateTime t => t.Kind == DateTimeKind.Utc ? t : DateTime.SpecifyKind(t, DateTimeKind.Utc),
        Enum e => e.ToString(),
        IEnumerable sequence and not IDictionary => sequence.Cast<object?>().Select(ToFml).ToList(),
        _ => value,
    };

    /// <summary>The element type of a list-like CLR type, or null.</summary>
    public static Type? ElementTypeOf(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsGenericType && type.GetGenericArguments() is [var single]
            && typeof(IEnumerable<>).MakeGenericType(single).IsAssignableFrom(type))
        {
            return single;
        }

        return type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }

    public static string Describe(object value) => value switch
    {
        string s => $"the text \"{s}\"",
        bool or int or long or double => $"the {FmlTypeNames.Primitive(value.GetType())} {System.Convert.ToString(value, CultureInfo.InvariantCulture)}",
        _ => "a " + value.GetType().Name,
    };

    private static bool IsIntegral(object value) => value is int or long or short or sbyte or byte or char;

    private static bool IsNumeric(object value) => IsIntegral(value) || value is double or float or decimal;
}
