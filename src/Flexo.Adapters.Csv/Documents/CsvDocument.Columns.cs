using System.Globalization;
using System.Text;
using Flexo.Adapters.Csv.Text;

namespace Flexo.Adapters.Csv;

public sealed partial class CsvDocument
{
    /// <summary>The column at <paramref name="index"/>.</summary>
    /// <param name="index">The column index, from 0.</param>
    /// <exception cref="CsvException">FML7008 when there is no such column.</exception>
    public CsvColumn Column(int index) =>
        index >= 0 && index < _columns.Count ? _columns[index] : throw CsvErrors.ColumnOutOfRange(Path, index, _columns.Count);

    /// <summary>The column called <paramref name="name"/>: the exact name first, then ignoring case.</summary>
    /// <param name="name">The header name.</param>
    /// <exception cref="CsvException">FML7006 (unknown), FML7007 (ambiguous), FML7020 (no header).</exception>
    public CsvColumn Column(string name) => _columns[ColumnIndexOf(name)];

    /// <summary>Tries to find the column called <paramref name="name"/>.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="column">The column found.</param>
    /// <exception cref="CsvException">FML7007 when several columns match.</exception>
    public bool TryGetColumn(string name, out CsvColumn? column)
    {
        var index = _lookup?.Find(name, Path) ?? -1;
        column = index >= 0 ? _columns[index] : null;
        return column is not null;
    }

    /// <summary>
    /// Adds a column after the last one: its name goes into the header and <paramref name="defaultValue"/> into every
    /// row (a shorter row is padded with empty fields first, a longer row keeps its extra fields after the new one).
    /// </summary>
    /// <param name="name">The header name; must be null for a document without header.</param>
    /// <param name="defaultValue">The value of the new cell in every existing row.</param>
    /// <exception cref="CsvException">FML7014 (not encodable) or FML7020 (a name without header).</exception>
    public CsvColumn AddColumn(string? name, string defaultValue = "")
    {
        ArgumentNullException.ThrowIfNull(defaultValue);
        if (!HasHeader && name is not null)
        {
            throw CsvErrors.HeaderRequired(Path, "a new column cannot have a name");
        }

        var index = _columns.Count;
        if (HasHeader)
        {
            CheckEncodable(name ?? string.Empty, _header, index);
        }

        CheckEncodable(defaultValue, null, index);
        if (HasHeader)
        {
            _header ??= new CsvRow(this, [], NewLine, -1);
            _header.InsertField(index, name ?? string.Empty);
        }

        foreach (var row in _rows)
        {
            row.InsertField(index, defaultValue);
        }

        MarkModified();
        RefreshColumns();
        WidenColumns(index + 1);
        return _columns[index];
    }

    /// <summary>The column index of <paramref name="name"/> (FML7006, FML7007, FML7020).</summary>
    internal int ColumnIndexOf(string name) =>
        _lookup is null ? throw CsvErrors.HeaderRequired(Path, $"column '{name}' cannot be found by name") : _lookup.Get(name, Path);

    /// <summary>Checks a column index for reading or writing <paramref name="row"/>: a column, or an extra field of the row.</summary>
    internal int CheckColumnIndex(int index, CsvRow? row)
    {
        var limit = Math.Max(_columns.Count, row?.FieldCount ?? 0);
        return index >= 0 && index < limit ? index : throw CsvErrors.ColumnOutOfRange(Path, index, _columns.Count);
    }

    internal string? ColumnName(int index) => _header is null ? null : _header.ValueAt(index);

    /// <summary>How error messages name a column: <c>'price' (3)</c> or <c>3</c>.</summary>
    internal string ColumnLabel(int index) =>
        ColumnName(index) is { } name ? $"'{name}' ({index})" : index.ToString(CultureInfo.InvariantCulture);

    internal CsvLocator ColumnLocator(int index) =>
        UniqueName(index) is { } name ? CsvLocator.ForColumn(name) : CsvLocator.ForColumn(index);

    internal CsvLocator CellLocator(int row, int column) =>
        UniqueName(column) is { } name ? CsvLocator.ForCell(row, name) : CsvLocator.ForCell(row, column);

    /// <summary>Throws FML7014 when the file's encoding cannot hold <paramref name="value"/>.</summary>
    internal void CheckEncodable(string value, CsvRow? row, int column)
    {
        try
        {
            _ = _encoding.GetByteCount(value);
        }
        catch (EncoderFallbackException)
        {
            throw CsvErrors.UnencodableValue(Path, row?.LineNumber ?? 0, ColumnLabel(column), _encoding.WebName.ToUpperInvariant());
        }
    }

    private string? UniqueName(int index) =>
        ColumnName(index) is { Length: > 0 } name && _lookup!.IsExactAndUnique(name, index) ? name : null;

    private void RefreshColumns()
    {
        var count = _header?.FieldCount ?? (HasHeader ? 0 : _rows.Select(r => r.FieldCount).DefaultIfEmpty(0).Max());
        while (_columns.Count < count)
        {
            _columns.Add(new CsvColumn(this, _columns.Count));
        }

        _lookup = _header is null
            ? null
            : new ColumnLookup([.. Enumerable.Range(0, _header.FieldCount).Select(_header.ValueAt)]);
    }

    /// <summary>Makes sure there are at least <paramref name="count"/> columns.</summary>
    private void WidenColumns(int count)
    {
        while (_columns.Count < count)
        {
            _columns.Add(new CsvColumn(this, _columns.Count));
        }
    }
}
