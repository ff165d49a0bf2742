using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Semantics;

/// <summary>The kinds of property of FML.md §3.5.</summary>
public enum PropertyKind
{
    /// <summary>A stored primitive value (int, boolean, String, Date...).</summary>
    Primitive,

    /// <summary>A stored Java-typed value (List&lt;String&gt;, Object...).</summary>
    Java,

    /// <summary>A reference to a concept instance (<c>with ConceptInstance()</c>, or a plain concept-typed declaration).</summary>
    ConceptInstance,

    /// <summary>A model slot: a reference to a model instance or an external resource (<c>with ModelInstance()</c>, ...).</summary>
    ModelSlot,

    /// <summary>A role provided by a technology adapter (<c>with CSVRow()</c>, ...).</summary>
    TechnologyRole,

    /// <summary><c>abstract T name;</c>: provided by sub-concepts.</summary>
    Abstract,

    /// <summary><c>T name values expr;</c>: computed from an expression.</summary>
    Expression,

    /// <summary><c>T name { T get() {...} set(T v) {...} };</c></summary>
    GetSet,
}

/// <summary>A property of a concept, with its kind, declared type and cardinality.</summary>
public sealed class PropertySymbol : Symbol
{
    internal PropertySymbol(string name, PropertyKind kind, ConceptSymbol owner, MemberDeclarationSyntax declaration, SourceText source)
        : base(name, declaration, source)
    {
        Kind = kind;
        Owner = owner;
    }

    /// <summary>What kind of property.</summary>
    public PropertyKind Kind { get; internal set; }

    /// <summary>The concept that declares the property.</summary>
    public ConceptSymbol Owner { get; }

    /// <summary>The declared type of one value (the element type for multi-valued properties).</summary>
    public FmlType ElementType { get; internal set; } = ErrorType.Instance;

    /// <summary>The type of the property as an expression: the element type, or <c>List&lt;T&gt;</c> when multi-valued.</summary>
    public FmlType Type { get; internal set; } = ErrorType.Instance;

    /// <summary>The declared bounds (D7: kept as written).</summary>
    public Cardinality Cardinality { get; internal set; } = Cardinality.ZeroOne;

    /// <summary>Declared visibility.</summary>
    public Visibility Visibility { get; internal set; }

    /// <summary>For roles: the role keyword (<c>ConceptInstance</c>, <c>ModelInstance</c>, <c>CSVRow</c>...).</summary>
    public string? RoleKind { get; internal set; }

    /// <summary>For roles: the adapter abbreviation written before the keyword (<c>TA::Role</c>), if any.</summary>
    public string? RoleAdapter { get; internal set; }

    /// <summary>The checked initial value (<c>int x = 3;</c>), applied when an instance is created.</summary>
    public Bound.BoundExpression? Initializer { get; internal set; }

    /// <summary>For expression properties: the checked expression.</summary>
    public Bound.BoundExpression? ValueExpression { get; internal set; }

    /// <summary>For get/set properties: the checked getter body.</summary>
    public Bound.BoundBlock? Getter { get; internal set; }

    /// <summary>For get/set properties: the setter's parameter and checked body.</summary>
    public (LocalSymbol Value, Bound.BoundBlock Body)? Setter { get; internal set; }

    /// <summary>True when the property can be assigned (stored, abstract, get/set with a setter, settable expression).</summary>
    public bool IsSettable { get; internal set; } = true;

    /// <summary>URI: <c>&lt;conceptURI&gt;.&lt;name&gt;</c>.</summary>
    public override string? Uri => Owner.Uri is { } owner ? owner + "." + Name : null;

    /// <inheritdoc />
    public override TextSpan NameSpan => Declaration switch
    {
        PropertyDeclarationSyntax p => p.Identifier.Span,
        ExpressionPropertyDeclarationSyntax e => e.Identifier.Span,
        GetSetPropertyDeclarationSyntax g => g.Identifier.Span,
        _ => base.NameSpan,
    };
}
