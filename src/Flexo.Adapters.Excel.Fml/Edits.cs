namespace Flexo.Adapters.Excel.Fml;

/// <summary>Edits made idempotent for synchronisation code: doing them again on a workbook that has them changes nothing.</summary>
internal static class Edits
{
    /// <summary>Clears the values and formulas of every cell in the rows from <paramref name="rowIndex"/> (0-based) down; styles stay.</summary>
    public static void ClearRowsFrom(ExcelSheet sheet, long rowIndex)
    {
        var first = Positions.Row(sheet, rowIndex).Index;
        foreach (var row in sheet.Rows.Where(r => r.Index >= first))
        {
            foreach (var cell in row.Cells)
            {
                cell.Clear();
            }
        }
    }

    /// <summary>Merges a range such as <c>A1:C1</c>; a range merged already is left as it is.</summary>
    public static void Merge(ExcelSheet sheet, string range)
    {
        var parts = range.Split(':');
        if (parts.Length == 2 && ExcelCellAddress.TryParse(parts[0], out var a) && ExcelCellAddress.TryParse(parts[1], out var b))
        {
            var normal = new ExcelCellAddress(Math.Min(a.Row, b.Row), Math.Min(a.Column, b.Column)) + ":"
                + new ExcelCellAddress(Math.Max(a.Row, b.Row), Math.Max(a.Column, b.Column));
            if (sheet.MergedRanges.Contains(normal, StringComparer.OrdinalIgnoreCase))
            {
                return;
            }

            sheet.MergeCells(normal);
            return;
        }

        sheet.MergeCells(range);
    }

    /// <summary>Applies a style to a cell, to the present cells of a row or column, or to every present cell of a sheet.</summary>
    public static void Style(object subject, ExcelCellStyle style)
    {
        IEnumerable<ExcelCell> cells = subject switch
        {
            ExcelCell cell => [cell],
            ExcelRow row => row.Cells,
            ExcelColumn column => column.Cells,
            ExcelSheet sheet => sheet.Rows.SelectMany(r => r.Cells),
            _ => throw new TechnologyException($"CellStyleAction styles a cell, a row, a column or a sheet, not {subject.GetType().Name}"),
        };
        foreach (var cell in cells)
        {
            cell.ApplyStyle(style);
        }
    }
}
