using System.Text;

namespace Flexo.Fml.Tests.Infrastructure;

/// <summary>
/// Golden-file comparison. Baselines live in tests/Flexo.Fml.Tests/Baselines (source tree) and are compared byte for
/// byte. With <c>FLEXO_UPDATE_BASELINES=1</c> the tests rewrite them instead (and pass).
/// </summary>
internal static class Baseline
{
    public const string UpdateVariable = "FLEXO_UPDATE_BASELINES";

    public const string RegenerateCommand = UpdateVariable + "=1 dotnet test tests/Flexo.Fml.Tests";

    /// <summary>True when the baselines are to be rewritten rather than checked.</summary>
    public static bool UpdateMode => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Checks (or, in update mode, writes) the baseline at <paramref name="relativePath"/> under Baselines/.</summary>
    public static void Verify(string relativePath, string actual)
    {
        var expectedPath = FullPath(relativePath);
        var expected = File.Exists(expectedPath) ? SampleCorpus.Decode(File.ReadAllBytes(expectedPath)) : null;
        if (UpdateMode)
        {
            if (expected != actual)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
                File.WriteAllBytes(expectedPath, SampleCorpus.Encode(actual));
            }

            return;
        }

        if (expected is null)
        {
            var actualPath = WriteActual(relativePath, actual);
            Assert.Fail($"Baseline Baselines/{relativePath} does not exist.{Environment.NewLine}"
                + $"Create it with: {RegenerateCommand}{Environment.NewLine}"
                + $"or copy the actual output: cp '{actualPath}' '{expectedPath}'");
        }

        if (expected != actual)
        {
            var actualPath = WriteActual(relativePath, actual);
            Assert.Fail($"Baseline Baselines/{relativePath} differs from the actual output.{Environment.NewLine}"
                + TextDiff.Describe(expected, actual) + Environment.NewLine
                + $"If the new output is right, regenerate all baselines with: {RegenerateCommand}{Environment.NewLine}"
                + $"or copy this one: cp '{actualPath}' '{expectedPath}'");
        }
    }

    /// <summary>Checks that no baseline exists at <paramref name="relativePath"/> (in update mode, deletes it).</summary>
    public static void VerifyAbsent(string relativePath, string reason)
    {
        var path = FullPath(relativePath);
        if (!File.Exists(path))
        {
            return;
        }

        if (UpdateMode)
        {
            File.Delete(path);
            return;
        }

        Assert.Fail($"Baseline Baselines/{relativePath} should not exist ({reason}).{Environment.NewLine}"
            + $"Delete it, or run: {RegenerateCommand}");
    }

    /// <summary>The full path of a baseline in the source tree.</summary>
    public static string FullPath(string relativePath) =>
        Path.Combine(TestPaths.BaselineDirectory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string WriteActual(string relativePath, string actual)
    {
        var path = Path.Combine(TestPaths.ActualOutputDirectory, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, SampleCorpus.Encode(actual));
        return path;
    }
}

/// <summary>A short, line-based description of how two texts differ.</summary>
internal static class TextDiff
{
    private const int MaxLinesPerSide = 12;

    public static string Describe(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var prefix = 0;
        while (prefix < e.Length && prefix < a.Length && e[prefix] == a[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < e.Length - prefix && suffix < a.Length - prefix && e[^(suffix + 1)] == a[^(suffix + 1)])
        {
            suffix++;
        }

        var builder = new StringBuilder();
        builder.Append("@@ expected lines ").Append(prefix + 1).Append('-').Append(e.Length - suffix)
            .Append(", actual lines ").Append(prefix + 1).Append('-').Append(a.Length - suffix).Append(" @@").AppendLine();
        if (prefix > 0)
        {
            builder.Append("  ").AppendLine(Visible(e[prefix - 1]));
        }

        AppendSide(builder, '-', e, prefix, e.Length - suffix);
        AppendSide(builder, '+', a, prefix, a.Length - suffix);
        if (suffix > 0)
        {
            builder.Append("  ").AppendLine(Visible(e[^suffix]));
        }

        if (expected.ReplaceLineEndings("\n") == actual.ReplaceLineEndings("\n"))
        {
            builder.AppendLine("(the texts differ only in their line endings)");
        }

        return builder.ToString().TrimEnd();
    }

    private static void AppendSide(StringBuilder builder, char marker, string[] lines, int from, int to)
    {
        for (var i = from; i < to && i < from + MaxLinesPerSide; i++)
        {
            builder.Append(marker).Append(' ').AppendLine(Visible(lines[i]));
        }

        if (to - from > MaxLinesPerSide)
        {
            builder.Append(marker).Append(" ... (").Append(to - from - MaxLinesPerSide).AppendLine(" more lines)");
        }
    }

    private static string Visible(string line) => line.Replace("\r", "\\r", StringComparison.Ordinal);
}
