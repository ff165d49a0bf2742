using System.Buffers;

namespace Flexo.Adapters.Csv.Text;

/// <summary>
/// Splits a whole CSV text into records and raw fields, keeping every character: the records, their fields and
/// line endings put back together give the text again. The splitting follows the Sep library (used for streaming):
/// a quote anywhere switches quoting on or off, a delimiter or line ending (CRLF, LF, CR) outside quotes ends a
/// field or a record, an empty line is a record with one empty field, and a final line ending starts no record.
/// </summary>
internal sealed class CsvScanner
{
    private readonly string _text;
    private readonly char _delimiter;
    private readonly string? _path;
    private readonly SearchValues<char> _special;
    private readonly List<int> _fieldStarts = [];
    private int _position;
    private int _line = 1;
    private int _recordLine = 1;

    public CsvScanner(string text, char delimiter, string? path)
    {
        _text = text;
        _delimiter = delimiter;
        _path = path;
        _special = SearchValues.Create([delimiter, '"', '\r', '\n']);
    }

    /// <summary>Every record of the text.</summary>
    /// <exception cref="CsvException">FML7004 when a quoted field is not closed before the end of the text.</exception>
    public List<ScannedRecord> ScanAll()
    {
        var records = new List<ScannedRecord>();
        while (_position < _text.Length)
        {
            records.Add(Next());
        }

        return records;
    }

    private ScannedRecord Next()
    {
        var start = _position;
        var line = _line;
        _recordLine = line;
        _fieldStarts.Clear();
        _fieldStarts.Add(start);
        var i = start;
        while (true)
        {
            var k = _text.AsSpan(i).IndexOfAny(_special);
            if (k < 0)
            {
                _position = _text.Length;
                return new ScannedRecord(start, _text.Length - start, [.. _fieldStarts], string.Empty, line);
            }

            i += k;
            var c = _text[i];
            if (c == '"')
            {
                i = SkipQuoted(i);
            }
            else if (c == _delimiter)
            {
                i++;
                _fieldStarts.Add(i);
            }
            else
            {
                var terminator = c == '\r' && i + 1 < _text.Length && _text[i + 1] == '\n' ? "\r\n" : c == '\r' ? "\r" : "\n";
                _position = i + terminator.Length;
                _line++;
                return new ScannedRecord(start, i - start, [.. _fieldStarts], terminator, line);
            }
        }
    }

    /// <summary>Skips from an opening quote to just after the quote that closes it, counting the lines inside.</summary>
    private int SkipQuoted(int open)
    {
        var k = _text.AsSpan(open + 1).IndexOf('"');
        if (k < 0)
        {
            // Report the quote that began the field: with doubled quotes, the unclosed one may be further right.
            var fieldStart = _fieldStarts[^1];
            var first = fieldStart + _text.AsSpan(fieldStart).IndexOf('"');
            var recordStart = _fieldStarts[0];
            var (line, column) = LineCounter.Locate(_text.AsSpan(recordStart), first - recordStart, _recordLine);
            throw CsvErrors.UnterminatedQuote(_path, line, column);
        }

        _line += CountLineBreaks(_text.AsSpan(open + 1, k));
        return open + k + 2;
    }

    /// <summary>The number of line breaks (CRLF counting once) in <paramref name="text"/>.</summary>
    public static int CountLineBreaks(ReadOnlySpan<char> text)
    {
        var breaks = text.Count('\n');
        var carriageReturn = text.IndexOf('\r');
        if (carriageReturn < 0)
        {
            return breaks;
        }

        for (var i = carriageReturn; i < text.Length; i++)
        {
            if (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'))
            {
                breaks++;
            }
        }

        return breaks;
    }
}
