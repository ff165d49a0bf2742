using System.IO.Compression;

namespace Flexo.Adapters.Excel.Tests.Fixtures;

/// <summary>The decompressed content of every entry of a zip package, by entry name.</summary>
internal static class PackageParts
{
    public static Dictionary<string, byte[]> Read(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            parts[entry.FullName] = copy.ToArray();
        }

        return parts;
    }

    public static string Text(string path, string entry) => System.Text.Encoding.UTF8.GetString(Read(path)[entry]);
}
