using DocumentFormat.OpenXml.Packaging;

namespace Flexo.Adapters.Excel;

/// <summary>
/// An .xlsx workbook opened from a file, read and edited in place. Opening reads the package into memory but builds
/// nothing else: a sheet is parsed when first used. Edits change only the parts they touch; <see cref="Save"/>
/// writes the file atomically and only when something changed, and every part Flexo does not understand is kept.
/// Not thread-safe: use one workbook from one thread at a time.
/// </summary>
public sealed partial class ExcelWorkbook : ExcelElement, IDisposable
{
    private readonly List<ExcelSheet> _sheets = [];
    private byte[] _content;
    private WorkbookSession? _session;
    private bool _disposed;

    private ExcelWorkbook(string path, byte[] content, WorkbookSession session)
    {
        FilePath = path;
        Uri = new Uri(path).AbsoluteUri;
        Identity = ExcelReference.ForWorkbook(Uri);
        _content = content;
        _session = session;
        SyncSheets();
    }

    /// <summary>The full path of the workbook file.</summary>
    public string FilePath { get; }

    /// <summary>The file URI of the workbook (<c>file:///...</c>), the base of every identity in it.</summary>
    public string Uri { get; }

    /// <inheritdoc/>
    public override ExcelReference Identity { get; }

    /// <summary>The worksheets, in the workbook's order (chart sheets are not listed).</summary>
    public IReadOnlyList<ExcelSheet> Sheets
    {
        get
        {
            ThrowIfDisposed();
            return _sheets.AsReadOnly();
        }
    }

    /// <summary>True when the workbook uses the 1904 date system (serial 0 is 1904-01-01).</summary>
    public bool Date1904 => Session.Date1904;

    /// <summary>True when there are edits that <see cref="Save"/> has not written yet.</summary>
    public bool IsModified { get; private set; }

    /// <summary>Called with the temporary file just before it replaces the workbook file; tests inject faults with it.</summary>
    internal Action<string>? BeforeReplaceForTesting { get; set; }

    internal WorkbookSession Session
    {
        get
        {
            ThrowIfDisposed();
            return _session!;
        }
    }

    /// <summary>The sheet with this name (compared as Excel does, ignoring case); FML7055 when there is none.</summary>
    /// <param name="name">The sheet name.</param>
    public ExcelSheet GetSheet(string name)
        => TryGetSheet(name, out var sheet)
            ? sheet
            : throw ExcelErrors.Create(ExcelErrors.MissingSheet, $"The workbook has no sheet named '{name}'.", FilePath, name);

    /// <summary>The sheet at this 0-based position; FML7055 when there is none.</summary>
    /// <param name="index">The position, from 0.</param>
    public ExcelSheet GetSheet(int index)
    {
        ThrowIfDisposed();
        if ((uint)index >= (uint)_sheets.Count)
        {
            throw ExcelErrors.Create(ExcelErrors.MissingSheet, $"The workbook has {_sheets.Count} sheet(s); there is no sheet at position {index}.", FilePath);
        }

        return _sheets[index];
    }

    /// <summary>Finds the sheet with this name, ignoring case as Excel does.</summary>
    /// <param name="name">The sheet name.</param>
    /// <param name="sheet">The sheet when found.</param>
    public bool TryGetSheet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ExcelSheet? sheet)
    {
        ThrowIfDisposed();
        sheet = _sheets.Find(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
        return sheet is not null;
    }

    /// <summary>Resolves an identity of this workbook to its element; FML7057 when it belongs to another workbook,
    /// FML7055 when its sheet no longer exists.</summary>
    /// <param name="reference">The identity.</param>
    public ExcelElement Resolve(ExcelReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ThrowIfDisposed();
        if (!string.Equals(reference.WorkbookUri, Uri, StringComparison.Ordinal))
        {
            throw ExcelErrors.Create(ExcelErrors.InvalidIdentity, $"'{reference}' belongs to another workbook than '{Uri}'.", FilePath);
        }

        if (reference.Kind == ExcelReferenceKind.Workbook)
        {
            return this;
        }

        var sheet = GetSheet(reference.SheetName!);
        return reference.Kind switch
        {
            ExcelReferenceKind.Row => sheet.GetRow(reference.Row),
            ExcelReferenceKind.Column => sheet.GetColumn(reference.Column),
            ExcelReferenceKind.Cell => sheet.GetCell(reference.Row, reference.Column),
            _ => sheet,
        };
    }

    /// <summary>Parses then resolves an identity (see <see cref="Resolve(ExcelReference)"/>).</summary>
    /// <param name="identity">The identity text.</param>
    public ExcelElement Resolve(string identity) => Resolve(ExcelReference.Parse(identity));

    /// <summary>Closes the workbook without saving.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _session?.Dispose();
        _session = null;
    }

    /// <summary>Makes the session writable before a first edit (the package is reopened in write mode).</summary>
    internal WorkbookSession BeginEdit()
    {
        var session = Session;
        if (session.Writable)
        {
            return session;
        }

        var writable = WorkbookSession.Open(_content, FilePath, writable: true);
        session.Dispose();
        _session = writable;
        SyncSheets();
        return writable;
    }

    /// <summary>Records that a part was edited, so that the next save writes it.</summary>
    internal void MarkModified(OpenXmlPart part)
    {
        Session.MarkModified(part);
        IsModified = true;
    }

    internal void MarkModified() => IsModified = true;

    internal SheetEntry Entry(ExcelSheet sheet)
    {
        foreach (var entry in Session.Sheets)
        {
            if (string.Equals(entry.Name, sheet.Name, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        throw ExcelErrors.Create(ExcelErrors.MissingSheet, $"The sheet '{sheet.Name}' is no longer in the workbook.", FilePath, sheet.Name);
    }

    internal int IndexOf(ExcelSheet sheet) => _sheets.IndexOf(sheet);

    /// <summary>Keeps one handle per sheet name across sessions, so handles stay valid after a save.</summary>
    private void SyncSheets()
    {
        var previous = _sheets.ToList();
        _sheets.Clear();
        foreach (var entry in Session.Sheets)
        {
            _sheets.Add(previous.Find(s => string.Equals(s.Name, entry.Name, StringComparison.Ordinal)) ?? new ExcelSheet(this, entry.Name));
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
