using System.Collections.Immutable;
using Flexo.Runtime;

namespace Flexo.Persistence;

/// <summary>
/// The outcome of a load: the loaded top-level model instances (none at all when any error was found: nothing is
/// ever half-loaded) and every problem found, errors and warnings, in the order they were found.
/// </summary>
/// <param name="Instances">The loaded top-level model instances, in the order asked; empty on failure.</param>
/// <param name="Diagnostics">The problems found.</param>
public sealed record LoadResult(ImmutableArray<VirtualModelInstance> Instances, ImmutableArray<PersistenceDiagnostic> Diagnostics)
{
    /// <summary>The first loaded model instance (the only one for a single load), or null when the load failed.</summary>
    public VirtualModelInstance? Instance => Instances.IsEmpty ? null : Instances[0];

    /// <summary>True when the load succeeded (no error; warnings may remain).</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
