using Flexo.Cli.Diagnostics;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Text;
using Flexo.Resources;

namespace Flexo.Cli.Files;

/// <summary>
/// The decoded text of one input. When <see cref="Error"/> is set the input could not be used: <see cref="Text"/>
/// then holds whatever could be decoded, so the error can still be given a line and a column.
/// </summary>
internal sealed record SourceContent(SourceFile File, SourceText Text, bool HasByteOrderMark, Diagnostic? Error);

/// <summary>Reads inputs as strict UTF-8 (an optional byte order mark is accepted and remembered).</summary>
internal static class SourceReader
{
    /// <summary>Reads <paramref name="file"/>; IO and encoding problems become FML0001/FML0002, never exceptions.</summary>
    public static SourceContent Read(SourceFile file, CliConsole console)
    {
        if (file.ScanError is { } scanError)
        {
            return Failed(file, CliErrors.CannotRead(scanError));
        }

        byte[] bytes;
        try
        {
            bytes = file.IsStandardInput ? ReadAll(console.OpenInput()) : File.ReadAllBytes(file.FullPath!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Failed(file, CliErrors.CannotRead(CliErrors.Describe(e)));
        }

        return Decode(file, bytes);
    }

    /// <summary>Decodes <paramref name="bytes"/> as strict UTF-8.</summary>
    public static SourceContent Decode(SourceFile file, ReadOnlySpan<byte> bytes)
    {
        var decoded = Utf8Text.Decode(bytes);
        var text = new SourceText(decoded.Text, file.DisplayPath);
        if (decoded.Error is not { } error)
        {
            return new SourceContent(file, text, decoded.HasByteOrderMark, null);
        }

        // Invalid or truncated sequence: point at the first byte that could not be decoded.
        var diagnostic = CliErrors.InvalidUtf8(new TextSpan(error.CharOffset, 0), error.ByteOffset, error.Value);
        return new SourceContent(file, text, decoded.HasByteOrderMark, diagnostic);
    }

    private static SourceContent Failed(SourceFile file, Diagnostic error) =>
        new(file, new SourceText(string.Empty, file.DisplayPath), false, error);

    private static byte[] ReadAll(Stream stream)
    {
        using (stream)
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return memory.ToArray();
        }
    }
}
