using Flexo.Adapters.Csv.Text;

namespace Flexo.Adapters.Csv;

/// <summary>
/// A data row of a <see cref="CsvDocument"/>. The object stays the same row while rows are inserted or removed
/// around it (its <see cref="Index"/> follows); a row read from the file and never edited is written back with its
/// exact original text, and an edited row keeps the original text of the fields that were not changed.
/// </summary>
public sealed class CsvRow
{
    private readonly CsvDocument _document;
    private readonly int _start;
    private readonly int _length;
    private readonly int[]? _fieldStarts;
    private List<string>? _rawFields;

    internal CsvRow(CsvDocument document, ScannedRecord record, int index)
    {
        _document = document;
        _start = record.Start;
        _length = record.Length;
        _fieldStarts = record.FieldStarts;
        Terminator = record.Terminator;
        LineNumber = record.Line;
        Index = index;
    }

    internal CsvRow(CsvDocument document, List<string> rawFields, string terminator, int index)
    {
        _document = document;
        _rawFields = rawFields;
        Terminator = terminator;
        Index = index;
    }

    /// <summary>The position among the data rows, from 0 (the header is not a row); -1 once removed.</summary>
    public int Index { get; internal set; }

    /// <summary>The 1-based line where the row started in the file when it was loaded; 0 for a row added since.</summary>
    public int LineNumber { get; }

    /// <summary>Whether the row was removed from its document.</summary>
    public bool IsRemoved => Index < 0;

    /// <summary>The document the row belongs (or belonged) to.</summary>
    public CsvDocument Document => _document;

    /// <summary>The number of fields the row really has (it may differ from the column count in lenient mode).</summary>
    public int FieldCount => _rawFields?.Count ?? _fieldStarts!.Length;

    /// <summary>The value of a column by index; empty when this row has no such field but the column exists.</summary>
    /// <param name="column">The column index, from 0.</param>
    /// <exception cref="CsvException">FML7008 when there is no such column.</exception>
    public string this[int column] => ValueAt(_document.CheckColumnIndex(column, this));

    /// <summary>The value of a column by header name.</summary>
    /// <param name="column">The column name (exact match first, then ignoring case).</param>
    /// <exception cref="CsvException">FML7006, FML7007 or FML7020 when the name does not find one column.</exception>
    public string this[string column] => ValueAt(_document.ColumnIndexOf(column));

    /// <summary>The values of every field of the row, in order.</summary>
    public IReadOnlyList<string> Values => [.. Enumerable.Range(0, FieldCount).Select(ValueAt)];

    /// <summary>The cells of the row, one per column (or per field when the row has more fields than columns).</summary>
    public IReadOnlyList<CsvCell> Cells =>
        [.. Enumerable.Range(0, Math.Max(FieldCount, _document.ColumnCount)).Select(i => new CsvCell(this, i))];

    /// <summary>The location of this row, for references: <c>row=12</c>.</summary>
    /// <exception cref="CsvException">FML7021 when the row was removed.</exception>
    public CsvLocator Locator => CsvLocator.ForRow(CheckAttached().Index);

    /// <summary>The reference of this row: <c>documentUri#row=12</c>. It is positional: see docs/adapters-csv.md.</summary>
    /// <exception cref="CsvException">FML7021 when the row was removed.</exception>
    public string Uri => _document.Uri + "#" + Locator;

    /// <summary>The cell of a column by index.</summary>
    /// <param name="column">The column index, from 0.</param>
    /// <exception cref="CsvException">FML7008 when there is no such column.</exception>
    public CsvCell Cell(int column) => new(this, _document.CheckColumnIndex(column, this));

    /// <summary>The cell of a column by header name.</summary>
    /// <param name="column">The column name.</param>
    /// <exception cref="CsvException">FML7006, FML7007 or FML7020 when the name does not find one column.</exception>
    public CsvCell Cell(string column) => new(this, _document.ColumnIndexOf(column));

    /// <summary>Sets the value of a column by index. Setting the current value changes nothing.</summary>
    /// <param name="column">The column index, from 0.</param>
    /// <param name="value">The new value; quoted in the file only when needed.</param>
    /// <exception cref="CsvException">FML7008, FML7014 (not encodable) or FML7021 (removed row).</exception>
    public void SetValue(int column, string value) => SetValueAt(_document.CheckColumnIndex(column, this), value);

    /// <summary>Sets the value of a column by header name. Setting the current value changes nothing.</summary>
    /// <param name="column">The column name.</param>
    /// <param name="value">The new value; quoted in the file only when needed.</param>
    /// <exception cref="CsvException">FML7006, FML7007, FML7014, FML7020 or FML7021.</exception>
    public void SetValue(string column, string value) => SetValueAt(_document.ColumnIndexOf(column), value);

    /// <summary>The line ending written after this record: empty for a last record without one.</summary>
    internal string Terminator { get; set; }

    internal bool IsPristine => _rawFields is null;

    internal string ValueAt(int column) => column < FieldCount ? FieldCodec.Unescape(RawField(column)) : string.Empty;

    internal void SetValueAt(int column, string value)
    {
        CheckAttached();
        ArgumentNullException.ThrowIfNull(value);
        if (column < FieldCount && ValueAt(column) == value)
        {
            return;
        }

        _document.CheckEncodable(value, this, column);
        var fields = Edit();
        while (fields.Count <= column)
        {
            fields.Add(string.Empty);
        }

        fields[column] = FieldCodec.Escape(value, _document.Delimiter);
        _document.MarkModified();
    }

    /// <summary>Puts a new field at <paramref name="column"/>, padding a shorter row with empty fields first.</summary>
    internal void InsertField(int column, string value)
    {
        var fields = Edit();
        while (fields.Count < column)
        {
            fields.Add(string.Empty);
        }

        fields.Insert(column, FieldCodec.Escape(value, _document.Delimiter));
    }

    internal CsvRow CheckAttached() => IsRemoved ? throw CsvErrors.RemovedRow(_document.Path) : this;

    /// <summary>Writes the record's text (without its line ending).</summary>
    internal void WriteContent(TextWriter writer)
    {
        if (_rawFields is null)
        {
            writer.Write(_document.SourceText.AsSpan(_start, _length));
            return;
        }

        if (_rawFields is [{ Length: 0 }])
        {
            // A lone empty field is written "" so the row survives even as a last line without line ending.
            writer.Write("\"\"");
            return;
        }

        for (var i = 0; i < _rawFields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(_document.Delimiter);
            }

            writer.Write(_rawFields[i]);
        }
    }

    private ReadOnlySpan<char> RawField(int column)
    {
        if (_rawFields is not null)
        {
            return _rawFields[column];
        }

        var starts = _fieldStarts!;
        var start = starts[column];
        var end = column + 1 < starts.Length ? starts[column + 1] - 1 : _start + _length;
        return _document.SourceText.AsSpan(start, end - start);
    }

    private List<string> Edit()
    {
        if (_rawFields is null)
        {
            var fields = new List<string>(FieldCount + 1);
            for (var i = 0; i < FieldCount; i++)
            {
                fields.Add(RawField(i).ToString());
            }

            _rawFields = fields;
        }

        return _rawFields;
    }
}
