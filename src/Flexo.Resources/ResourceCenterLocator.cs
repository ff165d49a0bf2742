namespace Flexo.Resources;

/// <summary>Where a file or folder sits in a resource center: the center's root, and the path relative to it.</summary>
/// <param name="RootPath">The absolute path of the resource center root.</param>
/// <param name="Scope">The located path relative to the root (<c>/</c> separators; empty for the root itself).</param>
public sealed record ResourceCenterLocation(string RootPath, string Scope);

/// <summary>
/// Finds the resource center a path belongs to, so that a folder or file checked on its own gets the same URIs and the
/// same containment as when its whole resource center is checked:
/// <list type="number">
/// <item>the nearest folder, from the path itself (or the folder holding the file) upwards, that holds the marker file
/// <see cref="ResourceNames.MarkerFile"/> is the root;</item>
/// <item>without a marker, the root is the path's folder, moved up out of any <c>*.fml</c> / <c>*.fml.rt</c> folders it
/// sits in (a model folder is never the root of its own resource center).</item>
/// </list>
/// </summary>
public static class ResourceCenterLocator
{
    /// <summary>Locates <paramref name="path"/> (an existing file or folder).</summary>
    public static ResourceCenterLocation Locate(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var start = Directory.Exists(full) ? full : Path.GetDirectoryName(full) ?? full;

        for (var folder = start; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (DirectoryResourceCenter.HasMarker(folder))
            {
                return new ResourceCenterLocation(folder, Relative(folder, full));
            }
        }

        var root = start;
        while (ResourceNames.IsResourceFolderName(Path.GetFileName(root)) && Path.GetDirectoryName(root) is { } parent)
        {
            root = parent;
        }

        return new ResourceCenterLocation(root, Relative(root, full));
    }

    private static string Relative(string root, string full)
    {
        var relative = Path.GetRelativePath(root, full);
        return relative == "." ? string.Empty : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
