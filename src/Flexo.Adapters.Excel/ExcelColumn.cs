namespace Flexo.Adapters.Excel;

/// <summary>A column of a sheet, by position: a handle that is valid whether or not any cell of it exists.</summary>
public sealed class ExcelColumn : ExcelElement
{
    internal ExcelColumn(ExcelSheet sheet, int index)
    {
        Sheet = sheet;
        Index = index;
    }

    /// <summary>The sheet of this column.</summary>
    public ExcelSheet Sheet { get; }

    /// <summary>The 1-based column number.</summary>
    public int Index { get; }

    /// <summary>The column letters, such as <c>B</c>.</summary>
    public string Name => ExcelCellAddress.ToColumnName(Index);

    /// <inheritdoc/>
    public override ExcelReference Identity => ExcelReference.ForColumn(Sheet.Workbook.Uri, Sheet.Name, Index);

    /// <summary>The cells the file has in this column, top to bottom.</summary>
    public IReadOnlyList<ExcelCell> Cells
        => [.. Sheet.State.Index.Rows.Where(row => row.FindCell(Index) is not null).Select(row => Sheet.CellHandle(new ExcelCellAddress(row.Index, Index)))];

    /// <summary>The cell of this column in a 1-based row, present or not; FML7056 outside the sheet.</summary>
    /// <param name="row">The row number.</param>
    public ExcelCell GetCell(int row) => Sheet.GetCell(row, Index);
}
