using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Flexo.Adapters.Excel;

/// <summary>
/// Reads one sheet of a workbook file row by row, in bounded memory, through the Open XML SDK's forward-only reader:
/// no DOM is built, and only the current row is held (plus the shared strings and the date formats, read once). For
/// very large sheets that do not need editing. Values are typed exactly as <see cref="ExcelCell.Value"/> types them.
/// <code>
/// using var reader = ExcelSheetReader.Open(path, "Products");
/// while (reader.ReadRow()) { foreach (var cell in reader.Cells) { ... } }
/// </code>
/// </summary>
public sealed class ExcelSheetReader : IDisposable
{
    private readonly FileStream _stream;
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _reader;
    private readonly CellDecoder _decoder;
    private readonly List<ExcelStreamCell> _cells = [];
    private readonly string _path;
    private bool _done;
    private bool _disposed;

    private ExcelSheetReader(FileStream stream, SpreadsheetDocument document, OpenXmlReader reader, CellDecoder decoder, string path, string sheetName)
    {
        _stream = stream;
        _document = document;
        _reader = reader;
        _decoder = decoder;
        _path = path;
        SheetName = sheetName;
    }

    /// <summary>The name of the sheet being read.</summary>
    public string SheetName { get; }

    /// <summary>True when the workbook uses the 1904 date system.</summary>
    public bool Date1904 => _decoder.Date1904;

    /// <summary>The 1-based number of the current row; 0 before the first <see cref="ReadRow"/>.</summary>
    public int RowIndex { get; private set; }

    /// <summary>The cells of the current row, left to right. The list is reused: copy what must outlive the next
    /// <see cref="ReadRow"/>.</summary>
    public IReadOnlyList<ExcelStreamCell> Cells => _cells;

    /// <summary>Opens a sheet for streaming; the same errors as <see cref="ExcelWorkbook.Open"/>, and FML7055 when
    /// there is no sheet with that name (ignoring case).</summary>
    /// <param name="path">The workbook file.</param>
    /// <param name="sheetName">The sheet to read.</param>
    public static ExcelSheetReader Open(string path, string sheetName)
    {
        ArgumentNullException.ThrowIfNull(sheetName);
        return Open(path, entries => entries.FirstOrDefault(e => string.Equals(e.Name, sheetName, StringComparison.OrdinalIgnoreCase)), sheetName);
    }

    /// <summary>Opens the sheet at a 0-based position for streaming (see <see cref="Open(string, string)"/>).</summary>
    /// <param name="path">The workbook file.</param>
    /// <param name="sheetIndex">The sheet's position, from 0.</param>
    public static ExcelSheetReader Open(string path, int sheetIndex)
        => Open(path, entries => (uint)sheetIndex < (uint)entries.Count ? entries[sheetIndex] : null, $"at position {sheetIndex}");

    /// <summary>Moves to the next row present in the sheet; false at the end.</summary>
    public bool ReadRow()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_done)
        {
            return false;
        }

        try
        {
            while (_reader.Read())
            {
                if (_reader.ElementType == typeof(Row) && _reader.IsStartElement)
                {
                    var rowNumber = StyleTable.Attribute(_reader, "r");
                    RowIndex = rowNumber is not null && ExcelCellAddress.TryParseRowNumber(rowNumber, out var parsed) ? parsed : RowIndex + 1;
                    ReadCells();
                    return true;
                }

                if (_reader.ElementType == typeof(SheetData) && _reader.IsEndElement)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is not ExcelException and not OutOfMemoryException)
        {
            _done = true;
            throw ExcelErrors.Create(ExcelErrors.CorruptPackage, $"The sheet cannot be read after row {RowIndex}: {e.Message}", _path, SheetName, inner: e);
        }

        _done = true;
        _cells.Clear();
        return false;
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _reader.Dispose();
        _document.Dispose();
        _stream.Dispose();
    }

    private static ExcelSheetReader Open(string path, Func<IReadOnlyList<SheetEntry>, SheetEntry?> choose, string sheetLabel)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        FileStream stream;
        try
        {
            stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 65_536);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw ExcelErrors.Create(ExcelErrors.FileNotReadable, "The file does not exist.", fullPath, inner: e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ExcelErrors.Create(ExcelErrors.FileNotReadable, "The file cannot be read: " + e.Message, fullPath, inner: e);
        }

        SpreadsheetDocument? document = null;
        try
        {
            Sniff(stream, fullPath);
            try
            {
                document = SpreadsheetDocument.Open(stream, isEditable: false);
            }
            catch (Exception e) when (e is not ExcelException and not OutOfMemoryException)
            {
                stream.Position = 0;
                var bytes = new byte[stream.Length];
                stream.ReadExactly(bytes);
                throw FileSniffer.Explain(bytes, fullPath, e);
            }

            var workbookPart = FileSniffer.CheckMainPart(document.WorkbookPart, fullPath);
            var info = WorkbookInfo.Read(workbookPart);
            var entry = choose(info.Sheets)
                ?? throw ExcelErrors.Create(ExcelErrors.MissingSheet, $"The workbook has no sheet {(sheetLabel.StartsWith("at ", StringComparison.Ordinal) ? sheetLabel : $"named '{sheetLabel}'")}.", fullPath);
            var decoder = new CellDecoder(SharedStrings.Read(workbookPart.SharedStringTablePart), StyleTable.Read(workbookPart.WorkbookStylesPart), info.Date1904);
            var reader = OpenXmlReader.Create(entry.Part);
            return new ExcelSheetReader(stream, document, reader, decoder, fullPath, entry.Name);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            document?.Dispose();
            stream.Dispose();
            if (e is ExcelException)
            {
                throw;
            }

            throw ExcelErrors.Create(ExcelErrors.CorruptPackage, "The workbook cannot be read: " + e.Message, fullPath, inner: e);
        }
    }

    private static void Sniff(FileStream stream, string path)
    {
        Span<byte> header = stackalloc byte[8];
        var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        if (read >= 4 && header[0] == 0x50 && header[1] == 0x4B)
        {
            return;
        }

        // Not a zip: read it all (compound files need their directory) and let the sniffer explain.
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        stream.Position = 0;
        FileSniffer.EnsureZip(bytes, path);
    }

    private void ReadCells()
    {
        _cells.Clear();
        var column = 0;
        while (_reader.Read())
        {
            var type = _reader.ElementType;
            if (type == typeof(Cell) && _reader.IsStartElement)
            {
                column = ReadCell(column);
            }
            else if (type == typeof(Row) && _reader.IsEndElement)
            {
                return;
            }
        }
    }

    private int ReadCell(int previousColumn)
    {
        string? reference = null, cellType = null, style = null;
        foreach (var attribute in _reader.Attributes)
        {
            switch (attribute.LocalName)
            {
                case "r":
                    reference = attribute.Value;
                    break;
                case "t":
                    cellType = attribute.Value;
                    break;
                case "s":
                    style = attribute.Value;
                    break;
            }
        }

        var column = reference is not null && ExcelCellAddress.TryParseFast(reference, out _, out var parsed) ? parsed : previousColumn + 1;
        string? value = null, formula = null, inline = null;
        var phonetic = false;
        while (_reader.Read())
        {
            var type = _reader.ElementType;
            if (type == typeof(Cell) && _reader.IsEndElement)
            {
                break;
            }

            if (!_reader.IsStartElement)
            {
                if (type == typeof(PhoneticRun))
                {
                    phonetic = false;
                }

                continue;
            }

            if (type == typeof(CellValue))
            {
                value = _reader.GetText();
            }
            else if (type == typeof(CellFormula))
            {
                formula = _reader.GetText();
            }
            else if (type == typeof(PhoneticRun))
            {
                phonetic = true;
            }
            else if (type == typeof(Text) && !phonetic)
            {
                inline += _reader.GetText();
            }
        }

        _ = uint.TryParse(style, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var styleIndex);
        _cells.Add(new ExcelStreamCell(column, _decoder.Decode(cellType, styleIndex, value, inline), formula));
        return column;
    }
}
