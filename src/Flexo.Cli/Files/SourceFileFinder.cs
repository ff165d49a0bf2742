using System.Collections.Immutable;
using Flexo.Resources;

namespace Flexo.Cli.Files;

/// <summary>The files found for a list of command-line paths, and the paths that do not exist.</summary>
internal sealed record SourceFileSet(ImmutableArray<SourceFile> Files, ImmutableArray<string> MissingPaths);

/// <summary>
/// Expands command-line paths into FML files (for <c>fmt</c> and <c>parse</c>; <c>check</c> reads resource centers
/// through Flexo.Resources). A file is taken as given, whatever its extension. A folder is scanned recursively for
/// <c>*.fml</c> files, in ordinal name order. Openflexo stores a model <c>X</c> as a folder <c>X.fml/</c> holding the
/// text <c>X.fml</c>: a path ending in <c>.fml</c> that is a folder is descended into like any other folder.
/// <c>bin</c>, <c>obj</c>, <c>.git</c> and <c>node_modules</c> folders are skipped, and so are symbolic links to
/// folders met while scanning (which could loop). <c>-</c> stands for standard input. Each file is listed once.
/// </summary>
internal static class SourceFileFinder
{
    /// <summary>The extension of FML source files.</summary>
    public const string FmlExtension = ".fml";

    /// <summary>Folder names never scanned.</summary>
    public static ImmutableArray<string> SkippedFolders { get; } = ResourceCenterOptions.DefaultSkippedFolderNames;

    /// <summary>Expands <paramref name="paths"/>; never throws for missing or unreadable paths.</summary>
    public static SourceFileSet Find(IEnumerable<string> paths)
    {
        var files = ImmutableArray.CreateBuilder<SourceFile>();
        var missing = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stdinSeen = false;
        foreach (var path in paths)
        {
            if (path == "-")
            {
                if (!stdinSeen)
                {
                    stdinSeen = true;
                    files.Add(SourceFile.StandardInput);
                }

                continue;
            }

            if (path.Length == 0 || path.AsSpan().IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            {
                missing.Add(path);
            }
            else if (Directory.Exists(path))
            {
                ScanFolder(path, path, files, seen);
            }
            else if (File.Exists(path))
            {
                Add(new SourceFile(path, Path.GetFullPath(path)), files, seen);
            }
            else
            {
                missing.Add(path);
            }
        }

        return new SourceFileSet(files.ToImmutable(), missing.ToImmutable());
    }

    /// <summary>True for a file name ending in <c>.fml</c> (any letter case).</summary>
    public static bool IsFmlFileName(string name) => name.EndsWith(FmlExtension, StringComparison.OrdinalIgnoreCase);

    private static void ScanFolder(string folder, string displayPath, ImmutableArray<SourceFile>.Builder files, HashSet<string> seen)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(folder).GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            // Reported as an unreadable input (FML0001) rather than aborting the whole run.
            Add(new SourceFile(displayPath, Path.GetFullPath(folder), Diagnostics.CliErrors.Describe(e)), files, seen);
            return;
        }

        Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var entry in entries)
        {
            var childDisplay = Path.Join(displayPath, entry.Name);
            if (entry is DirectoryInfo directory)
            {
                if (SkippedFolders.Contains(directory.Name) || directory.LinkTarget is not null)
                {
                    continue;
                }

                ScanFolder(directory.FullName, childDisplay, files, seen);
            }
            else if (IsFmlFileName(entry.Name) && File.Exists(entry.FullName))
            {
                Add(new SourceFile(childDisplay, entry.FullName), files, seen);
            }
        }
    }

    private static void Add(SourceFile file, ImmutableArray<SourceFile>.Builder files, HashSet<string> seen)
    {
        if (seen.Add(file.FullPath ?? file.DisplayPath))
        {
            files.Add(file);
        }
    }
}
