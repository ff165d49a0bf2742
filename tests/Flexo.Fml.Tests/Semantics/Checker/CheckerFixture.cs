using System.Collections.Immutable;
using System.Text;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Semantics;

namespace Flexo.Fml.Tests.Semantics.Checker;

/// <summary>
/// Shared helpers of the checker tests: where the source tree is, how a folder of FML files becomes a compilation
/// (the resource-center layout of FML.md §6.2), and how diagnostics are printed and compared with golden files.
/// </summary>
internal static class CheckerFixture
{
    /// <summary>The base URI every test resource center gets.</summary>
    public const string BaseUri = "http://flexo.test/rc/";

    /// <summary>The command that regenerates the golden files of these tests.</summary>
    public const string UpdateCommand = "FLEXO_UPDATE_BASELINES=1 dotnet test tests/Flexo.Fml.Tests --filter \"FullyQualifiedName~Checker\"";

    private static readonly Lazy<string> s_repositoryRoot = new(FindRepositoryRoot);

    /// <summary>True when golden files are rewritten instead of compared.</summary>
    public static bool UpdateMode => Environment.GetEnvironmentVariable("FLEXO_UPDATE_BASELINES") == "1";

    /// <summary>The folder holding Flexo.sln.</summary>
    public static string RepositoryRoot => s_repositoryRoot.Value;

    /// <summary>The folder of the data-driven cases, in the source tree (the test project does not copy them).</summary>
    public static string CasesDirectory => Path.Combine(RepositoryRoot, "tests", "Flexo.Fml.Tests", "Semantics", "Checker", "Cases");

    /// <summary>A compilation of in-memory files: (path, text) with the layout rules of <see cref="Document"/>.</summary>
    public static Compilation Compile(params (string Path, string Text)[] files) =>
        Compilation.Create(files.Select(f => Document(f.Path, f.Text)));

    /// <summary>A compilation of a single file named <c>Test.fml</c>.</summary>
    public static Compilation CompileOne(string text) => Compile(("Test.fml", text));

    /// <summary>
    /// A document at <paramref name="path"/> (relative to the resource center, '/' separated). A file
    /// <c>X.fml/X.fml</c> is the resource <c>X.fml</c>; a file <c>P.fml/C.fml/C.fml</c> is a model contained in the
    /// one of <c>P.fml/P.fml</c>; any other file is a resource of its own. URIs are the base URI plus the resource path.
    /// </summary>
    public static FmlDocument Document(string path, string text)
    {
        var parts = path.Split('/');
        var resource = path;
        string? container = null;
        if (parts.Length >= 2 && parts[^2] == parts[^1])
        {
            resource = string.Join('/', parts[..^1]);
            if (parts.Length >= 3 && parts[^3].EndsWith(".fml", StringComparison.Ordinal))
            {
                container = string.Join('/', parts[..^2]) + "/" + parts[^3];
            }
        }

        return new FmlDocument(path, text, BaseUri + resource, container);
    }

    /// <summary>Every <c>.fml</c> file under <paramref name="directory"/>, as documents, in path order.</summary>
    public static ImmutableArray<FmlDocument> LoadDirectory(string directory) =>
    [
        .. Directory.EnumerateFiles(directory, "*.fml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .Select(relative => Document(relative, File.ReadAllText(Path.Combine(directory, relative)))),
    ];

    /// <summary>Every diagnostic of the compilation, one line each (<c>file(line,col): severity CODE: message</c>), by path then position.</summary>
    public static IReadOnlyList<string> Format(Compilation compilation) =>
    [
        .. compilation.GetAllDiagnostics()
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => p.Value.Select(d => d.Format(compilation.GetSyntaxTree(p.Key)!.Text))),
    ];

    /// <summary>The diagnostics of every document, flattened.</summary>
    public static IEnumerable<Diagnostic> All(Compilation compilation) => compilation.GetAllDiagnostics().SelectMany(p => p.Value);

    /// <summary>The codes of every diagnostic of the compilation, in order.</summary>
    public static string Codes(Compilation compilation) =>
        string.Join(" ", compilation.GetAllDiagnostics().OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value).Select(d => d.Code));

    /// <summary>Asserts the compilation has no diagnostic at all, showing them when it has.</summary>
    public static void AssertClean(Compilation compilation)
    {
        var lines = Format(compilation);
        Assert.True(lines.Count == 0, "Expected no diagnostic, got:\n" + string.Join("\n", lines));
    }

    /// <summary>Asserts the compilation reports exactly these codes (in path and position order), showing the diagnostics otherwise.</summary>
    public static void AssertCodes(Compilation compilation, params string[] codes)
    {
        var actual = Codes(compilation);
        Assert.True(actual == string.Join(" ", codes),
            $"Expected [{string.Join(" ", codes)}], got [{actual}]:\n" + string.Join("\n", Format(compilation)));
    }

    /// <summary>Compares <paramref name="actual"/> with the golden file, or rewrites it in update mode.</summary>
    public static void VerifyBaseline(string path, IReadOnlyList<string> actual)
    {
        var actualText = actual.Count == 0 ? string.Empty : string.Join("\n", actual) + "\n";
        if (UpdateMode)
        {
            if (!File.Exists(path) || File.ReadAllText(path) != actualText)
            {
                File.WriteAllText(path, actualText);
            }

            return;
        }

        var expected = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actualText)
        {
            return;
        }

        var expectedLines = expected is null ? [] : expected.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var message = new StringBuilder();
        message.Append(expected is null ? "Missing golden file " : "Diagnostics differ from ")
            .AppendLine(Path.GetRelativePath(RepositoryRoot, path).Replace(Path.DirectorySeparatorChar, '/'))
            .AppendLine("--- expected / +++ actual:");
        foreach (var line in Diff(expectedLines, [.. actual]))
        {
            message.AppendLine(line);
        }

        message.AppendLine("If the change is intended, regenerate the golden files and review the diff:")
            .AppendLine("  " + UpdateCommand);
        Assert.Fail(message.ToString());
    }

    /// <summary>A line diff (longest common subsequence): unchanged lines start with two spaces, others with '-' or '+'.</summary>
    public static IEnumerable<string> Diff(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var lcs = new int[expected.Count + 1, actual.Count + 1];
        for (var i = expected.Count - 1; i >= 0; i--)
        {
            for (var j = actual.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = expected[i] == actual[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < expected.Count || y < actual.Count)
        {
            if (x < expected.Count && y < actual.Count && expected[x] == actual[y])
            {
                yield return "  " + expected[x];
                x++;
                y++;
            }
            else if (y < actual.Count && (x == expected.Count || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                yield return "+ " + actual[y++];
            }
            else
            {
                yield return "- " + expected[x++];
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Flexo.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Flexo.sln not found above " + AppContext.BaseDirectory + "; the checker tests read their cases from the source tree.");
    }
}
