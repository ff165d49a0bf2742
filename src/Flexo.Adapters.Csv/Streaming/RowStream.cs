using System.Globalization;
using System.Text;
using Flexo.Adapters.Csv.Documents;
using Flexo.Adapters.Csv.Text;
using nietras.SeparatedValues;

namespace Flexo.Adapters.Csv.Streaming;

/// <summary>
/// Reads a CSV file forward, one row at a time, through Sep: memory stays bounded by the longest row, whatever the
/// file size. Applies the same rules as <see cref="CsvDocument"/>: encoding detection, delimiter detection, header,
/// strict field counts, unbalanced quotes, invalid bytes, all reported with their line.
/// </summary>
internal sealed class RowStream : IDisposable
{
    private const int ProbeChars = 1 << 16;
    private readonly FileStream _file;
    private readonly StreamReader _text;
    private readonly SepReader _reader;
    private readonly Encoding _encoding;
    private readonly int _markLength;
    private readonly bool _strict;
    private readonly string _documentUri;
    private readonly char _delimiter;
    private int _expectedFields = -1;
    private int _dataIndex;

    private RowStream(string path, FileStream file, Encoding encoding, int markLength, char delimiter, CsvOptions options)
    {
        Path = path;
        _file = file;
        _encoding = encoding;
        _markLength = markLength;
        _strict = options.Strict;
        _delimiter = delimiter;
        _documentUri = options.ResourceUri ?? new Uri(path).AbsoluteUri;
        _text = new StreamReader(file, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        var sepOptions = Sep.New(delimiter).Reader(o => o with
        {
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = true,
            CultureInfo = CultureInfo.InvariantCulture,
        });
        _reader = sepOptions.From(_text, leaveOpen: true);
        if (options.HasHeader && MoveNext())
        {
            var row = _reader.Current;
            CheckQuotes(row.Span, 1);
            var names = new string[row.ColCount];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = row[i].ToString();
            }

            Header = new CsvHeader(names, path);
            _expectedFields = names.Length;
        }
    }

    public string Path { get; }

    public CsvHeader? Header { get; }

    public static RowStream Open(string path, CsvOptions? options)
    {
        options = OptionChecks.Check(options);
        var full = System.IO.Path.GetFullPath(path);
        var file = OpenFile(full);
        try
        {
            Span<byte> head = stackalloc byte[4];
            var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            var (encoding, markLength) = ByteOrderMark.Detect(head[..read], options.Encoding, full);
            file.Position = markLength;
            var delimiter = options.Delimiter ?? DetectDelimiter(file, encoding, markLength, full);
            return new RowStream(full, file, encoding, markLength, delimiter, options);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Moves to the next data row. Returns false at the end. <paramref name="matched"/> tells whether the predicate
    /// (if any) accepted the row; <paramref name="record"/> holds its copy when it matched and a copy was asked for.
    /// </summary>
    public bool Next(CsvRowPredicate? predicate, bool copy, out bool matched, out CsvRecord? record)
    {
        matched = false;
        record = null;
        if (!MoveNext())
        {
            return false;
        }

        var row = _reader.Current;
        var line = row.RowIndex == 0 ? 1 : row.LineNumberFrom;
        CheckQuotes(row.Span, line);
        if (_strict)
        {
            CheckFieldCount(row.ColCount, line);
        }

        var index = _dataIndex++;
        matched = predicate is null || predicate(new CsvRowView(row, Header, index, line, Path));
        if (matched && copy)
        {
            var values = new string[row.ColCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = row[i].ToString();
            }

            record = new CsvRecord(values, Header, index, line, _documentUri, Path);
        }

        return true;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _text.Dispose();
        _file.Dispose();
    }

    private static FileStream OpenFile(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
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

    private static char DetectDelimiter(FileStream file, Encoding encoding, int markLength, string path)
    {
        var buffer = new char[ProbeChars];
        int count;
        try
        {
            using var probe = new StreamReader(file, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
            count = probe.ReadBlock(buffer, 0, buffer.Length);
        }
        catch (DecoderFallbackException e)
        {
            throw EncodingErrorLocator.Locate(file, encoding, markLength, path, e);
        }

        file.Position = markLength;
        return DelimiterDetector.Detect(buffer.AsSpan(0, count));
    }

    private bool MoveNext()
    {
        try
        {
            return _reader.MoveNext();
        }
        catch (DecoderFallbackException e)
        {
            using var again = OpenFile(Path);
            throw EncodingErrorLocator.Locate(again, _encoding, _markLength, Path, e);
        }
    }

    /// <summary>
    /// Sep reads an unclosed quote to the end of the file as one row, which an odd count of quotes tells. The error
    /// points at the quote that began the unclosed field, as <see cref="CsvScanner"/> does.
    /// </summary>
    private void CheckQuotes(ReadOnlySpan<char> raw, int line)
    {
        if (!raw.Contains('"') || raw.Count('"') % 2 == 0)
        {
            return;
        }

        var inQuotes = false;
        var firstQuote = -1;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '"')
            {
                firstQuote = firstQuote < 0 ? i : firstQuote;
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && raw[i] == _delimiter)
            {
                firstQuote = -1;
            }
        }

        var (quoteLine, column) = LineCounter.Locate(raw, firstQuote, line);
        throw CsvErrors.UnterminatedQuote(Path, quoteLine, column);
    }

    private void CheckFieldCount(int count, int line)
    {
        if (_expectedFields < 0)
        {
            _expectedFields = count;
        }
        else if (count != _expectedFields)
        {
            throw CsvErrors.FieldCountMismatch(Path, line, count, _expectedFields, Header is not null);
        }
    }
}
