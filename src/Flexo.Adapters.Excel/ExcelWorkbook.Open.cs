using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Flexo.Adapters.Excel;

public sealed partial class ExcelWorkbook
{
    /// <summary>
    /// Opens an .xlsx (or .xlsm) workbook. Errors: FML7054 file missing or unreadable, FML7050 not a zip or damaged,
    /// FML7051 password-protected, FML7052 legacy .xls or .xlsb, FML7053 an Office file that is not a spreadsheet.
    /// Nothing is written, and a failed open leaves nothing open.
    /// </summary>
    /// <param name="path">The workbook file.</param>
    public static ExcelWorkbook Open(string path)
    {
        var fullPath = FullPath(path);
        byte[] bytes;
        try
        {
            if (Directory.Exists(fullPath))
            {
                throw ExcelErrors.Create(ExcelErrors.FileNotReadable, "This is a folder, not a workbook file.", fullPath);
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw ExcelErrors.Create(ExcelErrors.FileNotReadable, "The file does not exist.", fullPath, inner: e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ExcelErrors.Create(ExcelErrors.FileNotReadable, "The file cannot be read: " + e.Message, fullPath, inner: e);
        }

        FileSniffer.EnsureZip(bytes, fullPath);
        var session = WorkbookSession.Open(bytes, fullPath, writable: false);
        return new ExcelWorkbook(fullPath, bytes, session);
    }

    /// <summary>
    /// Creates a new workbook file with one empty sheet named <c>Sheet1</c>, written atomically at once, and opens it.
    /// FML7063 when a file or folder already exists at the path (nothing is overwritten), FML7062 when it cannot be written.
    /// </summary>
    /// <param name="path">The file to create.</param>
    public static ExcelWorkbook Create(string path)
    {
        var fullPath = FullPath(path);
        if (File.Exists(fullPath) || Directory.Exists(fullPath))
        {
            throw ExcelErrors.Create(ExcelErrors.FileExists, "A file already exists at this path; it was left untouched.", fullPath);
        }

        var bytes = NewPackage();
        try
        {
            AtomicFile.WriteAllBytes(fullPath, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw ExcelErrors.Create(ExcelErrors.SaveFailed, "The workbook cannot be written: " + e.Message, fullPath, inner: e);
        }

        return new ExcelWorkbook(fullPath, bytes, WorkbookSession.Open(bytes, fullPath, writable: false));
    }

    private static string FullPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw ExcelErrors.Create(ExcelErrors.FileNotReadable, "The path is not valid: " + e.Message, path, inner: e);
        }
    }

    private static byte[] NewPackage()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = StyleEditor.NewStylesheet();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = new Worksheet(new SheetData());
            workbookPart.Workbook = new Workbook(
                new Sheets(new Sheet { Name = "Sheet1", SheetId = 1, Id = workbookPart.GetIdOfPart(sheetPart) }));
        }

        return stream.ToArray();
    }
}
