namespace Flexo.Adapters.Excel;

public sealed partial class ExcelWorkbook
{
    /// <summary>
    /// Writes the edits to the workbook file. Does nothing when nothing changed (the file is not rewritten). Only the
    /// edited parts are serialised again; every other part keeps its content. The write is atomic: a temporary file
    /// in the same folder replaces the original only once complete, so a failure (FML7062) leaves the file as it was
    /// and the workbook still holds its edits.
    /// </summary>
    public void Save()
    {
        var session = Session;
        if (!IsModified)
        {
            return;
        }

        byte[] bytes;
        try
        {
            bytes = session.SerializeAndClose();
        }
        catch (Exception e) when (e is not ExcelException and not OutOfMemoryException)
        {
            _session = null;
            _session = WorkbookSession.Open(_content, FilePath, writable: false);
            SyncSheets();
            throw ExcelErrors.Create(ExcelErrors.SaveFailed, "The workbook cannot be serialised: " + e.Message, FilePath, inner: e);
        }

        _session = null;
        try
        {
            AtomicFile.WriteAllBytes(FilePath, bytes, BeforeReplaceForTesting);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Keep the edits in memory, so a later save can still write them.
            _content = bytes;
            _session = WorkbookSession.Open(bytes, FilePath, writable: true);
            SyncSheets();
            throw ExcelErrors.Create(ExcelErrors.SaveFailed, "The workbook cannot be written; the file is unchanged: " + e.Message, FilePath, inner: e);
        }

        _content = bytes;
        _session = WorkbookSession.Open(bytes, FilePath, writable: false);
        IsModified = false;
        SyncSheets();
    }

    /// <summary>
    /// Reads the file again after it changed on disk, unless the workbook holds unsaved edits (then nothing is read and
    /// false is returned: the edits are kept). Handles of sheets, rows and cells stay valid (they are positions). A
    /// file that can no longer be read gives its usual error and the workbook keeps its previous content.
    /// </summary>
    /// <returns>True when the workbook now shows the file's new content.</returns>
    public bool Reload()
    {
        if (IsModified)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(FilePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ExcelErrors.Create(ExcelErrors.FileNotReadable, "The file cannot be read: " + e.Message, FilePath, inner: e);
        }

        FileSniffer.EnsureZip(bytes, FilePath);
        var session = WorkbookSession.Open(bytes, FilePath, writable: false);
        _session?.Dispose();
        _content = bytes;
        _session = session;
        SyncSheets();
        return true;
    }
}
