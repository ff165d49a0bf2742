using Flexo.Execution;
using Flexo.Runtime;

namespace Flexo.Adapters;

/// <summary>
/// One execution of an edition action or fetch request, as an adapter sees it: the keyword arguments (converted to the
/// declared types, stored references already resolved), the <c>in</c>/<c>from</c> values and the adapter's resources.
/// </summary>
public sealed class TechnologyCall
{
    private readonly IReadOnlyDictionary<string, object?> _arguments;

    internal TechnologyCall(string keyword, IReadOnlyDictionary<string, object?> arguments, object? receiver, object? from, bool unique, ConceptInstance? self, AdapterResources resources)
    {
        Keyword = keyword;
        _arguments = arguments;
        Receiver = receiver;
        From = from;
        Unique = unique;
        This = self;
        Resources = resources;
    }

    /// <summary>The action or fetch request keyword.</summary>
    public string Keyword { get; }

    /// <summary>The value of <c>in r</c> (actions), or null.</summary>
    public object? Receiver { get; }

    /// <summary>The value of <c>from r</c>, or null.</summary>
    public object? From { get; }

    /// <summary>True for <c>select unique</c>.</summary>
    public bool Unique { get; }

    /// <summary>The instance the running behaviour runs on.</summary>
    public ConceptInstance? This { get; }

    /// <summary>The resources of this adapter in the running engine (open, create, resolve paths).</summary>
    public AdapterResources Resources { get; }

    /// <summary>
    /// The engine's equality hint for member <paramref name="member"/> (<c>selected.member(args) == value</c>; see
    /// <c>Flexo.Execution.TechnologyHints</c>): the evaluated arguments and the compared value, or null. Optional to use:
    /// the engine checks the condition on every candidate anyway.
    /// </summary>
    /// <param name="member">The member name (<c>get</c>).</param>
    /// <returns>The arguments followed by the value, or null.</returns>
    public IReadOnlyList<object?>? EqualityHint(string member) =>
        _arguments.TryGetValue(Execution.TechnologyHints.EqualsPrefix + member, out var value) && value is object?[] hint ? hint : null;

    /// <summary>True when the argument was given (and is not null).</summary>
    /// <param name="name">The keyword.</param>
    /// <returns>Whether it was given.</returns>
    public bool Has(string name) => _arguments.TryGetValue(name, out var value) && value is not null;

    /// <summary>The argument, converted; a <see cref="TechnologyException"/> when it is missing.</summary>
    /// <typeparam name="T">The declared type.</typeparam>
    /// <param name="name">The keyword.</param>
    /// <returns>The value.</returns>
    public T Get<T>(string name) =>
        _arguments.TryGetValue(name, out var value) && value is not null
            ? (T)ClrValues.ToClr(value, typeof(T), $"'{name}' of {Keyword}")!
            : throw new TechnologyException($"{Keyword} needs a value for '{name}'");

    /// <summary>The argument, converted, or <paramref name="fallback"/> when it was not given.</summary>
    /// <typeparam name="T">The declared type.</typeparam>
    /// <param name="name">The keyword.</param>
    /// <param name="fallback">The value when absent.</param>
    /// <returns>The value.</returns>
    public T Get<T>(string name, T fallback) => Has(name) ? Get<T>(name) : fallback;

    /// <summary>The first of: the argument <paramref name="name"/>, the <c>in</c> receiver, the <c>from</c> value, that is a <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The wanted type.</typeparam>
    /// <param name="name">The keyword tried first.</param>
    /// <returns>The value.</returns>
    public T Target<T>(string name)
        where T : class =>
        Has(name) ? Get<T>(name)
        : Receiver as T ?? From as T ?? throw new TechnologyException($"{Keyword} needs '{name}' (or 'in' a {typeof(T).Name})");
}
