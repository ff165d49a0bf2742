using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics;

/// <summary>Options of a <see cref="Compilation"/>.</summary>
public sealed record CompilationOptions
{
    /// <summary>The default options.</summary>
    public static CompilationOptions Default { get; } = new();

    /// <summary>Only parse: report syntax diagnostics and skip semantic analysis.</summary>
    public bool SyntaxOnly { get; init; }

    /// <summary>Report visibility violations as errors instead of warnings.</summary>
    public bool Strict { get; init; }

    /// <summary>The technology adapters whose vocabulary the checker knows.</summary>
    public AdapterCatalog Adapters { get; init; } = AdapterCatalog.BuiltIn;

    /// <summary>Parser options used for every document.</summary>
    public ParseOptions ParseOptions { get; init; } = ParseOptions.Default;
}
