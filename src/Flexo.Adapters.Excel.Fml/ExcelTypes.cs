namespace Flexo.Adapters.Excel.Fml;

/// <summary>
/// The FML types of the Excel adapter and their members (docs/adapters.md, "The Excel vocabulary"): the reference's
/// names (<c>getExcelSheetByName</c>, <c>excelRows</c>, <c>cellValue</c>...) with its 0-based <c>rowIndex</c> and
/// <c>columnIndex</c>, plus Flexo's shorter forms, Excel's own notation (<c>B3</c>, column letters) and header lookups.
/// </summary>
internal static class ExcelTypes
{
    public static void Declare(AdapterBuilder adapter)
    {
        DeclareWorkbook(adapter);
        DeclareSheet(adapter);
        DeclareRow(adapter);
        DeclareCell(adapter);
        DeclareColumn(adapter);
    }

    private static void DeclareWorkbook(AdapterBuilder adapter) =>
        adapter.Type<ExcelWorkbook>("ExcelWorkbook")
            .Property("excelSheets", w => w.Sheets)
            .Property("sheets", w => w.Sheets)
            .Property("sheetCount", w => w.Sheets.Count)
            .Property("name", w => Path.GetFileName(w.FilePath))
            .Property("uri", w => w.Uri)
            .Property("isModified", w => w.IsModified)
            .Method("getExcelSheetByName", (ExcelWorkbook w, string name) => w.GetSheet(name))
            .Method("getExcelSheetAtPosition", (ExcelWorkbook w, int index) => w.GetSheet(index))
            .Method("sheet", (ExcelWorkbook w, string name) => w.GetSheet(name))
            .Method("hasSheet", (ExcelWorkbook w, string name) => w.TryGetSheet(name, out _))
            .Method("save", Save);

    private static void DeclareSheet(AdapterBuilder adapter) =>
        adapter.Type<ExcelSheet>("ExcelSheet")
            .Property("name", s => s.Name)
            .Property("index", s => s.Index)
            .Property("excelWorkbook", s => s.Workbook)
            .Property("workbook", s => s.Workbook)
            .Property("excelRows", s => s.Rows)
            .Property("rows", s => s.Rows)
            .Property("dataRows", s => s.Rows.Where(r => r.Index > 1).ToList())
            .Property("rowCount", s => s.LastRowIndex)
            .Property("header", Headers.Of)
            .Property("mergedRanges", s => s.MergedRanges)
            .Property("uri", s => s.Identity.ToString())
            .Method("getRowAt", (ExcelSheet s, int rowIndex) => Positions.Row(s, rowIndex))
            .Method("getCellAt", (ExcelSheet s, int rowIndex, int columnIndex) => Positions.Cell(s, rowIndex, columnIndex))
            .Method("getCell", (ExcelSheet s, string reference) => s.GetCell(reference))
            .Method("cell", (ExcelSheet s, string reference) => s.GetCell(reference))
            .Method("getColumn", (ExcelSheet s, string letters) => s.GetColumn(letters))
            .Method("getColumnAt", (ExcelSheet s, int columnIndex) => Positions.Column(s, columnIndex))
            .Method("columnNamed", (ExcelSheet s, string header) => Headers.Column(s, header))
            .Method("hasColumn", (ExcelSheet s, string header) => Headers.TryColumn(s, header) is not null)
            .Command("clearRowsFrom", (ExcelSheet s, int rowIndex) => Edits.ClearRowsFrom(s, rowIndex))
            .Command("merge", (ExcelSheet s, string range) => Edits.Merge(s, range));

    private static void DeclareRow(AdapterBuilder adapter) =>
        adapter.Type<ExcelRow>("ExcelRow")
            .Property("rowIndex", r => r.Index - 1)
            .Property("rowNumber", r => r.Index)
            .Property("excelSheet", r => r.Sheet)
            .Property("sheet", r => r.Sheet)
            .Property("excelCells", r => r.Cells)
            .Property("cells", r => r.Cells)
            .Property("exists", r => r.Exists)
            .Property("isEmpty", r => r.Cells.All(c => c.Value.IsEmpty && !c.HasFormula))
            .Property("values", Values)
            .Property("uri", r => r.Identity.ToString())
            .Method("getExcelCellAt", (ExcelRow r, int columnIndex) => Positions.Cell(r, columnIndex))
            .Method("getCellAt", (ExcelRow r, int columnIndex) => Positions.Cell(r, columnIndex))
            .Method("cell", (ExcelRow r, string letters) => r.GetCell(letters))
            .Method("field", (ExcelRow r, string header) => Headers.Field(r, header))
            .Method("get", (ExcelRow r, string header) => CellValues.ToFml(Headers.Field(r, header).Value))
            .Method("get", (ExcelRow r, int columnIndex) => CellValues.ToFml(Positions.Cell(r, columnIndex).Value))
            .Method("getString", (ExcelRow r, string header) => CellValues.Text(Headers.Field(r, header).Value))
            .Method("getDouble", (ExcelRow r, string header) => CellValues.Number(Headers.Field(r, header)))
            .Method("getInt", (ExcelRow r, string header) => checked((int)CellValues.Integer(Headers.Field(r, header))))
            .Method("getBoolean", (ExcelRow r, string header) => CellValues.Boolean(Headers.Field(r, header)))
            .Method("getDate", (ExcelRow r, string header) => CellValues.Date(Headers.Field(r, header)))
            .Command("set", (ExcelRow r, string header, object? value) => Headers.Field(r, header).SetValue(CellValues.FromFml(value)))
            .Command("set", (ExcelRow r, int columnIndex, object? value) => Positions.Cell(r, columnIndex).SetValue(CellValues.FromFml(value)));

    private static void DeclareCell(AdapterBuilder adapter) =>
        adapter.Type<ExcelCell>("ExcelCell")
            .Property("rowIndex", c => c.RowIndex - 1)
            .Property("columnIndex", c => c.ColumnIndex - 1)
            .Property("rowNumber", c => c.RowIndex)
            .Property("identifier", c => c.Reference)
            .Property("reference", c => c.Reference)
            .Property("columnName", c => c.Address.ColumnName)
            .Property("excelRow", c => c.GetRow())
            .Property("row", c => c.GetRow())
            .Property("excelSheet", c => c.Sheet)
            .Property("sheet", c => c.Sheet)
            .Property("excelColumn", c => c.GetColumn())
            .Property("column", c => c.GetColumn())
            .Property("cellValue", c => CellValues.ToFml(c.Value))
            .Property("value", c => CellValues.ToFml(c.Value))
            .Property("cellValueAsString", c => CellValues.Text(c.Value))
            .Property("displayValue", c => CellValues.Text(c.Value))
            .Property("stringValue", c => CellValues.Text(c.Value))
            .Property("numericValue", CellValues.Number)
            .Property("intValue", c => checked((int)CellValues.Integer(c)))
            .Property("booleanValue", CellValues.Boolean)
            .Property("dateValue", CellValues.Date)
            .Property("cellType", CellValues.TypeName)
            .Property("valueKind", c => c.Value.Kind.ToString())
            .Property("isEmpty", c => c.Value.IsEmpty && !c.HasFormula)
            .Property("exists", c => c.Exists)
            .Property("formula", c => c.Formula)
            .Property("hasFormula", c => c.HasFormula)
            .Property("bold", c => c.Style.Bold == true)
            .Property("fillColor", c => c.Style.FillColor)
            .Property("numberFormat", c => c.NumberFormat)
            .Property("uri", c => c.Identity.ToString())
            .Command("setCellValue", (ExcelCell c, object? value) => c.SetValue(CellValues.FromFml(value)))
            .Command("setValue", (ExcelCell c, object? value) => c.SetValue(CellValues.FromFml(value)))
            .Command("setCellStringValue", (ExcelCell c, string value) => c.SetValue(value))
            .Command("setCellNumericValue", (ExcelCell c, double value) => c.SetValue(value))
            .Command("setCellBooleanValue", (ExcelCell c, bool value) => c.SetValue(value))
            .Command("setCellDateValue", (ExcelCell c, DateTime value) => c.SetValue(value))
            .Command("setFormula", (ExcelCell c, string formula) => c.SetFormula(formula))
            .Command("clear", c => c.Clear());

    private static void DeclareColumn(AdapterBuilder adapter) =>
        adapter.Type<ExcelColumn>("ExcelColumn")
            .Property("columnIndex", c => c.Index - 1)
            .Property("name", c => c.Name)
            .Property("header", c => CellValues.Text(c.GetCell(1).Value))
            .Property("excelSheet", c => c.Sheet)
            .Property("sheet", c => c.Sheet)
            .Property("excelCells", c => c.Cells)
            .Property("cells", c => c.Cells)
            .Property("uri", c => c.Identity.ToString())
            .Method("getCellAt", (ExcelColumn c, int rowIndex) => c.GetCell(Positions.Row(c.Sheet, rowIndex).Index));

    private static bool Save(ExcelWorkbook workbook)
    {
        var modified = workbook.IsModified;
        workbook.Save();
        return modified;
    }

    private static List<object?> Values(ExcelRow row)
    {
        var cells = row.Cells;
        var values = new List<object?>();
        foreach (var cell in cells)
        {
            while (values.Count < cell.ColumnIndex - 1)
            {
                values.Add(null);
            }

            values.Add(CellValues.ToFml(cell.Value));
        }

        return values;
    }
}
