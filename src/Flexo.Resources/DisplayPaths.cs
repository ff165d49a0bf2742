namespace Flexo.Resources;

/// <summary>Paths as the user sees them: the path they gave, joined with the path found below it.</summary>
internal static class DisplayPaths
{
    /// <summary>
    /// The display path of <paramref name="full"/>, found from the input <paramref name="givenFull"/> shown as
    /// <paramref name="givenDisplay"/>. Below the input, the relative path is appended as it is; above it (the models
    /// enclosing a contained model, a marker file in a parent folder), leading <c>..</c> are folded into the given path
    /// where it has plain segments to drop.
    /// </summary>
    public static string Relative(string givenDisplay, string givenFull, bool isFolder, string full)
    {
        if (string.Equals(full, givenFull, StringComparison.Ordinal))
        {
            return givenDisplay;
        }

        var baseFull = isFolder ? givenFull : Path.GetDirectoryName(givenFull) ?? givenFull;
        var baseDisplay = isFolder ? givenDisplay : Path.GetDirectoryName(givenDisplay) ?? string.Empty;
        var parts = Path.GetRelativePath(baseFull, full).Split(Path.DirectorySeparatorChar).ToList();
        while (parts.Count > 0 && parts[0] == "..")
        {
            var trimmed = Path.TrimEndingDirectorySeparator(baseDisplay);
            if (Path.GetFileName(trimmed) is "" or "." or "..")
            {
                break;
            }

            baseDisplay = Path.GetDirectoryName(trimmed) ?? string.Empty;
            parts.RemoveAt(0);
        }

        return Path.Join(baseDisplay, string.Join(Path.DirectorySeparatorChar, parts));
    }
}
