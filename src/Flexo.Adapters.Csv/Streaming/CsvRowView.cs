using System.Globalization;
using Flexo.Adapters.Csv.Values;
using nietras.SeparatedValues;

namespace Flexo.Adapters.Csv;

/// <summary>
/// The current row of a streamed query, seen without copying: field texts are spans into the reader's buffer, valid
/// only while the predicate runs. Typed readers parse the spans directly, so a predicate allocates nothing.
/// </summary>
public readonly ref struct CsvRowView
{
    private readonly SepReader.Row _row;
    private readonly string _path;

    internal CsvRowView(SepReader.Row row, CsvHeader? header, int index, int lineNumber, string path)
    {
        _row = row;
        Header = header;
        Index = index;
        LineNumber = lineNumber;
        _path = path;
    }

    /// <summary>The data row index, from 0 (the header is not a row).</summary>
    public int Index { get; }

    /// <summary>The 1-based line where the row starts.</summary>
    public int LineNumber { get; }

    /// <summary>The column names, or <see langword="null"/> without header.</summary>
    public CsvHeader? Header { get; }

    /// <summary>The number of fields of this row.</summary>
    public int FieldCount => _row.ColCount;

    /// <summary>The unescaped text of a field; empty for a column this (short) row does not have.</summary>
    /// <param name="column">The column index, from 0.</param>
    /// <exception cref="CsvException">FML7008 when the index is beyond the columns and the row's fields.</exception>
    public ReadOnlySpan<char> this[int column]
    {
        get
        {
            if (column >= 0 && column < _row.ColCount)
            {
                return _row[column].Span;
            }

            var count = Header?.Count ?? _row.ColCount;
            return column >= 0 && column < count ? [] : throw CsvErrors.ColumnOutOfRange(_path, column, count);
        }
    }

    /// <summary>The unescaped text of a field by column name.</summary>
    /// <param name="column">The column name.</param>
    /// <exception cref="CsvException">FML7006, FML7007 or FML7020.</exception>
    public ReadOnlySpan<char> this[string column] => this[IndexOf(column)];

    /// <summary>The text of a field as a new string.</summary>
    /// <param name="column">The column index, from 0.</param>
    public string GetString(int column) => this[column].ToString();

    /// <summary>Tries to read a 64-bit integer.</summary>
    /// <param name="column">The column index, from 0.</param>
    /// <param name="value">The integer, or 0.</param>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public bool TryGetInt64(int column, out long value, CsvParseMode mode = CsvParseMode.Invariant) =>
        ValueParser.TryInt64(this[column], mode, out value);

    /// <summary>Tries to read a 32-bit integer.</summary>
    /// <param name="column">The column index, from 0.</param>
    /// <param name="value">The integer, or 0.</param>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public bool TryGetInt32(int column, out int value, CsvParseMode mode = CsvParseMode.Invariant) =>
        ValueParser.TryInt32(this[column], mode, out value);

    /// <summary>Tries to read a floating-point number.</summary>
    /// <param name="column">The column index, from 0.</param>
    /// <param name="value">The number, or 0.</param>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public bool TryGetDouble(int column, out double value, CsvParseMode mode = CsvParseMode.Invariant) =>
        ValueParser.TryDouble(this[column], mode, out value);

    /// <summary>Tries to read a boolean.</summary>
    /// <param name="column">The column index, from 0.</param>
    /// <param name="value">The boolean, or false.</param>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public bool TryGetBoolean(int column, out bool value, CsvParseMode mode = CsvParseMode.Invariant) =>
        ValueParser.TryBoolean(this[column], mode, out value);

    /// <summary>Tries to read an ISO 8601 date.</summary>
    /// <param name="column">The column index, from 0.</param>
    /// <param name="value">The date, or the default.</param>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public bool TryGetDate(int column, out DateOnly value, CsvParseMode mode = CsvParseMode.Invariant) =>
        ValueParser.TryDate(this[column], mode, out value);

    /// <summary>Reads a 64-bit integer (FML7013 when the field is not one).</summary>
    /// <param name="column">The column index, from 0.</param>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public long GetInt64(int column, CsvParseMode mode = CsvParseMode.Invariant) =>
        TryGetInt64(column, out var value, mode) ? value : throw Invalid(column, "integer");

    /// <summary>Reads a floating-point number (FML7013 when the field is not one).</summary>
    /// <param name="column">The column index, from 0.</param>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public double GetDouble(int column, CsvParseMode mode = CsvParseMode.Invariant) =>
        TryGetDouble(column, out var value, mode) ? value : throw Invalid(column, "number");

    /// <summary>The index of a column by name (FML7006, FML7007, FML7020).</summary>
    /// <param name="column">The column name.</param>
    public int IndexOf(string column) =>
        Header?.IndexOf(column) ?? throw CsvErrors.HeaderRequired(_path, $"column '{column}' cannot be found by name");

    private CsvException Invalid(int column, string type)
    {
        var label = Header is { } header && column < header.Count
            ? $"'{header.Names[column]}' ({column})"
            : column.ToString(CultureInfo.InvariantCulture);
        return CsvErrors.InvalidValue(_path, LineNumber, label, this[column].ToString(), type);
    }
}
