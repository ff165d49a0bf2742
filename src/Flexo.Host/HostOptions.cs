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

    /// <summary>Options of the resource centers.</summary>
    public ResourceCenterOptions ResourceCenters { get; init; } = ResourceCenterOptions.Default;
}
