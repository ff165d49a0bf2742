namespace Flexo.Benchmarks.Corpus;

// A small, language-neutral description of the generated programs. The planner builds it with a seeded random
// generator; one emitter prints it as FML, another as C#, so that both corpora have the same shape.

internal enum Prim
{
    Int,
    Bool,
    Text,
    Real,
}

internal enum TypeKind
{
    Primitive,
    PrimitiveList,
    Concept,
    ConceptList,
    MatchingSet,
    Void,
}

internal sealed record TypeRef(TypeKind Kind, Prim Prim = Prim.Int, string? Concept = null)
{
    public static readonly TypeRef Int = new(TypeKind.Primitive, Prim.Int);
    public static readonly TypeRef Bool = new(TypeKind.Primitive, Prim.Bool);
    public static readonly TypeRef Text = new(TypeKind.Primitive, Prim.Text);
    public static readonly TypeRef Real = new(TypeKind.Primitive, Prim.Real);
    public static readonly TypeRef Void = new(TypeKind.Void);

    public static TypeRef Of(Prim prim) => prim switch
    {
        Prim.Int => Int,
        Prim.Bool => Bool,
        Prim.Text => Text,
        _ => Real,
    };

    public static TypeRef ListOf(Prim prim) => new(TypeKind.PrimitiveList, prim);

    public static TypeRef ConceptType(string name) => new(TypeKind.Concept, Concept: name);

    public static TypeRef ConceptListType(string name) => new(TypeKind.ConceptList, Concept: name);
}

// ---------------------------------------------------------------------------------------------------------------
// Expressions

internal abstract record Expr;

/// <summary>A literal whose spelling is the same in both languages (numbers, strings, true/false/null).</summary>
internal sealed record Literal(string Text) : Expr;

/// <summary>A property of the current concept, optionally written <c>this.x</c>.</summary>
internal sealed record PropertyRef(string Name, bool Qualified) : Expr;

/// <summary>A behaviour parameter (FML reaches it through <c>parameters.x</c>).</summary>
internal sealed record ParameterRef(string Name) : Expr;

/// <summary>A local variable, loop variable, setter value or the <c>selected</c> candidate of a where clause.</summary>
internal sealed record LocalRef(string Name) : Expr;

internal sealed record ThisRef : Expr;

/// <summary><c>target.name</c> where name is a property of the target's concept.</summary>
internal sealed record MemberRef(Expr Target, string Name) : Expr;

/// <summary>A value of an enum: <c>Status.OPEN</c>.</summary>
internal sealed record EnumValueRef(string Enum, string Value) : Expr;

/// <summary>A behaviour call, on <c>this</c> when the target is null.</summary>
internal sealed record MethodCall(Expr? Target, string Name, IReadOnlyList<Expr> Args) : Expr;

internal enum BuiltinKind
{
    TextLength,
    TextUpper,
    TextContains,
    ListSize,
    ListGet,
    ListAdd,
    ListContains,
}

/// <summary>A library member spelled differently in Java-flavoured FML and in C# (<c>size()</c> vs <c>Count</c>).</summary>
internal sealed record Builtin(BuiltinKind Kind, Expr Target, IReadOnlyList<Expr> Args) : Expr;

internal sealed record Binary(string Op, Expr Left, Expr Right) : Expr;

internal sealed record Unary(string Op, Expr Operand) : Expr;

internal sealed record Postfix(string Op, Expr Operand) : Expr;

internal sealed record Conditional(Expr Condition, Expr WhenTrue, Expr WhenFalse) : Expr;

internal sealed record Cast(Prim Type, Expr Operand) : Expr;

internal sealed record InstanceOf(Expr Operand, string Concept) : Expr;

/// <summary><c>[container.]new C[::ctor](args)</c>; C# has plain constructors.</summary>
internal sealed record NewConcept(string Concept, string? Constructor, IReadOnlyList<Expr> Args, Expr? Container) : Expr;

/// <summary><c>new ArrayList&lt;T&gt;()</c> / <c>new List&lt;T&gt;()</c>.</summary>
internal sealed record NewList(Prim Element) : Expr;

/// <summary><c>select [unique] C from x where (c1, c2)</c>; C# calls a generic helper with a lambda.</summary>
internal sealed record Select(string Concept, bool Unique, Expr From, IReadOnlyList<Expr> Where) : Expr;

/// <summary><c>match C [in set] from x where (p = v, ...) create::ctor(args)</c>.</summary>
internal sealed record Match(string Concept, string? Set, Expr From, IReadOnlyList<(string Property, Expr Value)> Criteria,
    string Constructor, IReadOnlyList<Expr> Args) : Expr;

/// <summary><c>begin match C from x where (...)</c>.</summary>
internal sealed record BeginMatch(string Concept, Expr From, IReadOnlyList<Expr> Where) : Expr;

// ---------------------------------------------------------------------------------------------------------------
// Statements

internal abstract record Stmt;

internal sealed record LocalDecl(TypeRef Type, string Name, Expr? Init) : Stmt;

internal sealed record Assign(Expr Target, string Op, Expr Value) : Stmt;

internal sealed record ExprStmt(Expr Expression) : Stmt;

internal sealed record If(Expr Condition, IReadOnlyList<Stmt> Then, IReadOnlyList<Stmt>? Else) : Stmt;

internal sealed record For(string Variable, Expr Start, Expr Bound, IReadOnlyList<Stmt> Body) : Stmt;

internal sealed record ForEach(TypeRef Type, string Variable, Expr Collection, IReadOnlyList<Stmt> Body) : Stmt;

internal sealed record While(Expr Condition, IReadOnlyList<Stmt> Body) : Stmt;

internal sealed record Log(Expr Message) : Stmt;

internal sealed record Return(Expr? Value) : Stmt;

internal sealed record Fire(NewConcept Event) : Stmt;

internal sealed record Delete(Expr Target) : Stmt;

/// <summary><c>end match C in set delete::scheme()</c>.</summary>
internal sealed record EndMatch(string Concept, string Set, string Scheme) : Stmt;

internal sealed record LineComment(string Text) : Stmt;

internal sealed record BlankLine : Stmt;

// ---------------------------------------------------------------------------------------------------------------
// Declarations

internal enum Visibility
{
    Default,
    Public,
    Protected,
    Private,
}

internal enum Cardinality
{
    None,
    ZeroMany,
    OneMany,
    Ellipsis,
}

internal abstract record Member;

internal sealed record Param(TypeRef Type, string Name, Expr? Default, bool Required);

/// <summary>A stored property or role; <see cref="IsRole"/> adds <c>with ConceptInstance()</c>.</summary>
internal sealed record PropertyDecl(Visibility Visibility, TypeRef Type, string Name, Cardinality Cardinality, Expr? Init, bool IsRole,
    bool IsAbstract) : Member;

/// <summary><c>T name values expr;</c> (a computed property).</summary>
internal sealed record ValuesPropertyDecl(TypeRef Type, string Name, Expr Value) : Member;

/// <summary><c>T name { T get() {...} set(T value) {...} };</c></summary>
internal sealed record GetSetPropertyDecl(TypeRef Type, string Name, IReadOnlyList<Stmt> Getter, IReadOnlyList<Stmt>? Setter) : Member;

internal enum BehaviourKind
{
    Create,
    Delete,
    Method,
}

internal sealed record BehaviourDecl(BehaviourKind Kind, Visibility Visibility, string? Name, TypeRef? ReturnType, IReadOnlyList<Param> Params,
    IReadOnlyList<Stmt>? Body, bool IsAbstract, string? Doc) : Member;

internal enum ConceptKind
{
    Concept,
    Event,
}

internal sealed record ConceptDecl(ConceptKind Kind, string Name, string? Parent, bool IsAbstract, string? Author, string? Doc,
    IReadOnlyList<Member> Members) : Member;

internal sealed record EnumDecl(string Name, IReadOnlyList<string> Values) : Member;

internal sealed record CommentMember(string Text, bool Block) : Member;

internal sealed record BlankMember : Member;
