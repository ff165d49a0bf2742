using System.Collections.Immutable;
using Flexo.Fml.Semantics.Java;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics.Bound;

/// <summary>A literal value (int, long, float, double, char, string, bool or null).</summary>
public sealed record BoundLiteral(SyntaxNode Syntax, object? Value, FmlType Type) : BoundExpression(Syntax, Type);

/// <summary>An expression that could not be bound (already reported); evaluating it is a run-time error.</summary>
public sealed record BoundError(SyntaxNode Syntax, ImmutableArray<BoundExpression> Children) : BoundExpression(Syntax, ErrorType.Instance);

/// <summary><c>this</c>: the instance the behaviour runs on.</summary>
public sealed record BoundThis(SyntaxNode Syntax, FmlType Type) : BoundExpression(Syntax, Type);

/// <summary>
/// The instance <paramref name="Levels"/> containers above <c>this</c> (used for names found on an enclosing concept or
/// model: the containment fallback of FML.md §4.4, resolved statically).
/// </summary>
public sealed record BoundContainerOf(SyntaxNode Syntax, BoundExpression Instance, int Levels, FmlType Type) : BoundExpression(Syntax, Type);

/// <summary>A local variable, iterator or implicit variable (<c>selected</c>, <c>evt</c>, setter value).</summary>
public sealed record BoundLocal(SyntaxNode Syntax, LocalSymbol Local) : BoundExpression(Syntax, Local.Type);

/// <summary><c>parameters.p</c> (or a plain parameter name, which Flexo also accepts).</summary>
public sealed record BoundParameter(SyntaxNode Syntax, ParameterSymbol Parameter) : BoundExpression(Syntax, Parameter.Type);

/// <summary><c>parameters</c> alone: the record of the current behaviour's arguments (FML.md §4.6).</summary>
public sealed record BoundParameters(SyntaxNode Syntax, BehaviourSymbol Behaviour) : BoundExpression(Syntax, ClassType.Object);

/// <summary>A property of a concept instance.</summary>
public sealed record BoundPropertyAccess(SyntaxNode Syntax, BoundExpression Receiver, PropertySymbol Property) : BoundExpression(Syntax, Property.Type);

/// <summary>A built-in member of an instance: <c>conceptType</c>, <c>container</c>, <c>virtualModelType</c>, <c>resourceCenter</c>, <c>enumValues</c>, <c>name</c> of a concept...</summary>
public sealed record BoundBuiltInMember(SyntaxNode Syntax, BoundExpression Receiver, string Member, FmlType Type) : BoundExpression(Syntax, Type);

/// <summary>A Java-compatible member (property or method) of a non-FML value, or a static one (receiver null).</summary>
public sealed record BoundJavaMember(SyntaxNode Syntax, BoundExpression? Receiver, JavaMember Member, ImmutableArray<BoundExpression> Arguments, FmlType Type)
    : BoundExpression(Syntax, Type);

/// <summary>A call of an FML behaviour; <paramref name="NonVirtual"/> for <c>super.m()</c> (no dynamic dispatch).</summary>
public sealed record BoundBehaviourCall(SyntaxNode Syntax, BoundExpression Receiver, BehaviourSymbol Behaviour, ImmutableArray<BoundExpression> Arguments, bool NonVirtual)
    : BoundExpression(Syntax, Behaviour.ReturnType);

/// <summary><c>new C(...)</c> / <c>x.new C::m(...)</c> / <c>new M() with (...)</c>: a new instance of a concept or model.</summary>
public sealed record BoundNewInstance(
    SyntaxNode Syntax,
    ConceptSymbol Concept,
    BehaviourSymbol? CreationScheme,
    ImmutableArray<BoundExpression> Arguments,
    BoundExpression? Container,
    ImmutableArray<KeyValuePair<string, BoundExpression>> Options) : BoundExpression(Syntax, new ConceptType(Concept));

/// <summary><c>new ArrayList&lt;&gt;()</c> and other Java collection constructors.</summary>
public sealed record BoundNewJavaObject(SyntaxNode Syntax, ClassType Class, ImmutableArray<BoundExpression> Arguments) : BoundExpression(Syntax, Class);

/// <summary>A binary operation; the operator is the token kind.</summary>
public sealed record BoundBinary(SyntaxNode Syntax, SyntaxKind Operator, BoundExpression Left, BoundExpression Right, FmlType Type) : BoundExpression(Syntax, Type);

/// <summary>A unary operation (prefix or postfix).</summary>
public sealed record BoundUnary(SyntaxNode Syntax, SyntaxKind Operator, bool IsPostfix, BoundExpression Operand, FmlType Type) : BoundExpression(Syntax, Type);

/// <summary>An assignment; for compound forms <paramref name="Operator"/> is the compound token kind.</summary>
public sealed record BoundAssignment(SyntaxNode Syntax, SyntaxKind Operator, BoundExpression Target, BoundExpression Value) : BoundExpression(Syntax, Target.Type);

/// <summary><c>c ? a : b</c></summary>
public sealed record BoundConditional(SyntaxNode Syntax, BoundExpression Condition, BoundExpression WhenTrue, BoundExpression WhenFalse, FmlType Type)
    : BoundExpression(Syntax, Type);

/// <summary><c>(T)e</c></summary>
public sealed record BoundCast(SyntaxNode Syntax, BoundExpression Operand, FmlType Type) : BoundExpression(Syntax, Type);

/// <summary><c>e instanceof T</c></summary>
public sealed record BoundInstanceOf(SyntaxNode Syntax, BoundExpression Operand, FmlType TestedType) : BoundExpression(Syntax, PrimitiveType.Boolean);

/// <summary>An enum value (<c>Priority.HIGH</c>, or a bare <c>HIGH</c> where an enum is expected, D8).</summary>
public sealed record BoundEnumValue(SyntaxNode Syntax, EnumValueSymbol Value) : BoundExpression(Syntax, new ConceptType(Value.Owner));

/// <summary>A concept or model named as a value (<c>Priority</c> in <c>Priority.enumValues</c>): its <c>Concept&lt;C&gt;</c>.</summary>
public sealed record BoundConceptReference(SyntaxNode Syntax, ConceptSymbol Concept) : BoundExpression(Syntax, new ConceptMetaType(Concept));

/// <summary><c>select [unique] T from receiver [where (...)]</c> over concept instances.</summary>
public sealed record BoundSelect(SyntaxNode Syntax, ConceptSymbol? Concept, bool Unique, BoundExpression From, LocalSymbol Selected, ImmutableArray<BoundExpression> Conditions, FmlType Type)
    : BoundExpression(Syntax, Type);

/// <summary><c>begin match C from x [where (...)]</c></summary>
public sealed record BoundBeginMatch(SyntaxNode Syntax, ConceptSymbol? Concept, BoundExpression From, LocalSymbol Selected, ImmutableArray<BoundExpression> Conditions)
    : BoundExpression(Syntax, new MatchingSetType(Concept));

/// <summary><c>match C [in set] from x where (p=v, ...) create::m(...)</c> or <c>unmatched: e</c></summary>
public sealed record BoundMatch(
    SyntaxNode Syntax,
    ConceptSymbol? Concept,
    BoundExpression? MatchingSet,
    BoundExpression From,
    ImmutableArray<KeyValuePair<PropertySymbol, BoundExpression>> Criteria,
    BoundExpression? Create) : BoundExpression(Syntax, Concept is null ? ErrorType.Instance : new ConceptType(Concept));

/// <summary><c>end match C in set delete::m(...)</c> / <c>action::m(...)</c> / <c>unmatched: call</c></summary>
public sealed record BoundEndMatch(SyntaxNode Syntax, ConceptSymbol? Concept, BoundExpression MatchingSet, BehaviourSymbol? Behaviour, bool DeleteUnmatched, ImmutableArray<BoundExpression> Arguments)
    : BoundExpression(Syntax, PrimitiveType.Void);

/// <summary><c>delete x [from y]</c></summary>
public sealed record BoundDelete(SyntaxNode Syntax, BoundExpression Target, BoundExpression? From) : BoundExpression(Syntax, PrimitiveType.Void);

/// <summary><c>log e</c></summary>
public sealed record BoundLog(SyntaxNode Syntax, BoundExpression Value) : BoundExpression(Syntax, PrimitiveType.Void);

/// <summary><c>fire e</c></summary>
public sealed record BoundFire(SyntaxNode Syntax, BoundExpression Event) : BoundExpression(Syntax, PrimitiveType.Void);

/// <summary><c>notify "p" [in x]</c></summary>
public sealed record BoundNotify(SyntaxNode Syntax, BoundExpression Property, BoundExpression? Source) : BoundExpression(Syntax, PrimitiveType.Void);

/// <summary>
/// <c>TA::Action(k=v) [in r] [from s]</c>: an edition action of a technology adapter. <paramref name="AdapterId"/> is the
/// identifier of the adapter the abbreviation names (null when it is unknown).
/// </summary>
public sealed record BoundTechnologyAction(
    SyntaxNode Syntax,
    string Adapter,
    string Action,
    ImmutableArray<KeyValuePair<string, BoundExpression>> Arguments,
    BoundExpression? Receiver,
    BoundExpression? From,
    FmlType Type,
    string? AdapterId = null) : BoundExpression(Syntax, Type);

/// <summary>
/// A member of a concept or model used as a value (a <c>Concept&lt;C&gt;</c>: <c>x.conceptType</c>, a model a script
/// loaded, a concept named as a value), with its arguments: <c>m.name</c>, <c>m.getFlexoConcept("A")</c>,
/// <c>c.isSuperConceptOf(d)</c>. <paramref name="Member"/> is one of <see cref="ReflectiveMembers"/> (docs/scripts.md
/// lists each with its receiver, arguments, result and meaning), or, with an error type, a member Flexo does not check.
/// </summary>
public sealed record BoundReflectiveCall(SyntaxNode Syntax, BoundExpression Receiver, string Member, ImmutableArray<BoundExpression> Arguments, FmlType Type)
    : BoundExpression(Syntax, Type);
