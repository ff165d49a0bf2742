using System.Collections.Immutable;
using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Semantics;

/// <summary>The kinds of behaviour of FML.md §3.7.</summary>
public enum BehaviourKind
{
    /// <summary><c>create(...)</c> or <c>create::name(...)</c></summary>
    Creation,

    /// <summary><c>delete(...)</c> or <c>delete::name(...)</c></summary>
    Deletion,

    /// <summary>A method (action scheme).</summary>
    Action,

    /// <summary><c>listen E from x { ... }</c></summary>
    Listener,

    /// <summary><c>name(...) with Kind(...)</c>: a behaviour of a technology adapter (drop scheme...).</summary>
    Technology,
}

/// <summary>A behaviour: constructor, destructor, method, listener or technology behaviour.</summary>
public sealed class BehaviourSymbol : Symbol
{
    internal BehaviourSymbol(string name, BehaviourKind kind, ConceptSymbol owner, MemberDeclarationSyntax declaration, SourceText source)
        : base(name, declaration, source)
    {
        Kind = kind;
        Owner = owner;
    }

    /// <summary>What kind of behaviour.</summary>
    public BehaviourKind Kind { get; }

    /// <summary>The concept that declares the behaviour.</summary>
    public ConceptSymbol Owner { get; }

    /// <summary>True for <c>create(...)</c> and <c>delete(...)</c> without a name.</summary>
    public bool IsAnonymous => Name.Length == 0;

    /// <summary>The parameters, in order.</summary>
    public ImmutableArray<ParameterSymbol> Parameters { get; internal set; } = [];

    /// <summary>The declared return type, or the type inferred from the body's returns; <c>void</c> when none.</summary>
    public FmlType ReturnType { get; internal set; } = PrimitiveType.Void;

    /// <summary>True when the return type was written (false: inferred).</summary>
    public bool HasDeclaredReturnType { get; internal set; }

    /// <summary>Declared visibility.</summary>
    public Visibility Visibility { get; internal set; }

    /// <summary>True for <c>abstract</c> behaviours.</summary>
    public bool IsAbstract { get; internal set; }

    /// <summary>True when the behaviour has a body (<c>{...}</c>, not <c>;</c>).</summary>
    public bool HasBody { get; internal set; }

    /// <summary>For technology behaviours: the kind keyword (<c>DropScheme</c>...).</summary>
    public string? TechnologyKind { get; internal set; }

    /// <summary>For listeners: the listened event type.</summary>
    public FmlType? ListenedEvent { get; internal set; }

    /// <summary>The checked body (null for <c>;</c> bodies and abstract behaviours).</summary>
    public Bound.BoundBlock? Body { get; internal set; }

    /// <summary>For listeners: the checked expression giving the listened virtual model instance.</summary>
    public Bound.BoundExpression? ListenedSource { get; internal set; }

    /// <summary>The checked default values of the parameters (null where none), by ordinal.</summary>
    public ImmutableArray<Bound.BoundExpression?> ParameterDefaults { get; internal set; } = [];

    internal bool ReturnTypeInferred { get; set; }

    internal bool IsBinding { get; set; }

    /// <summary>The signature <c>name(p1,p2)</c> used for identity and duplicate detection (FML.md §3.7).</summary>
    public string Signature => $"{Name}({string.Join(",", Parameters.Select(p => p.Name))})";

    /// <summary>URI: <c>&lt;conceptURI&gt;.&lt;signature&gt;</c>.</summary>
    public override string? Uri => Owner.Uri is { } owner ? owner + "." + Signature : null;

    /// <summary>The number of arguments a call must give at least (parameters without default value).</summary>
    public int RequiredArgumentCount
    {
        get
        {
            var count = Parameters.Length;
            while (count > 0 && Parameters[count - 1].HasDefault)
            {
                count--;
            }

            return count;
        }
    }

    /// <inheritdoc />
    public override TextSpan NameSpan => Declaration switch
    {
        BehaviourDeclarationSyntax b => b.Identifier?.Span ?? b.Keyword?.Span ?? b.Span,
        ListenerDeclarationSyntax l => l.EventType.Span,
        _ => base.NameSpan,
    };
}

/// <summary>A behaviour parameter.</summary>
public sealed class ParameterSymbol : Symbol
{
    internal ParameterSymbol(string name, int ordinal, ParameterSyntax declaration, SourceText source)
        : base(name, declaration, source) => Ordinal = ordinal;

    /// <summary>The position among the parameters.</summary>
    public int Ordinal { get; }

    /// <summary>The declared type.</summary>
    public FmlType Type { get; internal set; } = ErrorType.Instance;

    /// <summary>True for <c>required</c> parameters (checked before the behaviour runs).</summary>
    public bool IsRequired { get; internal set; }

    /// <summary>True when a default value is declared (the argument may then be omitted, D12).</summary>
    public bool HasDefault => ((ParameterSyntax)Declaration!).Default is not null;

    /// <inheritdoc />
    public override TextSpan NameSpan => ((ParameterSyntax)Declaration!).Identifier.Span;
}

/// <summary>One value of an enum (a singleton at run time).</summary>
public sealed class EnumValueSymbol : Symbol
{
    internal EnumValueSymbol(string name, int ordinal, ConceptSymbol owner, EnumValueSyntax declaration, SourceText source)
        : base(name, declaration, source)
    {
        Ordinal = ordinal;
        Owner = owner;
    }

    /// <summary>The position in declaration order.</summary>
    public int Ordinal { get; }

    /// <summary>The enum.</summary>
    public ConceptSymbol Owner { get; }

    /// <summary>URI: <c>&lt;enumURI&gt;#&lt;VALUE&gt;</c>.</summary>
    public override string? Uri => Owner.Uri is { } owner ? owner + "#" + Name : null;
}

/// <summary>An invariant (<c>assert</c>) of a concept.</summary>
public sealed class InvariantSymbol : Symbol
{
    internal InvariantSymbol(ConceptSymbol owner, MemberDeclarationSyntax declaration, SourceText source)
        : base(string.Empty, declaration, source) => Owner = owner;

    /// <summary>The concept that declares the invariant.</summary>
    public ConceptSymbol Owner { get; }

    /// <summary>For an iteration invariant: the iterator and the checked collection.</summary>
    public (LocalSymbol Iterator, Bound.BoundExpression Collection)? Iteration { get; internal set; }

    /// <summary>The checked conditions (one for a simple invariant, one per nested assert for an iteration invariant).</summary>
    public ImmutableArray<Bound.BoundExpression> Conditions { get; internal set; } = [];

    /// <summary>The checked <c>onfailure</c> statements, by condition (null where none).</summary>
    public ImmutableArray<Bound.BoundStatement?> OnFailure { get; internal set; } = [];
}

/// <summary>A local variable, iterator or implicit variable (<c>selected</c>, <c>evt</c>, <c>value</c>).</summary>
public sealed class LocalSymbol : Symbol
{
    internal LocalSymbol(string name, FmlType type, SyntaxNode? declaration, SourceText? source)
        : base(name, declaration, source) => Type = type;

    /// <summary>The variable's type.</summary>
    public FmlType Type { get; }
}

/// <summary>An annotation's data: tag and values, with namespace aliases already applied (D6).</summary>
public sealed record AnnotationData(string Tag, string? Value, ImmutableArray<KeyValuePair<string, string>> Pairs, ImmutableArray<AnnotationData> Nested);
