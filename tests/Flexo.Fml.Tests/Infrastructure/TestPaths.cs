namespace Flexo.Fml.Tests.Infrastructure;

/// <summary>Locates the source tree (the directory holding Flexo.sln) from the test assembly.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string?> s_repositoryRoot = new(FindRepositoryRoot);

    /// <summary>The repository root, or null when the tests run away from their source tree.</summary>
    public static string? RepositoryRootOrNull => s_repositoryRoot.Value;

    /// <summary>The repository root; throws with an explanation when it cannot be found.</summary>
    public static string RepositoryRoot => s_repositoryRoot.Value ?? throw new InvalidOperationException(
        $"Cannot find Flexo.sln in any directory above '{AssemblyDirectory}' or '{Environment.CurrentDirectory}'. "
        + "The baseline tests read and write files in the source tree, so run them from a checkout.");

    /// <summary>tests/Flexo.Fml.Tests in the source tree.</summary>
    public static string ProjectDirectory => Path.Combine(RepositoryRoot, "tests", "Flexo.Fml.Tests");

    /// <summary>tests/Flexo.Fml.Tests/Baselines in the source tree.</summary>
    public static string BaselineDirectory => Path.Combine(ProjectDirectory, "Baselines");

    /// <summary>The directory of the test assembly (the bin folder).</summary>
    public static string AssemblyDirectory => Path.GetDirectoryName(typeof(TestPaths).Assembly.Location) ?? AppContext.BaseDirectory;

    /// <summary>Where the actual output of a failed baseline comparison is written (under the bin folder).</summary>
    public static string ActualOutputDirectory => Path.Combine(AssemblyDirectory, "BaselineActual");

    private static string? FindRepositoryRoot() => WalkUp(AssemblyDirectory) ?? WalkUp(Environment.CurrentDirectory);

    private static string? WalkUp(string? directory)
    {
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory, "Flexo.sln")))
            {
                return directory;
            }

            directory = Path.GetDirectoryName(directory);
        }

        return null;
    }
}
