namespace Flexo.Adapters.Csv.Documents;

/// <summary>
/// Writes a file atomically: the content goes to a temporary file in the same folder, is flushed to disk, gets the
/// original file's permissions, and is then renamed over the target. Readers see the old or the new file, never a
/// half-written one; on any failure the temporary file is removed and the target is left as it was. A symbolic link
/// is followed, so the link stays and its target gets the new content.
/// </summary>
internal static class AtomicWriter
{
    /// <summary>The start of temporary file names (hidden on Unix).</summary>
    public const string TempPrefix = ".flexo-csv-";

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="write">Writes the whole content to the stream it is given.</param>
    /// <param name="overwrite">Whether an existing target is replaced (else the save fails if it appeared meanwhile).</param>
    /// <param name="beforeCommit">Called with the temporary path just before the rename; for tests of failures.</param>
    /// <exception cref="CsvException">FML7017 when anything fails.</exception>
    public static void Write(string path, Action<Stream> write, bool overwrite, Action<string>? beforeCommit = null)
    {
        var target = ResolveTarget(path);
        var folder = Path.GetDirectoryName(target) ?? ".";
        var temp = Path.Join(folder, $"{TempPrefix}{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            if (overwrite && File.Exists(target) && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
            }

            beforeCommit?.Invoke(temp);
            File.Move(temp, target, overwrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.EncoderFallbackException)
        {
            TryDelete(temp);
            throw CsvErrors.SaveFailed(path, e);
        }
    }

    private static string ResolveTarget(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary file stays behind; the target is still intact, which is what matters.
        }
    }
}
