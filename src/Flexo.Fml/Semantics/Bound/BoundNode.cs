using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics.Bound;

/// <summary>
/// A checked, resolved form of a piece of FML: every name is bound to its symbol and every expression has a type.
/// The runtime executes bound trees (it lowers them to delegates); no name is looked up by string at run time.
/// </summary>
public abstract record BoundNode(SyntaxNode Syntax);

/// <summary>A bound expression with its static type.</summary>
public abstract record BoundExpression(SyntaxNode Syntax, FmlType Type) : BoundNode(Syntax);

/// <summary>A bound statement.</summary>
public abstract record BoundStatement(SyntaxNode Syntax) : BoundNode(Syntax);
