using System.Buffers;
using System.Text.Unicode;
using Flexo.Cli.Diagnostics;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Text;

namespace Flexo.Cli.Files;

/// <summary>
/// The decoded text of one input. When <see cref="Error"/> is set the input could not be used: <see cref="Text"/>
/// then holds whatever could be decoded, so the error can still be given a line and a column.
/// </summary>
internal sealed record SourceContent(SourceFile File, SourceText Text, bool HasByteOrderMark, Diagnostic? Error);

/// <summary>Reads inputs as strict UTF-8 (an optional byte order mark is accepted and remembered).</summary>
internal static class SourceReader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

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
        var hasBom = bytes.StartsWith(Utf8Bom);
        var body = hasBom ? bytes[Utf8Bom.Length..] : bytes;
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(body.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(body, buffer, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            var text = new SourceText(new string(buffer, 0, charsWritten), file.DisplayPath);
            if (status == OperationStatus.Done)
            {
                return new SourceContent(file, text, hasBom, null);
            }

            // Invalid or truncated sequence: point at the first byte that could not be decoded.
            var offset = bytesRead + (hasBom ? Utf8Bom.Length : 0);
            var error = CliErrors.InvalidUtf8(new TextSpan(charsWritten, 0), offset, body[bytesRead]);
            return new SourceContent(file, text, hasBom, error);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
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
