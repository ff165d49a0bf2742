namespace Flexo.Adapters.Excel;

/// <summary>A row of a sheet, by position: a handle that is valid whether or not the file has the row.</summary>
public sealed class ExcelRow : ExcelElement
{
    internal ExcelRow(ExcelSheet sheet, int index)
    {
        Sheet = sheet;
        Index = index;
    }

    /// <summary>The sheet of this row.</summary>
    public ExcelSheet Sheet { get; }

    /// <summary>The 1-based row number.</summary>
    public int Index { get; }

    /// <inheritdoc/>
    public override ExcelReference Identity => ExcelReference.ForRow(Sheet.Workbook.Uri, Sheet.Name, Index);

    /// <summary>True when the file has this row.</summary>
    public bool Exists => Sheet.State.Index.FindRow(Index) is not null;

    /// <summary>The cells the file has in this row, left to right.</summary>
    public IReadOnlyList<ExcelCell> Cells
        => Sheet.State.Index.FindRow(Index) is { } slot
            ? [.. slot.Cells.Select(cell => Sheet.CellHandle(new ExcelCellAddress(Index, cell.Column)))]
            : [];

    /// <summary>The cell of this row in a 1-based column, present or not; FML7056 outside the sheet.</summary>
    /// <param name="column">The column number.</param>
    public ExcelCell GetCell(int column) => Sheet.GetCell(Index, column);

    /// <summary>The cell of this row in a lettered column such as <c>B</c>; FML7056 when it is not a column.</summary>
    /// <param name="column">The column letters.</param>
    public ExcelCell GetCell(string column) => Sheet.GetCell(Index, Sheet.GetColumn(column).Index);

    /// <summary>Sets the value of the cell in a column of this row, creating the row and the cell when missing.</summary>
    /// <param name="column">The 1-based column.</param>
    /// <param name="value">The value (see <see cref="ExcelCell.SetValue(ExcelValue)"/>).</param>
    public ExcelCell AddCell(int column, ExcelValue value)
    {
        var cell = GetCell(column);
        cell.SetValue(value);
        return cell;
    }
}
