using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics;

/// <summary>What the analyzer remembers about a unit's header while linking.</summary>
internal sealed class UnitInfo
{
    /// <summary>Adapters in scope by abbreviation (FML@RT is always in scope).</summary>
    public Dictionary<string, AdapterVocabulary> Adapters { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the unit uses an adapter Flexo does not provide: its vocabulary cannot be checked.</summary>
    public bool UsesUnavailableAdapter { get; set; }

    /// <summary>Java imports: simple name or alias to qualified name.</summary>
    public Dictionary<string, string> JavaImports { get; } = new(StringComparer.Ordinal);

    /// <summary>URI imports with their evaluated URI (null when it could not be evaluated).</summary>
    public List<(UriImportDeclarationSyntax Syntax, string? Uri)> UriImports { get; } = [];

    /// <summary>Aliases of URI imports (<c>import [uri] as X</c>) to the imported unit, once linked.</summary>
    public Dictionary<string, UnitSymbol?> ImportAliases { get; } = new(StringComparer.Ordinal);

    /// <summary>Typedefs by name.</summary>
    public Dictionary<string, TypedefDeclarationSyntax> Typedefs { get; } = new(StringComparer.Ordinal);

    /// <summary>Resolved typedefs by name.</summary>
    public Dictionary<string, FmlType> ResolvedTypedefs { get; } = new(StringComparer.Ordinal);

    /// <summary>The @URI value, when present and valid; null otherwise.</summary>
    public string? DeclaredUri { get; set; }

    /// <summary>True when @URI is present but cannot be evaluated: the unit is not registered (D6).</summary>
    public bool InvalidDeclaredUri { get; set; }
}
