using System.Collections.Immutable;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics.Bound;

/// <summary><c>{ ... }</c></summary>
public sealed record BoundBlock(SyntaxNode Syntax, ImmutableArray<BoundStatement> Statements) : BoundStatement(Syntax);

/// <summary><c>T x [= e];</c></summary>
public sealed record BoundLocalDeclaration(SyntaxNode Syntax, LocalSymbol Local, BoundExpression? Initializer) : BoundStatement(Syntax);

/// <summary><c>e;</c></summary>
public sealed record BoundExpressionStatement(SyntaxNode Syntax, BoundExpression Expression) : BoundStatement(Syntax);

/// <summary><c>if (c) s [else s]</c></summary>
public sealed record BoundIf(SyntaxNode Syntax, BoundExpression Condition, BoundStatement Then, BoundStatement? Else) : BoundStatement(Syntax);

/// <summary><c>while (c) s</c> and <c>do s while (c);</c> (<paramref name="TestFirst"/> false).</summary>
public sealed record BoundWhile(SyntaxNode Syntax, BoundExpression Condition, BoundStatement Body, bool TestFirst) : BoundStatement(Syntax);

/// <summary><c>for (init; cond; update) s</c>; a missing condition is <c>true</c> (D20).</summary>
public sealed record BoundFor(SyntaxNode Syntax, ImmutableArray<BoundStatement> Initializers, BoundExpression? Condition, ImmutableArray<BoundExpression> Incrementors, BoundStatement Body)
    : BoundStatement(Syntax);

/// <summary><c>for (T x : e) s</c> (iterates over a copy, as the reference does).</summary>
public sealed record BoundForEach(SyntaxNode Syntax, LocalSymbol Iterator, BoundExpression Collection, BoundStatement Body) : BoundStatement(Syntax);

/// <summary><c>return [e];</c></summary>
public sealed record BoundReturn(SyntaxNode Syntax, BoundExpression? Value) : BoundStatement(Syntax);

/// <summary><c>connect slot using resource;</c></summary>
public sealed record BoundConnect(SyntaxNode Syntax, BoundExpression Slot, BoundExpression Resource) : BoundStatement(Syntax);

/// <summary>A statement that does nothing (<c>;</c> or an unparsable statement already reported).</summary>
public sealed record BoundEmpty(SyntaxNode Syntax) : BoundStatement(Syntax);
