namespace Flexo.Adapters.Excel;

/// <summary>
/// Replaces a file atomically: the bytes go to a hidden temporary file in the same folder, are flushed to disk, get
/// the original's permissions, then the temporary file is moved over the original. On failure the temporary file
/// is removed and the original is untouched. A symbolic link is followed, so the link stays a link.
/// </summary>
internal static class AtomicFile
{
    public const string TempPrefix = ".flexo-";

    public const string TempSuffix = ".tmp";

    /// <summary>Writes the bytes; <paramref name="beforeReplace"/> is called with the temporary file just before it
    /// replaces the target (tests use it to inject faults).</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes, Action<string>? beforeReplace = null)
    {
        var target = ResolveTarget(path);
        var folder = Path.GetDirectoryName(target) ?? ".";
        var temp = Path.Join(folder, TempPrefix + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N")[..8] + TempSuffix);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(target))
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
            }

            beforeReplace?.Invoke(temp);
            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static string ResolveTarget(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } resolved)
        {
            return resolved.FullName;
        }

        return info.FullName;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the original file is intact either way.
        }
    }
}
