using System.Collections.Immutable;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics.Bound;

/// <summary>
/// <c>select [unique] T [with Request(k=v)] from r [where (...)]</c> where <c>T</c> is a technology type: the adapter's
/// fetch request <paramref name="Request"/> yields the candidates, then every condition is checked with
/// <paramref name="Selected"/> bound to each.
/// </summary>
public sealed record BoundTechnologySelect(
    SyntaxNode Syntax,
    string AdapterId,
    string Request,
    ImmutableArray<KeyValuePair<string, BoundExpression>> Arguments,
    bool Unique,
    BoundExpression From,
    LocalSymbol Selected,
    ImmutableArray<BoundExpression> Conditions,
    FmlType Type) : BoundExpression(Syntax, Type);

/// <summary>
/// A member of a technology value declared by its adapter: a property (<c>row.rowIndex</c>) or a method call
/// (<c>row.getInt("qty")</c>, <paramref name="IsCall"/> true) with its arguments converted to the declared types.
/// </summary>
public sealed record BoundTechnologyMember(
    SyntaxNode Syntax,
    BoundExpression Receiver,
    string AdapterId,
    string Member,
    ImmutableArray<BoundExpression> Arguments,
    bool IsCall,
    FmlType Type) : BoundExpression(Syntax, Type);
