using System.Text;

namespace Flexo.Resources.Tests;

/// <summary>A fresh folder under the system temp folder, deleted on dispose (permissions restored first).</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TempFolder()
    {
        Path = System.IO.Path.Join(System.IO.Path.GetTempPath(), "flexo-resources-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The absolute path of the folder.</summary>
    public string Path { get; }

    /// <summary>The absolute path of <paramref name="relative"/> (forward slashes) inside the folder.</summary>
    public string this[string relative] => System.IO.Path.Join(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>Writes a UTF-8 file (creating its folders) and returns its absolute path.</summary>
    public string Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    /// <summary>Writes raw bytes (creating folders) and returns the absolute path.</summary>
    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Creates a folder (and its parents) and returns its absolute path.</summary>
    public string Folder(string relative) => Directory.CreateDirectory(this[relative]).FullName;

    /// <summary>Writes the resource center marker file at <paramref name="root"/> (relative) with <paramref name="content"/>.</summary>
    public string Marker(string root, string content) =>
        Write((root.Length == 0 ? "" : root + "/") + ResourceNames.MarkerFile, content);

    /// <summary>Removes every permission from <paramref name="path"/> until the returned object is disposed (Unix only).</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static IDisposable Locked(string path)
    {
        var mode = File.GetUnixFileMode(path);
        File.SetUnixFileMode(path, UnixFileMode.None);
        return new Restore(() => File.SetUnixFileMode(path, mode));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the system temp folder is cleaned eventually.
        }
    }

    private sealed class Restore(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
