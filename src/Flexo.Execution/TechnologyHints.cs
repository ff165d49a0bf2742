namespace Flexo.Execution;

/// <summary>
/// Extra arguments the engine gives a fetch request so that a streaming adapter can filter early. Their names start
/// with <c>$</c>, which no FML keyword parameter can. A hint never replaces the condition: the engine still checks it
/// on every candidate the adapter yields, so an adapter may ignore hints.
/// </summary>
public static class TechnologyHints
{
    /// <summary>
    /// <c>$equals.m</c>: the select has a condition <c>selected.m(a1..an) == e</c>; the value is an array
    /// <c>[a1, ..., an, e]</c> of the evaluated arguments and the compared value.
    /// </summary>
    public const string EqualsPrefix = "$equals.";
}
