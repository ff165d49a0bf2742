using DocumentFormat.OpenXml.Spreadsheet;

namespace Flexo.Adapters.Excel;

/// <summary>One row of a <see cref="SheetIndex"/>: its position, its element, and its cells sorted by column (built on first use).</summary>
internal sealed class RowSlot
{
    private List<CellSlot>? _cells;

    public RowSlot(int index, Row element)
    {
        Index = index;
        Element = element;
    }

    public int Index { get; }

    public Row Element { get; }

    public IReadOnlyList<CellSlot> Cells => _cells ??= BuildCells();

    public Cell? FindCell(int column)
    {
        var cells = (List<CellSlot>)Cells;
        var position = Search(cells, column);
        return position >= 0 ? cells[position].Element : null;
    }

    public Cell GetOrAddCell(int column)
    {
        var cells = (List<CellSlot>)Cells;
        var position = Search(cells, column);
        if (position >= 0)
        {
            return cells[position].Element;
        }

        foreach (var slot in cells)
        {
            slot.Element.CellReference ??= new ExcelCellAddress(Index, slot.Column).ToString();
        }

        position = ~position;
        var cell = new Cell { CellReference = new ExcelCellAddress(Index, column).ToString() };
        if (position < cells.Count)
        {
            Element.InsertBefore(cell, cells[position].Element);
        }
        else
        {
            Element.AppendChild(cell);
        }

        cells.Insert(position, new CellSlot(column, cell));

        // The optional spans hint would no longer be right.
        Element.Spans = null;
        return cell;
    }

    private List<CellSlot> BuildCells()
    {
        var cells = new List<CellSlot>();
        var previous = 0;
        var sorted = true;
        foreach (var cell in Element.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference && ExcelCellAddress.TryParseFast(reference, out _, out var parsed)
                ? parsed
                : previous + 1;
            if (column > ExcelCellAddress.MaxColumn)
            {
                break;
            }

            sorted &= column > previous;
            cells.Add(new CellSlot(column, cell));
            previous = column;
        }

        if (!sorted)
        {
            cells.Sort((a, b) => a.Column.CompareTo(b.Column));
        }

        return cells;
    }

    private static int Search(List<CellSlot> cells, int column)
    {
        int low = 0, high = cells.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var value = cells[middle].Column;
            if (value == column)
            {
                return middle;
            }

            if (value < column)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }
}
