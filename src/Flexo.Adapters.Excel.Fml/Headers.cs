namespace Flexo.Adapters.Excel.Fml;

/// <summary>
/// Column headers: the texts of a sheet's first row. <c>row.field("weight")</c> finds the column whose header is
/// "weight" (exact match first, then ignoring case) and gives the row's cell in it.
/// </summary>
internal static class Headers
{
    /// <summary>The header texts of a sheet, left to right (empty headers are left out).</summary>
    public static List<string> Of(ExcelSheet sheet) =>
        [.. sheet.GetRow(1).Cells.Select(c => CellValues.Text(c.Value)).Where(t => t.Length > 0)];

    /// <summary>The column headed <paramref name="header"/>; a run-time error listing the headers when there is none.</summary>
    public static ExcelColumn Column(ExcelSheet sheet, string header) =>
        TryColumn(sheet, header) ?? throw new TechnologyException(
            $"the sheet '{sheet.Name}' of {Path.GetFileName(sheet.Workbook.FilePath)} has no column headed \"{header}\" (its first row has: {string.Join(", ", Of(sheet).Select(h => "\"" + h + "\""))})");

    /// <summary>The column headed <paramref name="header"/>, or null.</summary>
    public static ExcelColumn? TryColumn(ExcelSheet sheet, string header)
    {
        var cells = sheet.GetRow(1).Cells;
        var found = cells.FirstOrDefault(c => string.Equals(CellValues.Text(c.Value), header, StringComparison.Ordinal))
            ?? cells.FirstOrDefault(c => string.Equals(CellValues.Text(c.Value), header, StringComparison.OrdinalIgnoreCase));
        return found?.GetColumn();
    }

    /// <summary>The cell of <paramref name="row"/> under the header <paramref name="header"/>.</summary>
    public static ExcelCell Field(ExcelRow row, string header) => row.GetCell(Column(row.Sheet, header).Index);
}
