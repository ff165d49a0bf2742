using System.Collections.Immutable;

namespace Flexo.Adapters;

/// <summary>
/// The keyword values a resource is opened or created with: the constants written on the model slot declaration
/// (<c>CSVModelSlot(delimiter=";")</c>) or the arguments of a resource-creating action.
/// </summary>
public sealed class SlotSettings
{
    /// <summary>No settings.</summary>
    public static SlotSettings Empty { get; } = new(ImmutableDictionary<string, object?>.Empty);

    /// <summary>Creates settings from values.</summary>
    /// <param name="values">The values by keyword.</param>
    public SlotSettings(IReadOnlyDictionary<string, object?> values) => Values = values;

    /// <summary>The values by keyword.</summary>
    public IReadOnlyDictionary<string, object?> Values { get; }

    /// <summary>The value of <paramref name="name"/> converted to <typeparamref name="T"/>, or <paramref name="fallback"/> when absent.</summary>
    /// <typeparam name="T">The wanted type.</typeparam>
    /// <param name="name">The keyword.</param>
    /// <param name="fallback">The value when absent or null.</param>
    /// <returns>The value.</returns>
    public T Get<T>(string name, T fallback) =>
        Values.TryGetValue(name, out var value) && value is not null ? (T)ClrValues.ToClr(value, typeof(T), name)! : fallback;
}
