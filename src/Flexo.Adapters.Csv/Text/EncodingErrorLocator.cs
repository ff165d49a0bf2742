using System.Text;

namespace Flexo.Adapters.Csv.Text;

/// <summary>
/// Finds where the first invalid byte of a stream is, as a line and column of the text before it. Used only once a
/// decoding failed, so it reads the stream again in chunks rather than slowing down every read.
/// </summary>
internal static class EncodingErrorLocator
{
    private const int ChunkSize = 1 << 16;

    /// <summary>The exception to report for the first invalid byte of <paramref name="stream"/> after the mark.</summary>
    public static CsvException Locate(Stream stream, Encoding encoding, int byteOrderMarkLength, string path, Exception cause)
    {
        var offset = FindInvalidOffset(stream, encoding, byteOrderMarkLength);
        var (line, column) = CountLines(stream, encoding, byteOrderMarkLength, offset);
        return CsvErrors.InvalidBytes(path, encoding.WebName.ToUpperInvariant(), line, column, cause);
    }

    private static long FindInvalidOffset(Stream stream, Encoding encoding, int start)
    {
        stream.Position = start;
        var decoder = encoding.GetDecoder();
        var bytes = new byte[ChunkSize];
        var chars = new char[encoding.GetMaxCharCount(ChunkSize) + 4];
        long chunkStart = start;
        while (true)
        {
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            try
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: read < bytes.Length);
            }
            catch (DecoderFallbackException e)
            {
                return Math.Max(start, chunkStart + e.Index);
            }

            if (read < bytes.Length)
            {
                return stream.Length;
            }

            chunkStart += read;
        }
    }

    private static (int Line, int Column) CountLines(Stream stream, Encoding encoding, int start, long end)
    {
        stream.Position = start;
        var decoder = encoding.GetDecoder();
        var counter = new LineCounter();
        var bytes = new byte[ChunkSize];
        var chars = new char[encoding.GetMaxCharCount(ChunkSize) + 4];
        var remaining = end - start;
        while (remaining > 0)
        {
            var read = stream.Read(bytes, 0, (int)Math.Min(bytes.Length, remaining));
            if (read == 0)
            {
                break;
            }

            remaining -= read;
            var count = decoder.GetChars(bytes, 0, read, chars, 0, flush: remaining == 0);
            counter.Advance(chars.AsSpan(0, count));
        }

        return (counter.Line, counter.Column);
    }
}
