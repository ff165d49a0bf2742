using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Flexo.Adapters.Tests.Workbooks;

/// <summary>A formula with the value Excel last computed for it.</summary>
internal sealed record Formula(string Text, double Cached);

/// <summary>
/// Writes real .xlsx workbooks with the Open XML SDK, as Excel lays them out: a shared string table, a bold header
/// row, dates as serial numbers with a date format, booleans, formulas with cached values. Cell values are strings,
/// numbers, booleans, <see cref="DateTime"/>s, <see cref="Formula"/>s or null (no cell).
/// </summary>
internal static class SheetWriter
{
    private const uint BoldStyle = 1;
    private const uint DateStyle = 2;

    public static void Write(string path, params (string Name, object?[][] Rows)[] sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook(new Sheets());
        var strings = new List<string>();
        AddStyles(workbookPart);
        uint id = 1;
        foreach (var (name, rows) in sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (Cell(rows[r][c], Reference(r + 1, c + 1), strings, header: r == 0) is { } cell)
                    {
                        row.AppendChild(cell);
                    }
                }

                data.AppendChild(row);
            }

            part.Worksheet = new Worksheet(data);
            workbookPart.Workbook.Sheets!.AppendChild(new Sheet { Name = name, SheetId = id++, Id = workbookPart.GetIdOfPart(part) });
        }

        var table = workbookPart.AddNewPart<SharedStringTablePart>();
        table.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })))
        {
            Count = (uint)strings.Count,
            UniqueCount = (uint)strings.Count,
        };
    }

    private static Cell? Cell(object? value, string reference, List<string> strings, bool header)
    {
        var cell = new Cell { CellReference = reference };
        switch (value)
        {
            case null:
                return null;
            case string text:
                var index = strings.IndexOf(text);
                if (index < 0)
                {
                    strings.Add(text);
                    index = strings.Count - 1;
                }

                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture));
                break;
            case bool flag:
                cell.DataType = CellValues.Boolean;
                cell.CellValue = new CellValue(flag ? "1" : "0");
                break;
            case DateTime date:
                cell.StyleIndex = DateStyle;
                cell.CellValue = new CellValue((date - new DateTime(1899, 12, 30)).TotalDays.ToString("R", CultureInfo.InvariantCulture));
                break;
            case Formula formula:
                cell.CellFormula = new CellFormula(formula.Text);
                cell.CellValue = new CellValue(formula.Cached.ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                cell.CellValue = new CellValue(Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
        }

        if (header)
        {
            cell.StyleIndex = BoldStyle;
        }

        return cell;
    }

    private static void AddStyles(WorkbookPart workbookPart)
    {
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
                new CellFormat { NumberFormatId = 14, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true }) { Count = 3 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static string Reference(int row, int column)
    {
        var letters = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }
}
