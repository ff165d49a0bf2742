using System.Text;

namespace Flexo.Fml.Tests.Infrastructure;

/// <summary>What a sample file is expected to do.</summary>
public enum SampleCategory
{
    /// <summary>Under a <c>Valid</c> folder: parses with no diagnostic at all.</summary>
    Valid,

    /// <summary>Under an <c>Invalid</c> folder: at least one error, and only a few diagnostics.</summary>
    Invalid,

    /// <summary>Anywhere else: only the baselines and the round trip are checked.</summary>
    Other,
}

/// <summary>
/// The FML files the corpus tests run on: every <c>*.fml</c> under <c>Samples/</c> (the shared sample corpus) and
/// <c>TestData/</c> (files written for this test suite), read from the source tree. Paths are relative to the test
/// project and always use '/'.
/// </summary>
internal static class SampleCorpus
{
    /// <summary>The folders of the test project that hold FML samples.</summary>
    public static readonly string[] Roots = ["Samples", "TestData"];

    private static readonly Lazy<string[]> s_files = new(FindFiles);

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Every sample, sorted (ordinal), as a path relative to the test project: <c>Samples/Valid/Library.fml</c>.</summary>
    public static IReadOnlyList<string> Files => s_files.Value;

    /// <summary>The directory samples are read from: the source tree when found, else the copy next to the test assembly.</summary>
    public static string BaseDirectory =>
        TestPaths.RepositoryRootOrNull is null ? TestPaths.AssemblyDirectory : TestPaths.ProjectDirectory;

    public static TheoryData<string> All => ToTheoryData(Files);

    public static TheoryData<string> Valid => ToTheoryData(Files.Where(f => CategoryOf(f) == SampleCategory.Valid));

    public static TheoryData<string> Invalid => ToTheoryData(Files.Where(f => CategoryOf(f) == SampleCategory.Invalid));

    /// <summary>The full path of a sample.</summary>
    public static string FullPath(string relativePath) => Path.Combine(BaseDirectory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The raw bytes of a sample.</summary>
    public static byte[] ReadBytes(string relativePath) => File.ReadAllBytes(FullPath(relativePath));

    /// <summary>
    /// The text of a sample, decoded as strict UTF-8 without dropping a byte order mark (it stays as U+FEFF, so the
    /// text maps back to the exact bytes of the file).
    /// </summary>
    public static string ReadText(string relativePath) => Decode(ReadBytes(relativePath));

    /// <summary>Decodes UTF-8 bytes, keeping a byte order mark as the character U+FEFF.</summary>
    public static string Decode(byte[] bytes) => s_strictUtf8.GetString(bytes);

    /// <summary>Encodes text as UTF-8 without adding a byte order mark.</summary>
    public static byte[] Encode(string text) => s_strictUtf8.GetBytes(text);

    /// <summary>Valid / Invalid from the folder names of the path.</summary>
    public static SampleCategory CategoryOf(string relativePath)
    {
        var segments = relativePath.Split('/');
        if (segments.Contains("Invalid", StringComparer.Ordinal))
        {
            return SampleCategory.Invalid;
        }

        return segments.Contains("Valid", StringComparer.Ordinal) ? SampleCategory.Valid : SampleCategory.Other;
    }

    /// <summary>The path of a baseline of a sample: <c>Samples/Valid/Library.fml</c> + <c>.tree.txt</c> → <c>Samples/Valid/Library.tree.txt</c>.</summary>
    public static string BaselinePath(string relativePath, string suffix) =>
        string.Concat(relativePath.AsSpan(0, relativePath.Length - ".fml".Length), suffix);

    private static TheoryData<string> ToTheoryData(IEnumerable<string> files)
    {
        var data = new TheoryData<string>();
        foreach (var file in files)
        {
            data.Add(file);
        }

        return data;
    }

    private static string[] FindFiles()
    {
        var baseDirectory = BaseDirectory;
        var files = new List<string>();
        foreach (var root in Roots)
        {
            var directory = Path.Combine(baseDirectory, root);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(directory, "*.fml", SearchOption.AllDirectories))
            {
                files.Add(Path.GetRelativePath(baseDirectory, file).Replace(Path.DirectorySeparatorChar, '/'));
            }
        }

        files.Sort(StringComparer.Ordinal);
        return [.. files];
    }
}
