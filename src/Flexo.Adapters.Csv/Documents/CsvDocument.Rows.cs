namespace Flexo.Adapters.Csv;

public sealed partial class CsvDocument
{
    /// <summary>The data row at <paramref name="index"/> (the reference's <c>getRowAt</c>).</summary>
    /// <param name="index">The data row index, from 0.</param>
    /// <exception cref="CsvException">FML7009 when there is no such row.</exception>
    public CsvRow RowAt(int index) =>
        index >= 0 && index < _rows.Count ? _rows[index] : throw CsvErrors.RowOutOfRange(Path, index, _rows.Count);

    /// <summary>The rows that match <paramref name="predicate"/>, in order (on the loaded rows).</summary>
    /// <param name="predicate">The condition.</param>
    public IEnumerable<CsvRow> SelectRows(Func<CsvRow, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return _rows.Where(predicate);
    }

    /// <summary>The first row that matches <paramref name="predicate"/>, or <see langword="null"/>.</summary>
    /// <param name="predicate">The condition.</param>
    public CsvRow? FirstRow(Func<CsvRow, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return _rows.FirstOrDefault(predicate);
    }

    /// <summary>
    /// Adds a row after the last one (the reference's <c>AddCSVRow</c> without index). Missing values are empty; the
    /// row ends with the document's line ending, and a file that did not end with a line ending still does not.
    /// </summary>
    /// <param name="values">The values, in column order; none for an empty row.</param>
    /// <exception cref="CsvException">FML7008 (more values than columns) or FML7014 (not encodable).</exception>
    public CsvRow AddRow(IEnumerable<string>? values = null) => InsertRow(_rows.Count, values);

    /// <summary>Inserts a row so that it gets <paramref name="index"/>; the rows from there move down by one.</summary>
    /// <param name="index">From 0 to <c>Rows.Count</c> (which appends).</param>
    /// <param name="values">The values, in column order; none for an empty row.</param>
    /// <exception cref="CsvException">FML7008, FML7009 (index) or FML7014.</exception>
    public CsvRow InsertRow(int index, IEnumerable<string>? values = null)
    {
        if (index < 0 || index > _rows.Count)
        {
            throw CsvErrors.RowOutOfRange(Path, index, _rows.Count);
        }

        var fields = NewFields(values);
        var row = new CsvRow(this, fields, NewLine, index);
        if (index == _rows.Count && LastRecord is { Terminator.Length: 0 } last)
        {
            last.Terminator = NewLine;
            row.Terminator = string.Empty;
        }

        _rows.Insert(index, row);
        Renumber(index + 1);
        WidenColumns(fields.Count);
        MarkModified();
        return row;
    }

    /// <summary>Removes a row; the rows after it move up by one. Its object stays readable, with index -1.</summary>
    /// <param name="row">A row of this document.</param>
    /// <exception cref="CsvException">FML7021 when the row was already removed.</exception>
    public void RemoveRow(CsvRow row)
    {
        if (!ReferenceEquals(row.Document, this))
        {
            throw new ArgumentException("The row belongs to another document.", nameof(row));
        }

        RemoveRowAt(row.CheckAttached().Index);
    }

    /// <summary>Removes the row at <paramref name="index"/>.</summary>
    /// <param name="index">The data row index, from 0.</param>
    /// <exception cref="CsvException">FML7009 when there is no such row.</exception>
    public void RemoveRowAt(int index)
    {
        var row = RowAt(index);
        _rows.RemoveAt(index);
        row.Index = -1;
        Renumber(index);
        if (row.Terminator.Length == 0 && index == _rows.Count && LastRecord is { } last)
        {
            last.Terminator = string.Empty;
        }

        MarkModified();
    }

    private List<string> NewFields(IEnumerable<string>? values)
    {
        var list = values?.ToList() ?? [];
        var fixedWidth = HasHeader || (Strict && _rows.Count > 0);
        if (fixedWidth && list.Count > _columns.Count)
        {
            throw CsvErrors.ColumnOutOfRange(Path, list.Count - 1, _columns.Count);
        }

        var fields = new List<string>(Math.Max(list.Count, _columns.Count));
        for (var i = 0; i < list.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(list[i], nameof(values));
            CheckEncodable(list[i], null, i);
            fields.Add(Text.FieldCodec.Escape(list[i], Delimiter));
        }

        while (fields.Count < Math.Max(1, _columns.Count))
        {
            fields.Add(string.Empty);
        }

        return fields;
    }

    private void Renumber(int from)
    {
        for (var i = from; i < _rows.Count; i++)
        {
            _rows[i].Index = i;
        }
    }
}
