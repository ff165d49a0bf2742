using System.Collections.Immutable;

namespace Flexo.Resources;

/// <summary>How a <see cref="DirectoryResourceCenter"/> is opened.</summary>
public sealed record ResourceCenterOptions
{
    /// <summary>The folder names skipped while scanning: build output, version control and package folders.</summary>
    public static ImmutableArray<string> DefaultSkippedFolderNames { get; } = ["bin", "obj", ".git", "node_modules"];

    /// <summary>The default options (declared after the folder names it uses).</summary>
    public static ResourceCenterOptions Default { get; } = new();

    /// <summary>
    /// A base URI to use instead of the marker file's and of the default one; null (the default) reads the marker file
    /// and falls back to <see cref="ResourceUris.DefaultBaseUri"/>.
    /// </summary>
    public string? BaseUri { get; init; }

    /// <summary>Folders with these exact names are never scanned (unless given explicitly as a scope).</summary>
    public ImmutableArray<string> SkippedFolderNames { get; init; } = DefaultSkippedFolderNames;
}
