using System.Buffers;
using System.Text.Unicode;

namespace Flexo.Resources;

/// <summary>Where decoding stopped in a byte sequence that is not valid UTF-8.</summary>
/// <param name="ByteOffset">Offset of the first invalid byte from the start of the input (a byte order mark included).</param>
/// <param name="CharOffset">Offset in the decoded text where the invalid byte sits (the length of <see cref="DecodedText.Text"/>).</param>
/// <param name="Value">The first invalid byte.</param>
public readonly record struct Utf8Error(long ByteOffset, int CharOffset, byte Value);

/// <summary>
/// The result of decoding bytes as UTF-8. When <see cref="Error"/> is set, <see cref="Text"/> holds what was decoded
/// before the first invalid byte, so the error can still be given a line and a column.
/// </summary>
/// <param name="Text">The decoded text, without the byte order mark.</param>
/// <param name="HasByteOrderMark">True when the input started with a UTF-8 byte order mark.</param>
/// <param name="Error">The first invalid sequence, or null when the whole input is valid UTF-8.</param>
public sealed record DecodedText(string Text, bool HasByteOrderMark, Utf8Error? Error)
{
    /// <summary>True when the whole input was valid UTF-8.</summary>
    public bool IsValid => Error is null;
}

/// <summary>Strict UTF-8 decoding: an optional byte order mark is accepted and remembered; invalid bytes are never replaced.</summary>
public static class Utf8Text
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes <paramref name="bytes"/>; stops at the first invalid or truncated sequence and says where it is.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var hasBom = bytes.StartsWith(ByteOrderMark);
        var body = hasBom ? bytes[ByteOrderMark.Length..] : bytes;
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(body.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(body, buffer, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            var text = new string(buffer, 0, charsWritten);
            if (status == OperationStatus.Done)
            {
                return new DecodedText(text, hasBom, null);
            }

            var offset = bytesRead + (hasBom ? ByteOrderMark.Length : 0);
            return new DecodedText(text, hasBom, new Utf8Error(offset, charsWritten, body[bytesRead]));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
