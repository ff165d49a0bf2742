namespace Flexo.Cli.Output;

/// <summary>English counts for summary lines: "1 file", "2 files", "0 errors".</summary>
internal static class Plural
{
    /// <summary><paramref name="count"/> followed by <paramref name="noun"/>, with an 's' unless the count is one.</summary>
    public static string Of(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
