using Flexo.Runtime;

namespace Flexo.Execution;

/// <summary>
/// The run-time side of a technology adapter, as the engine sees it: executes the adapter's edition actions
/// (<c>CSV::AddCSVRow(...)</c>) and fetch requests. Registered through <see cref="EngineOptions.Technologies"/>.
/// </summary>
public interface ITechnologyRuntime
{
    /// <summary>The adapter identifiers this runtime serves (the <c>use ... as ID;</c> names and the adapter's short names).</summary>
    IReadOnlyCollection<string> AdapterIds { get; }

    /// <summary>Executes an edition action; returns its value (null for none). Throw <see cref="TechnologyException"/> for a user error.</summary>
    /// <param name="call">The action, its evaluated keyword arguments and context.</param>
    /// <returns>The value of the action expression.</returns>
    object? Execute(TechnologyActionCall call);

    /// <summary>
    /// Runs a fetch request; the engine then keeps the candidates that pass the <c>where</c> conditions. The sequence
    /// is enumerated once, lazily, so an adapter may stream. Throw <see cref="TechnologyException"/> for a user error.
    /// </summary>
    /// <param name="call">The request, its evaluated keyword arguments and the <c>from</c> value.</param>
    /// <returns>The candidates.</returns>
    IEnumerable<object?> Fetch(TechnologyFetchCall call) =>
        throw new TechnologyException($"the fetch request '{call.Request}' is not supported by this adapter");

    /// <summary>Reads a property or calls a method of a technology value. Throw <see cref="TechnologyException"/> for a user error.</summary>
    /// <param name="call">The receiver, the member and the evaluated arguments.</param>
    /// <returns>The member's value.</returns>
    object? Member(TechnologyMemberCall call) =>
        throw new TechnologyException($"'{call.Member}' is not a member of this technology value");

    /// <summary>Converts a value about to be stored in a single-valued technology property (a path opening a resource, say).</summary>
    /// <param name="call">The property and the value.</param>
    /// <returns>The value to store.</returns>
    object? Store(TechnologyValueCall call) => call.Value;

    /// <summary>Converts a value read from a single-valued technology property (a stored reference resolved lazily, say).</summary>
    /// <param name="call">The property and the stored value.</param>
    /// <returns>The value the reader sees.</returns>
    object? Load(TechnologyValueCall call) => call.Value;
}

/// <summary>One execution of an edition action.</summary>
/// <param name="Adapter">The adapter identifier as written (<c>CSV</c> in <c>CSV::AddCSVRow</c>).</param>
/// <param name="Action">The action keyword (<c>AddCSVRow</c>).</param>
/// <param name="Arguments">The keyword arguments, evaluated, in source order.</param>
/// <param name="Receiver">The value of <c>in r</c>, if given.</param>
/// <param name="From">The value of <c>from s</c>, if given.</param>
/// <param name="This">The instance the running behaviour runs on.</param>
public sealed record TechnologyActionCall(
    string Adapter,
    string Action,
    IReadOnlyList<KeyValuePair<string, object?>> Arguments,
    object? Receiver,
    object? From,
    ConceptInstance? This);

/// <summary>A user error reported by a technology adapter at run time (reported as FML5001 with the FML stack).</summary>
public sealed class TechnologyException : Exception
{
    /// <summary>Creates an error.</summary>
    public TechnologyException()
    {
    }

    /// <summary>Creates an error with a message.</summary>
    /// <param name="message">What went wrong, for the FML author.</param>
    public TechnologyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public TechnologyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
