using System.Text;

namespace Flexo.Adapters.Csv;

/// <summary>Encodings by name, as the <c>encoding</c> parameter of a CSV model slot gives them.</summary>
public static class CsvEncodings
{
    /// <summary>Strict UTF-8 without byte order mark: the default.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The encoding called <paramref name="name"/> (UTF-8, UTF-16LE, UTF-16BE, UTF-32, US-ASCII, ISO-8859-1, latin1,
    /// windows-1252 and the other Windows and ISO code pages), made strict: invalid bytes and characters the encoding
    /// cannot represent are errors.
    /// </summary>
    /// <exception cref="CsvException">FML7010 when the name is unknown.</exception>
    public static Encoding FromName(string name)
    {
        var trimmed = name.Trim();
        Encoding? found = null;
        try
        {
            found = Encoding.GetEncoding(trimmed);
        }
        catch (ArgumentException)
        {
            found = CodePagesEncodingProvider.Instance.GetEncoding(trimmed);
        }

        return found is null ? throw CsvErrors.UnknownEncoding(name) : Strict(found);
    }

    /// <summary>
    /// A copy of <paramref name="encoding"/> that throws on invalid bytes and unrepresentable characters, and that
    /// has no preamble (the byte order mark is handled by the document).
    /// </summary>
    internal static Encoding Strict(Encoding encoding) => encoding switch
    {
        UTF8Encoding => Utf8,
        UnicodeEncoding => new UnicodeEncoding(encoding.CodePage == 1201, byteOrderMark: false, throwOnInvalidBytes: true),
        UTF32Encoding => new UTF32Encoding(encoding.CodePage == 12001, byteOrderMark: false, throwOnInvalidCharacters: true),
        _ => StrictCopy(encoding),
    };

    /// <summary>Whether the encoding is a Unicode one that has a byte order mark.</summary>
    internal static bool IsUnicode(Encoding encoding) => encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;

    /// <summary>The byte order mark to write when creating a file in this encoding: only UTF-16 and UTF-32 get one.</summary>
    internal static byte[] CreationPreamble(Encoding encoding) => encoding.CodePage switch
    {
        1200 => [0xFF, 0xFE],
        1201 => [0xFE, 0xFF],
        12000 => [0xFF, 0xFE, 0x00, 0x00],
        12001 => [0x00, 0x00, 0xFE, 0xFF],
        _ => [],
    };

    private static Encoding StrictCopy(Encoding encoding)
    {
        var copy = (Encoding)encoding.Clone();
        copy.EncoderFallback = EncoderFallback.ExceptionFallback;
        copy.DecoderFallback = DecoderFallback.ExceptionFallback;
        return copy;
    }
}
