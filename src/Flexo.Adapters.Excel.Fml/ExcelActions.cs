namespace Flexo.Adapters.Excel.Fml;

/// <summary>The edition actions of the Excel adapter (<c>AddExcelSheet</c>, <c>AddExcelRow</c>, <c>AddExcelCell</c>,
/// <c>CellStyleAction</c>, <c>MergeCells</c>, <c>CreateExcelResource</c>).</summary>
internal static class ExcelActions
{
    public static void Declare(AdapterBuilder adapter) =>
        adapter.Action("AddExcelSheet", p => p.Required<string>("sheetName").Optional<ExcelWorkbook>("excelWorkbook").Optional<bool>("override")
                .Optional<bool>("reuse").Optional<List<object>>("sheetRows"), AddSheet)
            .Action("AddExcelRow", p => p.Optional<ExcelSheet>("excelSheet").Optional<int>("rowIndex").Optional<List<object>>("values")
                .Optional<List<ExcelCell>>("excelCells"), AddRow)
            .Action("AddExcelCell", p => p.Optional<ExcelRow>("row").Optional<ExcelSheet>("sheet").Optional<int>("rowIndex")
                .Optional<int>("columnIndex").Optional<string>("column").Optional<object>("value").Optional<string>("formula")
                .Optional<bool>("isRowIndex").Optional<ExcelCell>("cellToCopy"), AddCell)
            .Command("CellStyleAction", p => p.Required<object>("subject").Optional<bool>("bold").Optional<string>("fillColor")
                .Optional<string>("color").Optional<string>("numberFormat"), CellStyle)
            .Command("MergeCells", p => p.Optional<ExcelCell>("startCell").Optional<ExcelCell>("endCell").Optional<ExcelSheet>("sheet")
                .Optional<string>("range"), Merge)
            .Action("CreateExcelResource", p => p.Required<string>("resourceName").Optional<string>("relativePath"), CreateResource);

    private static ExcelSheet AddSheet(TechnologyCall call)
    {
        var workbook = call.Target<ExcelWorkbook>("excelWorkbook");
        var name = call.Get<string>("sheetName");
        ExcelSheet sheet;
        if (workbook.TryGetSheet(name, out var existing) && (call.Get("reuse", false) || call.Get("override", false)))
        {
            sheet = existing;
            if (call.Get("override", false))
            {
                Edits.ClearRowsFrom(sheet, 0);
            }
        }
        else
        {
            sheet = workbook.AddSheet(name);
        }

        foreach (var values in call.Get<List<object>>("sheetRows", []))
        {
            sheet.AddRow(RowValues(values));
        }

        return sheet;
    }

    private static ExcelRow AddRow(TechnologyCall call)
    {
        var sheet = call.Target<ExcelSheet>("excelSheet");
        var values = call.Has("values") ? call.Get<List<object>>("values").Select(CellValues.FromFml).ToList()
            : call.Get<List<ExcelCell>>("excelCells", []).Select(c => c.Value).ToList();
        if (!call.Has("rowIndex"))
        {
            return sheet.AddRow(values);
        }

        var row = Positions.Row(sheet, call.Get<int>("rowIndex"));
        for (var i = 0; i < values.Count; i++)
        {
            row.GetCell(i + 1).SetValue(values[i]);
        }

        return row;
    }

    private static ExcelCell AddCell(TechnologyCall call)
    {
        var row = call.Has("row") ? call.Get<ExcelRow>("row")
            : call.Has("rowIndex") ? Positions.Row(call.Target<ExcelSheet>("sheet"), call.Get<int>("rowIndex"))
            : throw new TechnologyException("AddExcelCell needs 'row', or 'sheet' and 'rowIndex'");
        var cell = call.Has("column") ? row.GetCell(call.Get<string>("column"))
            : call.Has("columnIndex") ? Positions.Cell(row, call.Get<int>("columnIndex"))
            : throw new TechnologyException("AddExcelCell needs 'columnIndex' (from 0) or 'column' (letters such as B)");
        if (call.Has("cellToCopy"))
        {
            var model = call.Get<ExcelCell>("cellToCopy");
            cell.ApplyStyle(model.Style);
            if (!call.Has("value") && !call.Has("formula"))
            {
                Copy(model, cell);
            }
        }

        if (call.Has("formula"))
        {
            cell.SetFormula(call.Get<string>("formula"));
        }
        else if (call.Has("value"))
        {
            cell.SetValue(CellValues.FromFml(call.Get<object>("value")));
        }

        return cell;
    }

    private static void CellStyle(TechnologyCall call)
    {
        var style = new ExcelCellStyle
        {
            Bold = call.Has("bold") ? call.Get<bool>("bold") : null,
            FillColor = call.Get<string?>("fillColor", null) ?? call.Get<string?>("color", null),
            NumberFormat = call.Get<string?>("numberFormat", null),
        };
        Edits.Style(call.Get<object>("subject"), style);
    }

    private static void Merge(TechnologyCall call)
    {
        if (call.Has("range"))
        {
            Edits.Merge(call.Target<ExcelSheet>("sheet"), call.Get<string>("range"));
            return;
        }

        var start = call.Get<ExcelCell>("startCell");
        var end = call.Get<ExcelCell>("endCell");
        if (start.Sheet != end.Sheet)
        {
            throw new TechnologyException($"MergeCells needs two cells of one sheet, not {CellValues.Where(start)} and {CellValues.Where(end)}");
        }

        Edits.Merge(start.Sheet, start.Reference + ":" + end.Reference);
    }

    private static ExcelWorkbook CreateResource(TechnologyCall call)
    {
        var name = call.Get<string>("resourceName");
        if (Path.GetExtension(name).Length == 0)
        {
            name += ".xlsx";
        }

        return (ExcelWorkbook)call.Resources.CreateResource(Path.Combine(call.Get("relativePath", string.Empty), name), SlotSettings.Empty, "ExcelWorkbook");
    }

    private static List<ExcelValue> RowValues(object values) => values switch
    {
        ExcelRow row => [.. Enumerable.Range(1, row.Cells.Count == 0 ? 0 : row.Cells[^1].ColumnIndex).Select(c => row.GetCell(c).Value)],
        System.Collections.IEnumerable list and not string => [.. list.Cast<object?>().Select(CellValues.FromFml)],
        _ => [CellValues.FromFml(values)],
    };

    private static void Copy(ExcelCell from, ExcelCell to)
    {
        if (from.Formula is { } formula)
        {
            to.SetFormula(formula);
        }
        else
        {
            to.SetValue(from.Value);
        }
    }
}
