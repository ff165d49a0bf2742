using System.Text;

namespace Flexo.Adapters.Csv;

/// <summary>
/// How a CSV file is read and written. Every property has a sensible default, so <see cref="Default"/> opens most
/// files: the delimiter is detected, the encoding comes from the byte order mark (UTF-8 without one), and the first
/// row is the header.
/// </summary>
public sealed record CsvOptions
{
    /// <summary>The default options: detected delimiter, detected encoding, a header row, lenient field counts.</summary>
    public static CsvOptions Default { get; } = new();

    /// <summary>
    /// The field delimiter, or <see langword="null"/> to detect it from the first row among comma, semicolon and tab
    /// (the most frequent outside quotes wins; comma when none is found). Never a quote or a line break.
    /// </summary>
    public char? Delimiter { get; init; }

    /// <summary>
    /// The encoding, or <see langword="null"/> to detect a UTF-8, UTF-16 or UTF-32 byte order mark and read UTF-8
    /// otherwise. <see cref="CsvEncodings.FromName"/> gives encodings by name (ISO-8859-1, windows-1252...). Bytes
    /// that are invalid in the encoding are an error, never replaced silently.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>Whether the first row holds the column names (the default).</summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>
    /// Whether every row must have exactly as many fields as the header (or the first row, without a header). When
    /// false (the default), shorter rows read missing cells as empty and longer rows keep their extra fields.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>
    /// The line ending of rows written by this library, or <see langword="null"/> to use the file's dominant one
    /// (CRLF for a new or one-line file). One of <c>"\n"</c>, <c>"\r\n"</c>, <c>"\r"</c>.
    /// </summary>
    public string? NewLine { get; init; }

    /// <summary>
    /// The URI that identifies the document in references (<c>uri#row=3</c>), or <see langword="null"/> for the
    /// file's <c>file://</c> URI. A runtime sets it to the resource URI it knows the file by.
    /// </summary>
    public string? ResourceUri { get; init; }
}
