namespace Flexo.Cli.Files;

/// <summary>
/// One input of a command: a file on disk or standard input. <see cref="DisplayPath"/> is the path as the user gave it
/// (joined with the relative path found while scanning a folder); it is what diagnostics print.
/// </summary>
internal sealed record SourceFile(string DisplayPath, string? FullPath, string? ScanError = null)
{
    /// <summary>The path printed for standard input.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>Standard input, given as <c>-</c> on the command line.</summary>
    public static SourceFile StandardInput { get; } = new(StandardInputName, null);

    /// <summary>True for standard input.</summary>
    public bool IsStandardInput => FullPath is null;
}
