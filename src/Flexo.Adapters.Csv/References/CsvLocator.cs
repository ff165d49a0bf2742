using System.Globalization;

namespace Flexo.Adapters.Csv;

/// <summary>
/// The fragment part of a reference into a CSV document: <c>row=12</c>, <c>row=12&amp;col=3</c>,
/// <c>row=12&amp;col=price</c>, <c>col=price</c>. Rows are data rows counted from 0 (the header is not a row); a
/// column is an index from 0 or a percent-encoded header name (a name made of digits only gets its first digit
/// percent-encoded, <c>col=%342</c> for "42", so that it never reads as an index).
/// </summary>
public readonly record struct CsvLocator
{
    private CsvLocator(int? row, int? columnIndex, string? columnName)
    {
        Row = row;
        ColumnIndex = columnIndex;
        ColumnName = columnName;
    }

    /// <summary>The data row index, or <see langword="null"/> for a column.</summary>
    public int? Row { get; }

    /// <summary>The column index, when the column is given by index.</summary>
    public int? ColumnIndex { get; }

    /// <summary>The column name, when the column is given by name.</summary>
    public string? ColumnName { get; }

    /// <summary>Whether this points at a row, a cell or a column.</summary>
    public CsvLocatorKind Kind => Row is null ? CsvLocatorKind.Column
        : ColumnIndex is null && ColumnName is null ? CsvLocatorKind.Row : CsvLocatorKind.Cell;

    /// <summary>A row.</summary>
    /// <param name="row">The data row index, from 0.</param>
    public static CsvLocator ForRow(int row) => new(NotNegative(row), null, null);

    /// <summary>A cell, with its column by index.</summary>
    /// <param name="row">The data row index, from 0.</param>
    /// <param name="column">The column index, from 0.</param>
    public static CsvLocator ForCell(int row, int column) => new(NotNegative(row), NotNegative(column), null);

    /// <summary>A cell, with its column by name.</summary>
    /// <param name="row">The data row index, from 0.</param>
    /// <param name="column">The column name.</param>
    public static CsvLocator ForCell(int row, string column) => new(NotNegative(row), null, column);

    /// <summary>A column by index.</summary>
    /// <param name="column">The column index, from 0.</param>
    public static CsvLocator ForColumn(int column) => new(null, NotNegative(column), null);

    /// <summary>A column by name.</summary>
    /// <param name="column">The column name.</param>
    public static CsvLocator ForColumn(string column) => new(null, null, column);

    /// <summary>The fragment text, without <c>#</c>.</summary>
    public override string ToString()
    {
        var column = ColumnName is { } name ? EscapeName(name) : ColumnIndex?.ToString(CultureInfo.InvariantCulture);
        return (Row, column) switch
        {
            ({ } row, null) => $"row={row.ToString(CultureInfo.InvariantCulture)}",
            ({ } row, { } col) => $"row={row.ToString(CultureInfo.InvariantCulture)}&col={col}",
            _ => $"col={column}",
        };
    }

    /// <summary>Reads a fragment (with or without a leading <c>#</c>).</summary>
    /// <param name="fragment">The fragment text.</param>
    /// <exception cref="CsvException">FML7018 when it is not a CSV fragment.</exception>
    public static CsvLocator Parse(string fragment) =>
        TryParse(fragment, out var locator, out var why) ? locator : throw CsvErrors.InvalidReference(fragment, why);

    /// <summary>Tries to read a fragment (with or without a leading <c>#</c>).</summary>
    /// <param name="fragment">The fragment text.</param>
    /// <param name="locator">The locator read.</param>
    public static bool TryParse(string fragment, out CsvLocator locator) => TryParse(fragment, out locator, out _);

    private static bool TryParse(string fragment, out CsvLocator locator, out string why)
    {
        locator = default;
        int? row = null;
        string? column = null;
        var text = fragment.StartsWith('#') ? fragment[1..] : fragment;
        foreach (var part in text.Split('&'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];
            if (key == "row" && row is null && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var r))
            {
                row = r;
            }
            else if (key == "col" && column is null && value.Length > 0)
            {
                column = value;
            }
            else
            {
                why = "expected 'row=N', 'col=C' or 'row=N&col=C'";
                return false;
            }
        }

        if (column is null)
        {
            locator = new CsvLocator(row, null, null);
        }
        else if (int.TryParse(column, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            locator = new CsvLocator(row, index, null);
        }
        else
        {
            locator = new CsvLocator(row, null, Uri.UnescapeDataString(column));
        }

        why = string.Empty;
        return row is not null || column is not null;
    }

    /// <summary>The percent-encoded name; a name of digits only gets its first digit encoded so it never reads as an index.</summary>
    private static string EscapeName(string name)
    {
        var escaped = Uri.EscapeDataString(name);
        return escaped.Length > 0 && escaped.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
            ? $"%{(int)escaped[0]:X2}{escaped[1..]}"
            : escaped;
    }

    private static int NotNegative(int value) => value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
}
