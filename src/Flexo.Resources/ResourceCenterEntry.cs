namespace Flexo.Resources;

/// <summary>
/// Something a resource center scan found: an FML source (<see cref="FmlResource"/>), a model instance
/// (<see cref="InstanceResource"/>) or a problem (<see cref="ResourceProblem"/>). Scans list entries in a
/// deterministic order: folder entries by ordinal name, a model before the models and instances it contains.
/// </summary>
/// <param name="RelativePath">The path of the file or folder the entry is about, relative to the resource center root, with <c>/</c> separators.</param>
/// <param name="FullPath">The absolute path of the same file or folder.</param>
public abstract record ResourceCenterEntry(string RelativePath, string FullPath);
