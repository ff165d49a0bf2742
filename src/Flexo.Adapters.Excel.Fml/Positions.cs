namespace Flexo.Adapters.Excel.Fml;

/// <summary>
/// The 0-based positions FML code uses for rows and columns (<c>rowIndex</c>, <c>columnIndex</c>, <c>getRowAt</c>...,
/// as in Openflexo), turned into the document layer's 1-based ones, with messages in FML's terms.
/// </summary>
internal static class Positions
{
    public static ExcelRow Row(ExcelSheet sheet, long rowIndex) =>
        rowIndex is >= 0 and < ExcelCellAddress.MaxRow
            ? sheet.GetRow((int)rowIndex + 1)
            : throw new TechnologyException($"row index {rowIndex} is outside the sheet '{sheet.Name}' (row indexes count from 0, up to {ExcelCellAddress.MaxRow - 1})");

    public static ExcelColumn Column(ExcelSheet sheet, long columnIndex) =>
        columnIndex is >= 0 and < ExcelCellAddress.MaxColumn
            ? sheet.GetColumn((int)columnIndex + 1)
            : throw new TechnologyException($"column index {columnIndex} is outside the sheet '{sheet.Name}' (column indexes count from 0, up to {ExcelCellAddress.MaxColumn - 1})");

    public static ExcelCell Cell(ExcelSheet sheet, long rowIndex, long columnIndex) =>
        Row(sheet, rowIndex).GetCell(Column(sheet, columnIndex).Index);

    public static ExcelCell Cell(ExcelRow row, long columnIndex) => row.GetCell(Column(row.Sheet, columnIndex).Index);
}
