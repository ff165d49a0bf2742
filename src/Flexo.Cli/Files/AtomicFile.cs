using System.Text;

namespace Flexo.Cli.Files;

/// <summary>
/// Replaces a file's content atomically: the new text is written to a temporary file in the same folder, flushed to
/// disk, given the original file's permissions, then moved over the original. Readers see either the old or the new
/// content, never a half-written file; on failure the temporary file is removed and the original is untouched.
/// A symbolic link is followed, so the link stays a link and its target gets the new content.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The prefix of temporary files (hidden on Unix); the suffix is <see cref="TempSuffix"/>.</summary>
    public const string TempPrefix = ".flexo-";

    /// <summary>The suffix of temporary files.</summary>
    public const string TempSuffix = ".tmp";

    /// <summary>Writes <paramref name="text"/> as UTF-8 to <paramref name="path"/>, with a byte order mark if asked.</summary>
    public static void WriteAllText(string path, string text, bool byteOrderMark)
    {
        var target = ResolveTarget(path);
        var folder = Path.GetDirectoryName(target) ?? ".";
        var temp = Path.Join(folder, TempPrefix + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N")[..8] + TempSuffix);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                if (byteOrderMark)
                {
                    stream.Write(ByteOrderMark);
                }

                stream.Write(Utf8.GetBytes(text));
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
            }

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
