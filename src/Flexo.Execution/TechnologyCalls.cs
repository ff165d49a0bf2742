using Flexo.Fml.Semantics;
using Flexo.Runtime;

namespace Flexo.Execution;

/// <summary>One execution of a fetch request: <c>select [unique] T [with Request(k=v)] from r</c>.</summary>
/// <param name="AdapterId">The identifier of the adapter that declares the request.</param>
/// <param name="Request">The fetch request keyword (<c>SelectCSVRow</c>).</param>
/// <param name="Arguments">The keyword arguments, evaluated, in source order.</param>
/// <param name="From">The value of <c>from r</c>.</param>
/// <param name="Unique">True for <c>select unique</c> (the engine stops at the first candidate that passes the conditions).</param>
/// <param name="This">The instance the running behaviour runs on.</param>
public sealed record TechnologyFetchCall(
    string AdapterId,
    string Request,
    IReadOnlyList<KeyValuePair<string, object?>> Arguments,
    object? From,
    bool Unique,
    ConceptInstance? This);

/// <summary>One use of a member of a technology value: <c>row.rowIndex</c> or <c>row.getInt("qty")</c>.</summary>
/// <param name="AdapterId">The identifier of the adapter of the receiver's static type.</param>
/// <param name="Receiver">The technology value (never null).</param>
/// <param name="Member">The member name.</param>
/// <param name="Arguments">The evaluated arguments of a call (empty for a property).</param>
/// <param name="IsCall">True for a method call.</param>
public sealed record TechnologyMemberCall(
    string AdapterId,
    object Receiver,
    string Member,
    IReadOnlyList<object?> Arguments,
    bool IsCall);

/// <summary>A value read from or written to a technology property (a model slot or a technology role).</summary>
/// <param name="AdapterId">The identifier of the adapter of the property's type.</param>
/// <param name="Instance">The instance that holds the property.</param>
/// <param name="Property">The property.</param>
/// <param name="Value">The value read or about to be written.</param>
public sealed record TechnologyValueCall(
    string AdapterId,
    ConceptInstance Instance,
    PropertySymbol Property,
    object? Value);
