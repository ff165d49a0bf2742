using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Flexo.Adapters.Excel;

/// <summary>
/// One opened state of a workbook package, in memory: read-only until the first edit, then writable. Parts are
/// loaded on first use (a sheet's DOM is built when the sheet is first read). Edited parts are recorded, so that
/// serialising writes back only those: every other loaded part is unloaded first and keeps its original bytes.
/// </summary>
internal sealed class WorkbookSession : IDisposable
{
    private readonly MemoryStream _stream;
    private readonly string _path;
    private readonly Dictionary<string, SheetState> _states = new(StringComparer.Ordinal);
    private readonly HashSet<OpenXmlPart> _modified = [];
    private WorkbookInfo _info;
    private CellDecoder? _decoder;
    private SharedStrings? _sharedStrings;

    private WorkbookSession(MemoryStream stream, SpreadsheetDocument document, WorkbookPart workbookPart, WorkbookInfo info, string path, bool writable)
    {
        _stream = stream;
        Document = document;
        WorkbookPart = workbookPart;
        _info = info;
        _path = path;
        Writable = writable;
    }

    public SpreadsheetDocument Document { get; }

    public WorkbookPart WorkbookPart { get; }

    public bool Writable { get; }

    public IReadOnlyList<SheetEntry> Sheets => _info.Sheets;

    public bool Date1904 => _info.Date1904;

    public uint MaxSheetId => _info.MaxSheetId;

    public SharedStrings SharedStrings => _sharedStrings ??= Guard(null, () => SharedStrings.Read(WorkbookPart.SharedStringTablePart));

    public CellDecoder Decoder => _decoder ??= new CellDecoder(SharedStrings, Guard(null, () => StyleTable.Read(WorkbookPart.WorkbookStylesPart)), Date1904);

    public static WorkbookSession Open(byte[] bytes, string path, bool writable)
    {
        MemoryStream stream;
        if (writable)
        {
            stream = new MemoryStream(bytes.Length + 16_384);
            stream.Write(bytes);
            stream.Position = 0;
        }
        else
        {
            stream = new MemoryStream(bytes, writable: false);
        }

        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, writable, new OpenSettings { AutoSave = false });
        }
        catch (Exception e) when (e is not ExcelException and not OutOfMemoryException)
        {
            throw FileSniffer.Explain(bytes, path, e);
        }

        try
        {
            var workbookPart = FileSniffer.CheckMainPart(document.WorkbookPart, path);
            var info = WorkbookInfo.Read(workbookPart);
            return new WorkbookSession(stream, document, workbookPart, info, path, writable);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            document.Dispose();
            if (e is ExcelException)
            {
                throw;
            }

            throw ExcelErrors.Create(ExcelErrors.CorruptPackage, "The workbook part is damaged: " + e.Message, path, inner: e);
        }
    }

    /// <summary>The loaded state of a sheet, building its DOM on first use.</summary>
    public SheetState GetState(SheetEntry entry)
    {
        if (_states.TryGetValue(entry.RelationshipId, out var state))
        {
            return state;
        }

        state = Guard(entry.Name, () =>
        {
            var worksheet = entry.Part.Worksheet ?? throw new InvalidDataException("The sheet part has no content.");
            var data = worksheet.GetFirstChild<SheetData>() ?? SchemaOrder.Insert(worksheet, new SheetData(), SchemaOrder.Worksheet);
            return new SheetState(entry.Part, worksheet, data);
        });
        _states.Add(entry.RelationshipId, state);
        return state;
    }

    public void MarkModified(OpenXmlPart part) => _modified.Add(part);

    /// <summary>Forgets what was read from the styles part, after it changed.</summary>
    public void StylesChanged() => _decoder = null;

    /// <summary>Reads the sheet list again, after a sheet was added.</summary>
    public void SheetsChanged() => _info = WorkbookInfo.Read(WorkbookPart);

    /// <summary>
    /// Writes the package with its edits and closes this session: parts loaded only for reading are unloaded first,
    /// so only edited parts are serialised again.
    /// </summary>
    public byte[] SerializeAndClose()
    {
        foreach (var part in Document.GetAllParts())
        {
            if (part.IsRootElementLoaded && !_modified.Contains(part))
            {
                part.UnloadRootElement();
            }
        }

        Document.Save();
        Document.Dispose();
        return _stream.ToArray();
    }

    public void Dispose() => Document.Dispose();

    /// <summary>Runs a read of package content, turning any failure into a damaged-package error.</summary>
    public T Guard<T>(string? sheetName, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not ExcelException and not OutOfMemoryException)
        {
            var where = sheetName is null ? "A part of the workbook" : "The sheet";
            throw ExcelErrors.Create(ExcelErrors.CorruptPackage, $"{where} cannot be read: {e.Message}", _path, sheetName, inner: e);
        }
    }
}
