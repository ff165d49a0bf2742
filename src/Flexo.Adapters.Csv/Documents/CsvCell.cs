namespace Flexo.Adapters.Csv;

/// <summary>
/// One cell of a <see cref="CsvDocument"/>: a row and a column index. Cells are views made on demand; two cells of
/// the same row and column are equal.
/// </summary>
public sealed class CsvCell : IEquatable<CsvCell>
{
    internal CsvCell(CsvRow row, int columnIndex)
    {
        Row = row;
        ColumnIndex = columnIndex;
    }

    /// <summary>The row of the cell.</summary>
    public CsvRow Row { get; }

    /// <summary>The column index, from 0.</summary>
    public int ColumnIndex { get; }

    /// <summary>The column of the cell, or <see langword="null"/> for an extra field beyond the columns.</summary>
    public CsvColumn? Column => ColumnIndex < Row.Document.ColumnCount ? Row.Document.Columns[ColumnIndex] : null;

    /// <summary>The unescaped text of the cell; empty when the row has no such field.</summary>
    public string Value => Row.ValueAt(ColumnIndex);

    /// <summary>Whether the row really has this field (false for a short row in lenient mode).</summary>
    public bool IsPresent => ColumnIndex < Row.FieldCount;

    /// <summary>The value with its typed readings and their error locations.</summary>
    public CsvValue Typed => new(Value, Row.Document.Path, Row.LineNumber, Row.Document.ColumnLabel(ColumnIndex));

    /// <summary>The location of the cell: <c>row=12&amp;col=price</c> (by name when the header names it uniquely).</summary>
    /// <exception cref="CsvException">FML7021 when the row was removed.</exception>
    public CsvLocator Locator => Row.Document.CellLocator(Row.CheckAttached().Index, ColumnIndex);

    /// <summary>The reference of the cell: <c>documentUri#row=12&amp;col=price</c>.</summary>
    /// <exception cref="CsvException">FML7021 when the row was removed.</exception>
    public string Uri => Row.Document.Uri + "#" + Locator;

    /// <summary>Reads a 32-bit integer (FML7013 when the text is not one).</summary>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public int GetInt32(CsvParseMode mode = CsvParseMode.Invariant) => Typed.GetInt32(mode);

    /// <summary>Reads a 64-bit integer (FML7013 when the text is not one).</summary>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public long GetInt64(CsvParseMode mode = CsvParseMode.Invariant) => Typed.GetInt64(mode);

    /// <summary>Reads a floating-point number (FML7013 when the text is not one).</summary>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public double GetDouble(CsvParseMode mode = CsvParseMode.Invariant) => Typed.GetDouble(mode);

    /// <summary>Reads a boolean (FML7013 when the text is not one).</summary>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public bool GetBoolean(CsvParseMode mode = CsvParseMode.Invariant) => Typed.GetBoolean(mode);

    /// <summary>Reads an ISO 8601 date (FML7013 when the text is not one).</summary>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public DateOnly GetDate(CsvParseMode mode = CsvParseMode.Invariant) => Typed.GetDate(mode);

    /// <summary>Reads an ISO 8601 date and time, UTC when no offset is given (FML7013 when the text is not one).</summary>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public DateTimeOffset GetDateTime(CsvParseMode mode = CsvParseMode.Invariant) => Typed.GetDateTime(mode);

    /// <summary>Sets the text of the cell (FML7014 when the file's encoding cannot hold it, FML7021 on a removed row).</summary>
    /// <param name="value">The new text.</param>
    public void SetValue(string value) => Row.SetValueAt(ColumnIndex, value);

    /// <summary>Sets an integer, written invariantly.</summary>
    /// <param name="value">The new value.</param>
    public void SetValue(long value) => SetValue(CsvText.Format(value));

    /// <summary>Sets a number, written invariantly in its shortest round-trip form.</summary>
    /// <param name="value">The new value.</param>
    public void SetValue(double value) => SetValue(CsvText.Format(value));

    /// <summary>Sets a boolean, written <c>true</c> or <c>false</c>.</summary>
    /// <param name="value">The new value.</param>
    public void SetValue(bool value) => SetValue(CsvText.Format(value));

    /// <summary>Sets a date, written <c>yyyy-MM-dd</c>.</summary>
    /// <param name="value">The new value.</param>
    public void SetValue(DateOnly value) => SetValue(CsvText.Format(value));

    /// <inheritdoc/>
    public bool Equals(CsvCell? other) => other is not null && ReferenceEquals(Row, other.Row) && ColumnIndex == other.ColumnIndex;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CsvCell);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Row, ColumnIndex);

    /// <summary>The cell's value.</summary>
    public override string ToString() => Value;
}
