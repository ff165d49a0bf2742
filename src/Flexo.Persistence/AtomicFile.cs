namespace Flexo.Persistence;

/// <summary>
/// Replaces a file atomically: the new content is written to a temporary file in the same folder, flushed, then
/// renamed over the old one, so the file always holds either its old or its new complete content. A file that already
/// holds exactly the new bytes is not touched at all (its timestamp stays).
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> unless it already holds it; true when written.</summary>
    /// <exception cref="FmlPersistenceException">The file cannot be written (FML4031); the old content is intact.</exception>
    public static bool WriteIfChanged(string path, byte[] content)
    {
        string? temporary = null;
        try
        {
            if (File.Exists(path) && new FileInfo(path).Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
            {
                return false;
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            Directory.CreateDirectory(folder);
            temporary = Path.Join(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            temporary = null;
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            throw new FmlPersistenceException(PersistenceErrors.CannotWrite(path, error.Message), error);
        }
        finally
        {
            if (temporary is not null)
            {
                TryDelete(temporary);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // The temporary file is left behind; the target file is intact either way.
        }
    }
}
