using System.Collections.Immutable;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics;

/// <summary>One compilation unit (one <c>.fml</c> file): its header declarations and its model.</summary>
public sealed class UnitSymbol : Symbol
{
    internal UnitSymbol(string path, SyntaxTree tree, string uri)
        : base(path, tree.Root, tree.Text)
    {
        Tree = tree;
        UnitUri = uri;
    }

    /// <summary>The parsed file.</summary>
    public SyntaxTree Tree { get; }

    /// <summary>The declared model (null when the file declares none).</summary>
    public ConceptSymbol? Model { get; internal set; }

    /// <summary>The URI of the unit (and of its model).</summary>
    public string UnitUri { get; internal set; }

    /// <inheritdoc />
    public override string? Uri => UnitUri;

    /// <summary>Namespace aliases declared by <c>namespace "uri" as NS;</c> (alias to value).</summary>
    public ImmutableDictionary<string, string> Namespaces { get; internal set; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Technology adapters declared by <c>use ... as TA;</c> (abbreviation to adapter identifier).</summary>
    public ImmutableDictionary<string, string> UsedAdapters { get; internal set; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Units imported by URI (resolved ones).</summary>
    public ImmutableArray<UnitSymbol> ImportedUnits { get; internal set; } = [];
}
