using System.Text;

namespace Flexo.Adapters.Csv.Text;

/// <summary>Finds the encoding of a file from its first bytes and its declared encoding.</summary>
internal static class ByteOrderMark
{
    /// <summary>
    /// The strict encoding to read with and the length of the byte order mark to skip. Without a declared encoding a
    /// byte order mark decides, and UTF-8 is the default. A declared Unicode encoding accepts its own mark and rejects
    /// another Unicode one; a declared single-byte encoding reads every byte as content.
    /// </summary>
    public static (Encoding Encoding, int Length) Detect(ReadOnlySpan<byte> head, Encoding? declared, string path)
    {
        var (found, length) = Find(head);
        if (declared is null)
        {
            return found is null ? (CsvEncodings.Utf8, 0) : (CsvEncodings.Strict(found), length);
        }

        var strict = CsvEncodings.Strict(declared);
        if (!CsvEncodings.IsUnicode(declared) || found is null)
        {
            return (strict, 0);
        }

        return found.CodePage == declared.CodePage
            ? (strict, length)
            : throw CsvErrors.ByteOrderMarkMismatch(path, found.WebName.ToUpperInvariant(), declared.WebName.ToUpperInvariant());
    }

    private static (Encoding? Encoding, int Length) Find(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (CsvEncodings.Utf8, 3);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        }

        return head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            ? (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2)
            : (null, 0);
    }
}
