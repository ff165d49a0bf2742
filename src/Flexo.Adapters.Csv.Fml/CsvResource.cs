namespace Flexo.Adapters.Csv.Fml;

/// <summary>
/// The value of a CSV model slot (FML type <c>CSVDocument</c>): a file and its options. The document is loaded on the
/// first use that needs it (an edit, a row by index, <c>rows</c>); until then fetch requests stream the file, so a
/// select over a huge file never loads it.
/// </summary>
public sealed class CsvResource
{
    private CsvDocument? _document;

    internal CsvResource(string path, CsvOptions options, CsvDocument? document = null)
    {
        Path = path;
        Options = options;
        _document = document;
        Uri = options.ResourceUri ?? new Uri(path).AbsoluteUri;
    }

    /// <summary>The absolute path.</summary>
    public string Path { get; }

    /// <summary>The options it is read with.</summary>
    public CsvOptions Options { get; }

    /// <summary>The resource URI (element URIs are this, <c>#</c>, a locator).</summary>
    public string Uri { get; }

    /// <summary>True once the document is loaded.</summary>
    public bool IsLoaded => _document is not null;

    /// <summary>The document, loaded on first use.</summary>
    public CsvDocument Document => _document ??= CsvDocument.Open(Path, Options);

    /// <summary>The rows: the loaded document's, else streamed from the file.</summary>
    public IEnumerable<object> Rows => IsLoaded ? Document.Rows : CsvFile.SelectRows(Path, static _ => true, Options).Select(r => (object)new StreamedCsvRow(this, r));

    /// <summary>
    /// The rows whose field <paramref name="column"/> (a header name or an index) is exactly <paramref name="text"/>:
    /// the loaded document's, else streamed with the comparison made on the raw field, so that only matching rows are
    /// copied. A column the file does not have matches nothing.
    /// </summary>
    /// <param name="column">A header name (string) or a column index (int).</param>
    /// <param name="text">The text the field must equal.</param>
    /// <returns>The matching rows.</returns>
    public IEnumerable<object> RowsWhere(object column, string text)
    {
        if (IsLoaded)
        {
            return Document.Rows;
        }

        var index = column is int i ? i : CsvFile.ReadHeader(Path, Options) is { } header && header.IndexOf((string)column) is var found and >= 0 ? found : -1;
        if (index < 0)
        {
            return Rows;
        }

        return CsvFile.SelectRows(Path, row => index < row.FieldCount && row[index].SequenceEqual(text), Options).Select(r => (object)new StreamedCsvRow(this, r));
    }

    /// <summary>
    /// The file changed on disk: forgets the loaded document unless it holds edits, so that the next read (or stream)
    /// sees the new content. Returns false, keeping the edits, when there are unsaved edits.
    /// </summary>
    /// <returns>True when the resource will read the new file.</returns>
    public bool Refresh()
    {
        if (_document is { IsModified: true })
        {
            return false;
        }

        _document = null;
        return true;
    }

    /// <summary>Writes the document if it was loaded and changed.</summary>
    /// <returns>True when the file was written.</returns>
    public bool Save() => _document is { IsModified: true } document && document.Save();
}
