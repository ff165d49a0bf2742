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

    /// <summary>Writes the document if it was loaded and changed.</summary>
    /// <returns>True when the file was written.</returns>
    public bool Save() => _document is { IsModified: true } document && document.Save();
}
