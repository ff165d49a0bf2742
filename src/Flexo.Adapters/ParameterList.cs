namespace Flexo.Adapters;

/// <summary>The keyword parameters of a model slot, role, action, fetch request or behaviour, typed by CLR types.</summary>
public sealed class ParameterList
{
    internal List<(string Name, Type Type, bool Required)> Items { get; } = [];

    /// <summary>A parameter that must be given.</summary>
    /// <typeparam name="T">Its type (<c>string</c>, <c>int</c>, <c>bool</c>, a registered technology type, <c>object</c> for any).</typeparam>
    /// <param name="name">The keyword.</param>
    /// <returns>This list.</returns>
    public ParameterList Required<T>(string name) => Add(name, typeof(T), required: true);

    /// <summary>A parameter that may be left out.</summary>
    /// <typeparam name="T">Its type.</typeparam>
    /// <param name="name">The keyword.</param>
    /// <returns>This list.</returns>
    public ParameterList Optional<T>(string name) => Add(name, typeof(T), required: false);

    private ParameterList Add(string name, Type type, bool required)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (Items.Any(i => i.Name == name))
        {
            throw new ArgumentException($"the parameter '{name}' is declared twice", nameof(name));
        }

        Items.Add((name, type, required));
        return this;
    }
}
