namespace Flexo.Adapters;

/// <summary>The stable codes of adapter loading problems (docs/adapters.md, docs/diagnostics.md).</summary>
public static class AdapterErrors
{
    /// <summary>The plugins folder does not exist or cannot be read.</summary>
    public const string PluginFolder = "FML7101";

    /// <summary>A plugin assembly cannot be loaded (not a .NET assembly, a missing dependency, an incompatible SDK).</summary>
    public const string BrokenPlugin = "FML7102";

    /// <summary>An adapter class cannot be created, or its declaration is incomplete or contradictory.</summary>
    public const string BadDeclaration = "FML7103";

    /// <summary>Two adapters declare the same identifier; the second is ignored.</summary>
    public const string DuplicateAdapter = "FML7104";
}

/// <summary>A problem met while loading adapters: the adapter or plugin is skipped, the rest is loaded.</summary>
/// <param name="Code">The stable code (FML7101-FML7104).</param>
/// <param name="Source">The folder, assembly or adapter concerned.</param>
/// <param name="Message">What went wrong and what to do.</param>
public sealed record AdapterProblem(string Code, string Source, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Source}: error {Code}: {Message}";
}
