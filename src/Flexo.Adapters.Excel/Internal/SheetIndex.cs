using DocumentFormat.OpenXml.Spreadsheet;

namespace Flexo.Adapters.Excel;

/// <summary>
/// An index over a loaded sheet's rows and cells, sorted by position, so that lookups are binary searches and new
/// rows and cells go to their place in document order. Rows and cells without an explicit <c>r</c> attribute get
/// the position that follows their predecessor, as in the file format; writing gives them an explicit one.
/// </summary>
internal sealed class SheetIndex
{
    private readonly SheetData _data;
    private readonly List<RowSlot> _rows = [];
    private bool _explicit;

    public SheetIndex(SheetData data)
    {
        _data = data;
        var previous = 0;
        var sorted = true;
        foreach (var row in data.Elements<Row>())
        {
            var index = row.RowIndex?.Value is { } r and >= 1 and <= ExcelCellAddress.MaxRow ? (int)r : previous + 1;
            if (index > ExcelCellAddress.MaxRow)
            {
                break;
            }

            sorted &= index > previous;
            _rows.Add(new RowSlot(index, row));
            previous = index;
        }

        if (!sorted)
        {
            _rows.Sort((a, b) => a.Index.CompareTo(b.Index));
        }
    }

    public IReadOnlyList<RowSlot> Rows => _rows;

    public int LastRow => _rows.Count == 0 ? 0 : _rows[^1].Index;

    public RowSlot? FindRow(int index)
    {
        var position = Search(index);
        return position >= 0 ? _rows[position] : null;
    }

    public RowSlot GetOrAddRow(int index)
    {
        var position = Search(index);
        if (position >= 0)
        {
            return _rows[position];
        }

        MakeExplicit();
        position = ~position;
        var row = new Row { RowIndex = (uint)index };
        if (position < _rows.Count)
        {
            _data.InsertBefore(row, _rows[position].Element);
        }
        else
        {
            _data.AppendChild(row);
        }

        var slot = new RowSlot(index, row);
        _rows.Insert(position, slot);
        return slot;
    }

    private void MakeExplicit()
    {
        if (_explicit)
        {
            return;
        }

        foreach (var slot in _rows)
        {
            slot.Element.RowIndex = (uint)slot.Index;
        }

        _explicit = true;
    }

    private int Search(int index)
    {
        int low = 0, high = _rows.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var value = _rows[middle].Index;
            if (value == index)
            {
                return middle;
            }

            if (value < index)
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
