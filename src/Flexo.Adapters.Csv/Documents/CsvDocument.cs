using System.Text;
using Flexo.Adapters.Csv.Documents;
using Flexo.Adapters.Csv.Text;

namespace Flexo.Adapters.Csv;

/// <summary>
/// A CSV file loaded in memory for random access and editing (the model of the reference's <c>CSVDocument</c>).
/// Loading keeps the decoded text and the position of every record and field, so a save rewrites unchanged rows with
/// their exact original bytes; saving an unchanged document does not touch the file. For large files that only need
/// to be queried, <see cref="CsvFile"/> streams rows instead. A document is not thread-safe.
/// </summary>
public sealed partial class CsvDocument
{
    /// <summary>The largest file <see cref="Open(string, CsvOptions?)"/> loads: 1 GiB.</summary>
    public const long MaxDocumentBytes = 1L << 30;

    private readonly List<CsvRow> _rows = [];
    private readonly List<CsvColumn> _columns = [];
    private readonly Encoding _encoding;
    private readonly byte[] _byteOrderMark;
    private CsvRow? _header;
    private ColumnLookup? _lookup;
    private FileStamp? _stamp;

    private CsvDocument(string path, string text, byte[] byteOrderMark, Encoding encoding, CsvOptions options)
    {
        Path = path;
        SourceText = text;
        _byteOrderMark = byteOrderMark;
        _encoding = encoding;
        HasHeader = options.HasHeader;
        Strict = options.Strict;
        Uri = options.ResourceUri ?? new Uri(path).AbsoluteUri;
        Delimiter = options.Delimiter ?? DelimiterDetector.Detect(text.AsSpan(0, Math.Min(text.Length, 1 << 16)));
        var records = new CsvScanner(text, Delimiter, path).ScanAll();
        var first = 0;
        if (HasHeader && records.Count > 0)
        {
            _header = new CsvRow(this, records[0], -1);
            first = 1;
        }

        for (var i = first; i < records.Count; i++)
        {
            _rows.Add(new CsvRow(this, records[i], i - first));
        }

        NewLine = options.NewLine ?? DominantLineEnding(records);
        CheckFieldCounts(records);
        RefreshColumns();
    }

    /// <summary>The full path of the file.</summary>
    public string Path { get; }

    /// <summary>The URI that references into this document start with (the resource URI, or the file URI).</summary>
    public string Uri { get; }

    /// <summary>The field delimiter, given or detected.</summary>
    public char Delimiter { get; }

    /// <summary>The encoding the file is read and written with.</summary>
    public Encoding Encoding => _encoding;

    /// <summary>Whether the file starts with a byte order mark (kept on save).</summary>
    public bool HasByteOrderMark => _byteOrderMark.Length > 0;

    /// <summary>Whether the first record is the header.</summary>
    public bool HasHeader { get; }

    /// <summary>Whether every row must have as many fields as there are columns.</summary>
    public bool Strict { get; }

    /// <summary>The line ending written after new rows: the file's dominant one, or the one given in the options.</summary>
    public string NewLine { get; }

    /// <summary>Whether the last record is followed by a line ending (kept when rows are added or removed).</summary>
    public bool EndsWithNewLine => LastRecord is not { Terminator.Length: 0 };

    /// <summary>The columns: those of the header, or as many as the longest row without a header.</summary>
    public IReadOnlyList<CsvColumn> Columns => _columns;

    /// <summary>The number of columns.</summary>
    public int ColumnCount => _columns.Count;

    /// <summary>The data rows (the header is not one), in file order.</summary>
    public IReadOnlyList<CsvRow> Rows => _rows;

    /// <summary>Whether the document was changed since it was loaded or last saved.</summary>
    public bool IsModified { get; private set; }

    /// <summary>The decoded text of the file as loaded; pristine rows are slices of it.</summary>
    internal string SourceText { get; }

    private CsvRow? LastRecord => _rows.Count > 0 ? _rows[^1] : _header;

    /// <summary>Loads a CSV file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Delimiter, encoding, header and strictness; <see cref="CsvOptions.Default"/> when null.</param>
    /// <exception cref="CsvException">
    /// FML7001 (missing), FML7002 (unreadable), FML7003 (invalid bytes), FML7004 (unbalanced quotes), FML7005 (field
    /// count, strict), FML7011 (byte order mark), FML7012 (options), FML7022 (too large).
    /// </exception>
    public static CsvDocument Open(string path, CsvOptions? options = null) => Open(path, options, MaxDocumentBytes);

    internal static CsvDocument Open(string path, CsvOptions? options, long maxBytes)
    {
        options = OptionChecks.Check(options);
        var full = System.IO.Path.GetFullPath(path);
        var (bytes, stamp) = ReadFile(full, maxBytes);
        var (encoding, markLength) = ByteOrderMark.Detect(bytes, options.Encoding, full);
        string text;
        try
        {
            text = encoding.GetString(bytes, markLength, bytes.Length - markLength);
        }
        catch (DecoderFallbackException e)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            throw EncodingErrorLocator.Locate(stream, encoding, markLength, full, e);
        }

        return new CsvDocument(full, text, bytes[..markLength], encoding, options) { _stamp = stamp };
    }

    private static (byte[] Bytes, FileStamp Stamp) ReadFile(string path, long maxBytes)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > maxBytes)
            {
                throw CsvErrors.FileTooLarge(path, stream.Length);
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return (bytes, new FileStamp(bytes.Length, File.GetLastWriteTimeUtc(stream.SafeFileHandle)));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw CsvErrors.FileNotFound(path, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CsvErrors.FileUnreadable(path, e);
        }
    }

    private static string DominantLineEnding(List<ScannedRecord> records)
    {
        int crlf = 0, lf = 0, cr = 0;
        foreach (var record in records)
        {
            switch (record.Terminator)
            {
                case "\r\n": crlf++; break;
                case "\n": lf++; break;
                case "\r": cr++; break;
            }
        }

        return lf > crlf && lf >= cr ? "\n" : cr > crlf && cr > lf ? "\r" : "\r\n";
    }

    private void CheckFieldCounts(List<ScannedRecord> records)
    {
        if (!Strict || records.Count == 0)
        {
            return;
        }

        var expected = records[0].FieldStarts.Length;
        foreach (var record in records)
        {
            if (record.FieldStarts.Length != expected)
            {
                throw CsvErrors.FieldCountMismatch(Path, record.Line, record.FieldStarts.Length, expected, HasHeader);
            }
        }
    }

    internal void MarkModified() => IsModified = true;
}
