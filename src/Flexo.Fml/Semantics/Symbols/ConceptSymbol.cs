using System.Collections.Immutable;
using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Semantics;

/// <summary>What a concept-like declaration is.</summary>
public enum ConceptKind
{
    /// <summary><c>model</c>: a virtual model (itself a concept whose instances are virtual model instances).</summary>
    Model,

    /// <summary><c>concept</c></summary>
    Concept,

    /// <summary><c>event</c></summary>
    Event,

    /// <summary><c>enum</c></summary>
    Enum,
}

/// <summary>
/// A model, concept, event or enum. Nesting means containment: a concept declared inside another has that concept
/// as its container; one declared directly in a model is a root concept whose instances live in the model instance.
/// </summary>
public sealed class ConceptSymbol : Symbol
{
    private string? _uri;

    internal ConceptSymbol(string name, ConceptKind kind, SyntaxNode? declaration, SourceText? source, ConceptSymbol? lexicalContainer)
        : base(name, declaration, source)
    {
        Kind = kind;
        LexicalContainer = lexicalContainer;
    }

    /// <summary>Model, concept, event or enum.</summary>
    public ConceptKind Kind { get; }

    /// <summary>True for a model.</summary>
    public bool IsModel => Kind == ConceptKind.Model;

    /// <summary>The model or concept this declaration is written in (null for a top-level model).</summary>
    public ConceptSymbol? LexicalContainer { get; }

    /// <summary>The model that owns this concept (itself for a model).</summary>
    public ConceptSymbol OwningModel => IsModel || LexicalContainer is null ? this : LexicalContainer.OwningModel;

    /// <summary>For a contained model: the model that contains it (by folder nesting).</summary>
    public ConceptSymbol? ContainerModel { get; internal set; }

    /// <summary>The concept named by <c>inside X</c>, if any.</summary>
    public ConceptSymbol? ExplicitContainer { get; internal set; }

    /// <summary>Declared visibility.</summary>
    public Visibility Visibility { get; internal set; }

    /// <summary>True for <c>abstract</c> declarations.</summary>
    public bool IsAbstract { get; internal set; }

    /// <summary>The parents named by <c>extends</c> (resolved ones only).</summary>
    public ImmutableArray<ConceptSymbol> Parents { get; internal set; } = [];

    /// <summary>The declared properties, in declaration order.</summary>
    public ImmutableArray<PropertySymbol> Properties { get; internal set; } = [];

    /// <summary>The declared behaviours, in declaration order.</summary>
    public ImmutableArray<BehaviourSymbol> Behaviours { get; internal set; } = [];

    /// <summary>The concepts, events and enums declared inside, in declaration order.</summary>
    public ImmutableArray<ConceptSymbol> NestedConcepts { get; internal set; } = [];

    /// <summary>The invariants (<c>assert</c>) declared in the body.</summary>
    public ImmutableArray<InvariantSymbol> Invariants { get; internal set; } = [];

    /// <summary>The values of an enum, in declaration order.</summary>
    public ImmutableArray<EnumValueSymbol> EnumValues { get; internal set; } = [];

    /// <summary>The annotations (metadata) of the declaration.</summary>
    public ImmutableArray<AnnotationData> Annotations { get; internal set; } = [];

    /// <summary>The compilation unit that declares this concept.</summary>
    public UnitSymbol? Unit { get; internal set; }

    /// <inheritdoc />
    public override string? Uri => _uri;

    /// <summary>
    /// The concept that contains instances of this one: the <c>inside</c> concept, else the lexically enclosing
    /// concept, else (for a concept with no container of its own) the container of its parents; null for root concepts.
    /// </summary>
    public ConceptSymbol? ApplicableContainer
    {
        get
        {
            if (ExplicitContainer is not null)
            {
                return ExplicitContainer;
            }

            if (LexicalContainer is { IsModel: false } lexical)
            {
                return lexical;
            }

            foreach (var parent in Parents)
            {
                if (parent.ApplicableContainer is { } inherited)
                {
                    return inherited;
                }
            }

            return null;
        }
    }

    /// <inheritdoc />
    public override TextSpan NameSpan => Declaration switch
    {
        ConceptDeclarationSyntax c => c.Identifier.Span,
        EnumDeclarationSyntax e => e.Identifier.Span,
        _ => base.NameSpan,
    };

    /// <summary>All concepts this one inherits from (transitively, each once, nearest first).</summary>
    public IEnumerable<ConceptSymbol> AllAncestors() => _ancestors ?? ComputeAncestors();

    /// <summary>Called once linking is complete: the hierarchy no longer changes, so derived tables are cached.</summary>
    internal void Seal()
    {
        _ancestors = [.. ComputeAncestors()];
        var properties = new Dictionary<string, PropertySymbol>(StringComparer.Ordinal);
        foreach (var owner in _ancestors.Prepend(this))
        {
            foreach (var property in owner.Properties)
            {
                properties.TryAdd(property.Name, property);
            }
        }

        _propertiesByName = properties;
    }

    /// <summary>The property named <paramref name="name"/>, declared or inherited (most specialised first).</summary>
    internal PropertySymbol? FindPropertyFast(string name) =>
        _propertiesByName is { } table ? table.GetValueOrDefault(name) : null;

    internal bool IsSealed => _propertiesByName is not null;

    private ImmutableArray<ConceptSymbol>? _ancestors;
    private Dictionary<string, PropertySymbol>? _propertiesByName;

    private IEnumerable<ConceptSymbol> ComputeAncestors()
    {
        var seen = new HashSet<ConceptSymbol>();
        var queue = new Queue<ConceptSymbol>(Parents);
        while (queue.Count > 0)
        {
            var next = queue.Dequeue();
            if (next == this || !seen.Add(next))
            {
                continue;
            }

            yield return next;
            foreach (var parent in next.Parents)
            {
                queue.Enqueue(parent);
            }
        }
    }

    /// <summary>True when <paramref name="other"/> is this concept or one of its (transitive) sub-concepts.</summary>
    public bool IsSuperConceptOf(ConceptSymbol other) => other == this || (other.Parents.Length > 0 && other.AllAncestors().Contains(this));

    internal void SetUri(string uri) => _uri = uri;
}
