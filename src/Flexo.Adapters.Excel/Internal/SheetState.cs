using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Flexo.Adapters.Excel;

/// <summary>A loaded worksheet: its part, its DOM and the index of its rows and cells.</summary>
internal sealed class SheetState
{
    public SheetState(WorksheetPart part, Worksheet worksheet, SheetData data)
    {
        Part = part;
        Worksheet = worksheet;
        Data = data;
        Index = new SheetIndex(data);
    }

    public WorksheetPart Part { get; }

    public Worksheet Worksheet { get; }

    public SheetData Data { get; }

    public SheetIndex Index { get; }

    public Cell? FindCell(int row, int column) => Index.FindRow(row)?.FindCell(column);

    public Cell GetOrAddCell(int row, int column)
    {
        var cell = Index.GetOrAddRow(row).GetOrAddCell(column);
        ExtendDimension(row, column);
        return cell;
    }

    /// <summary>Widens the optional <c>dimension</c> element so it still covers every cell.</summary>
    public void ExtendDimension(int row, int column)
    {
        if (Worksheet.SheetDimension?.Reference?.Value is not { } reference)
        {
            return;
        }

        var parts = reference.Split(':');
        if (!ExcelCellAddress.TryParse(parts[0], out var first))
        {
            return;
        }

        var last = first;
        if (parts.Length == 2 && !ExcelCellAddress.TryParse(parts[1], out last))
        {
            return;
        }

        var top = Math.Min(first.Row, row);
        var left = Math.Min(first.Column, column);
        var bottom = Math.Max(last.Row, row);
        var right = Math.Max(last.Column, column);
        if (top == first.Row && left == first.Column && bottom == last.Row && right == last.Column)
        {
            return;
        }

        Worksheet.SheetDimension.Reference = new ExcelCellAddress(top, left) + ":" + new ExcelCellAddress(bottom, right);
    }
}
