using System.Globalization;

namespace Flexo.Adapters.Csv;

/// <summary>A row returned by a streamed query: its values, copied out of the file, with its position.</summary>
public sealed class CsvRecord
{
    private readonly string[] _values;
    private readonly string _documentUri;
    private readonly string _path;

    internal CsvRecord(string[] values, CsvHeader? header, int index, int lineNumber, string documentUri, string path)
    {
        _values = values;
        Header = header;
        Index = index;
        LineNumber = lineNumber;
        _documentUri = documentUri;
        _path = path;
    }

    /// <summary>The data row index, from 0 (the header is not a row); the same as in a loaded document.</summary>
    public int Index { get; }

    /// <summary>The 1-based line where the row starts.</summary>
    public int LineNumber { get; }

    /// <summary>The column names, or <see langword="null"/> without header.</summary>
    public CsvHeader? Header { get; }

    /// <summary>The unescaped values of every field, in order.</summary>
    public IReadOnlyList<string> Values => _values;

    /// <summary>The location of the row: <c>row=12</c>.</summary>
    public CsvLocator Locator => CsvLocator.ForRow(Index);

    /// <summary>The reference of the row, which a loaded <see cref="CsvDocument"/> of the same file resolves.</summary>
    public string Uri => _documentUri + "#" + Locator;

    /// <summary>The value of a field; empty for a column this (short) row does not have.</summary>
    /// <param name="column">The column index, from 0.</param>
    /// <exception cref="CsvException">FML7008 when the index is beyond the columns and the row's fields.</exception>
    public string this[int column] => column >= 0 && column < _values.Length ? _values[column]
        : column >= 0 && column < (Header?.Count ?? 0) ? string.Empty
        : throw CsvErrors.ColumnOutOfRange(_path, column, Header?.Count ?? _values.Length);

    /// <summary>The value of a field by column name (FML7006, FML7007, FML7020).</summary>
    /// <param name="column">The column name.</param>
    public string this[string column] => this[IndexOf(column)];

    /// <summary>A field with its typed readings.</summary>
    /// <param name="column">The column index, from 0.</param>
    public CsvValue Value(int column) => new(this[column], _path, LineNumber, Label(column));

    /// <summary>A field by column name with its typed readings.</summary>
    /// <param name="column">The column name.</param>
    public CsvValue Value(string column) => Value(IndexOf(column));

    private int IndexOf(string column) =>
        Header?.IndexOf(column) ?? throw CsvErrors.HeaderRequired(_path, $"column '{column}' cannot be found by name");

    private string Label(int column) => Header is { } header && column < header.Count
        ? $"'{header.Names[column]}' ({column})"
        : column.ToString(CultureInfo.InvariantCulture);
}
