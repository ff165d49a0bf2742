using Flexo.Adapters;
using Flexo.Execution;
using Flexo.Resources;

namespace Flexo.Host;

/// <summary>How a <see cref="FlexoHost"/> is opened.</summary>
public sealed record HostOptions
{
    /// <summary>Folders or files to load as resource centers (each resolved as <c>flexo check</c> does).</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>The engine's budgets and services.</summary>
    public EngineOptions Engine { get; init; } = EngineOptions.Default;

    /// <summary>
    /// Load the adapters Flexo ships (CSV, Excel) and those of every assembly loaded in the process that declares one
    /// with <see cref="FlexoAdapterAttribute"/> (default true).
    /// </summary>
    public bool LoadReferencedAdapters { get; init; } = true;

    /// <summary>Plugins folders: each sub-folder (or <c>.dll</c>) is one adapter plugin, loaded in its own context.</summary>
    public IReadOnlyList<string> PluginFolders { get; init; } = [];

    /// <summary>Adapters given directly (tests, embedding applications).</summary>
    public IReadOnlyList<TechnologyAdapter> Adapters { get; init; } = [];

    /// <summary>
    /// The folder relative resource paths of adapters are resolved against (default: the first of <see cref="Paths"/>,
    /// or its folder when it is a file; the current directory when there is none).
    /// </summary>
    public string? ResourceDirectory { get; init; }

    /// <summary>Options of the resource centers.</summary>
    public ResourceCenterOptions ResourceCenters { get; init; } = ResourceCenterOptions.Default;
}
