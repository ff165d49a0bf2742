using System.Collections.Immutable;

namespace Flexo.Host;

/// <summary>A data file of a resource center that an adapter reads (a CSV file, a workbook...).</summary>
/// <param name="RelativePath">The path relative to the resource center root, with forward slashes.</param>
/// <param name="FullPath">The absolute path.</param>
/// <param name="Uri">The resource URI: the resource center's base URI, <c>/</c>, the relative path.</param>
/// <param name="Adapter">The name of the adapter that claims it.</param>
public sealed record DataResource(string RelativePath, string FullPath, string Uri, string Adapter);

/// <summary>A folder of a resource center that could not be scanned for data files, with the reason.</summary>
/// <param name="FullPath">The folder.</param>
/// <param name="Reason">Why.</param>
public sealed record DataResourceProblem(string FullPath, string Reason);

public sealed partial class FlexoHost
{
    private (ImmutableArray<DataResource> Resources, ImmutableArray<DataResourceProblem> Problems)? _data;

    /// <summary>
    /// The data files of the resource centers claimed by an adapter (by extension), scanned on first use, in path
    /// order; folders that cannot be read are in <see cref="DataResourceProblems"/>, never silently skipped.
    /// </summary>
    public ImmutableArray<DataResource> DataResources => (_data ??= ScanData()).Resources;

    /// <summary>The folders that could not be scanned for data files, with the reason.</summary>
    public ImmutableArray<DataResourceProblem> DataResourceProblems => (_data ??= ScanData()).Problems;

    /// <summary>The data resource with this URI or relative path, or null.</summary>
    /// <param name="uriOrPath">A resource URI or a path relative to a resource center root.</param>
    /// <returns>The resource.</returns>
    public DataResource? FindDataResource(string uriOrPath)
    {
        ArgumentNullException.ThrowIfNull(uriOrPath);
        var relative = uriOrPath.Replace('\\', '/');
        return DataResources.FirstOrDefault(d => d.Uri == uriOrPath || d.RelativePath == relative);
    }

    private (ImmutableArray<DataResource>, ImmutableArray<DataResourceProblem>) ScanData()
    {
        var resources = ImmutableArray.CreateBuilder<DataResource>();
        var problems = ImmutableArray.CreateBuilder<DataResourceProblem>();
        foreach (var center in Workspace.ResourceCenters)
        {
            var pending = new Stack<string>();
            pending.Push(center.RootPath);
            while (pending.Count > 0)
            {
                var folder = pending.Pop();
                string[] files;
                string[] folders;
                try
                {
                    files = Directory.GetFiles(folder);
                    folders = Directory.GetDirectories(folder);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problems.Add(new DataResourceProblem(folder, e.Message));
                    continue;
                }

                foreach (var file in files)
                {
                    if (Adapters.Claim(file) is { } adapter)
                    {
                        var relative = Path.GetRelativePath(center.RootPath, file).Replace(Path.DirectorySeparatorChar, '/');
                        resources.Add(new DataResource(relative, file, center.BaseUri.TrimEnd('/') + "/" + relative, adapter.DisplayName));
                    }
                }

                foreach (var sub in folders.Where(f => (File.GetAttributes(f) & FileAttributes.ReparsePoint) == 0).OrderDescending(StringComparer.Ordinal))
                {
                    pending.Push(sub);
                }
            }
        }

        return ([.. resources.OrderBy(r => r.Uri, StringComparer.Ordinal)], problems.ToImmutable());
    }
}
