using System.Collections;

namespace Flexo.Adapters.Excel.Fml;

/// <summary>The fetch requests of the Excel adapter: sheets of a workbook, rows of a sheet, cells of a sheet, row or column.</summary>
internal static class ExcelFetches
{
    public static void Declare(AdapterBuilder adapter)
    {
        adapter.Fetch("SelectExcelSheet", "ExcelSheet", p => p.Optional<ExcelWorkbook>("excelWorkbook"), Sheets)
            .Fetch("SelectUniqueExcelSheet", "ExcelSheet", p => p.Optional<ExcelWorkbook>("excelWorkbook"), Sheets)
            .Fetch("SelectExcelRow", "ExcelRow", RowParameters, Rows)
            .Fetch("SelectUniqueExcelRow", "ExcelRow", RowParameters, Rows)
            .Fetch("SelectExcelCell", "ExcelCell", CellParameters, Cells)
            .Fetch("SelectUniqueExcelCell", "ExcelCell", CellParameters, Cells);
    }

    private static void RowParameters(ParameterList p) => p.Optional<ExcelSheet>("excelSheet").Optional<ExcelWorkbook>("excelWorkbook").Optional<bool>("skipHeader");

    private static void CellParameters(ParameterList p) =>
        p.Optional<ExcelSheet>("excelSheet").Optional<ExcelRow>("excelRow").Optional<ExcelColumn>("excelColumn").Optional<ExcelWorkbook>("excelWorkbook");

    private static IEnumerable Sheets(TechnologyCall call) => call.Target<ExcelWorkbook>("excelWorkbook").Sheets;

    private static IEnumerable Rows(TechnologyCall call)
    {
        IEnumerable<ExcelSheet> sheets = call.Has("excelSheet") || call.From is ExcelSheet
            ? [call.Target<ExcelSheet>("excelSheet")]
            : call.Target<ExcelWorkbook>("excelWorkbook").Sheets;
        var skip = call.Get("skipHeader", false);
        return sheets.SelectMany(s => s.Rows.Where(r => !skip || r.Index > 1));
    }

    private static IEnumerable Cells(TechnologyCall call)
    {
        if (call.Has("excelRow") || call.From is ExcelRow)
        {
            return call.Target<ExcelRow>("excelRow").Cells;
        }

        if (call.Has("excelColumn") || call.From is ExcelColumn)
        {
            return call.Target<ExcelColumn>("excelColumn").Cells;
        }

        IEnumerable<ExcelSheet> sheets = call.Has("excelSheet") || call.From is ExcelSheet
            ? [call.Target<ExcelSheet>("excelSheet")]
            : call.Target<ExcelWorkbook>("excelWorkbook").Sheets;
        return sheets.SelectMany(s => s.Rows.SelectMany(r => r.Cells));
    }
}
