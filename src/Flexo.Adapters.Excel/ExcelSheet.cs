using DocumentFormat.OpenXml.Spreadsheet;

namespace Flexo.Adapters.Excel;

/// <summary>
/// A worksheet of an <see cref="ExcelWorkbook"/>. A handle: it stays valid after saves. Its rows and cells are sparse:
/// <see cref="Rows"/> lists the rows the file has, while <see cref="GetRow"/> and <see cref="GetCell(int, int)"/> give
/// a handle to any position, existing or not.
/// </summary>
public sealed class ExcelSheet : ExcelElement
{
    private readonly Dictionary<int, ExcelRow> _rows = [];
    private readonly Dictionary<int, ExcelColumn> _columns = [];
    private readonly Dictionary<ExcelCellAddress, ExcelCell> _cells = [];

    internal ExcelSheet(ExcelWorkbook workbook, string name)
    {
        Workbook = workbook;
        Name = name;
    }

    /// <summary>The workbook of this sheet.</summary>
    public ExcelWorkbook Workbook { get; }

    /// <summary>The sheet's name.</summary>
    public string Name { get; }

    /// <summary>The 0-based position of the sheet in the workbook.</summary>
    public int Index => Workbook.IndexOf(this);

    /// <inheritdoc/>
    public override ExcelReference Identity => ExcelReference.ForSheet(Workbook.Uri, Name);

    /// <summary>The rows present in the file, top to bottom (rows with no element are skipped).</summary>
    public IReadOnlyList<ExcelRow> Rows => [.. State.Index.Rows.Select(slot => RowHandle(slot.Index))];

    /// <summary>The number of the last row present in the file; 0 for an empty sheet.</summary>
    public int LastRowIndex => State.Index.LastRow;

    /// <summary>The ranges of merged cells, such as <c>A1:C1</c>.</summary>
    public IReadOnlyList<string> MergedRanges
        => [.. State.Worksheet.GetFirstChild<MergeCells>()?.Elements<MergeCell>().Select(m => m.Reference?.Value).OfType<string>() ?? []];

    internal SheetState State => Workbook.Session.GetState(Workbook.Entry(this));

    /// <summary>The row at this 1-based position, present or not; FML7056 outside 1 to 1,048,576.</summary>
    /// <param name="index">The row number.</param>
    public ExcelRow GetRow(int index)
    {
        if (index is < 1 or > ExcelCellAddress.MaxRow)
        {
            throw Error(ExcelErrors.InvalidCellReference, $"Row {index} is outside the sheet (1 to {ExcelCellAddress.MaxRow}).", null);
        }

        return RowHandle(index);
    }

    /// <summary>The column with these letters, such as <c>B</c>; FML7056 when they are not a column.</summary>
    /// <param name="name">One to three letters, up to <c>XFD</c>.</param>
    public ExcelColumn GetColumn(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ExcelCellAddress.TryParseColumnName(name, out var column)
            ? ColumnHandle(column)
            : throw Error(ExcelErrors.InvalidCellReference, $"'{name}' is not a column (A to XFD).", name);
    }

    /// <summary>The column at this 1-based position; FML7056 outside 1 to 16,384.</summary>
    /// <param name="index">The column number.</param>
    public ExcelColumn GetColumn(int index)
        => index is >= 1 and <= ExcelCellAddress.MaxColumn
            ? ColumnHandle(index)
            : throw Error(ExcelErrors.InvalidCellReference, $"Column {index} is outside the sheet (1 to {ExcelCellAddress.MaxColumn}).", null);

    /// <summary>The cell at an A1 reference such as <c>B3</c>, present or not; FML7056 when the reference is not valid.</summary>
    /// <param name="reference">The A1 reference.</param>
    public ExcelCell GetCell(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return ExcelCellAddress.TryParse(reference, out var address)
            ? CellHandle(address)
            : throw Error(ExcelErrors.InvalidCellReference, $"'{reference}' is not a cell reference (such as B3, up to XFD1048576).", reference);
    }

    /// <summary>The cell at a 1-based row and column, present or not; FML7056 outside the sheet.</summary>
    /// <param name="row">The row number.</param>
    /// <param name="column">The column number.</param>
    public ExcelCell GetCell(int row, int column)
    {
        if (row is < 1 or > ExcelCellAddress.MaxRow || column is < 1 or > ExcelCellAddress.MaxColumn)
        {
            throw Error(ExcelErrors.InvalidCellReference, $"Row {row}, column {column} is outside the sheet.", null);
        }

        return CellHandle(new ExcelCellAddress(row, column));
    }

    /// <summary>Adds a row after the last one, with the values in columns A, B, C...; returns it.</summary>
    /// <param name="values">The values of the new row's cells; empty values leave their cell out.</param>
    public ExcelRow AddRow(IEnumerable<ExcelValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        var index = LastRowIndex + 1;
        if (index > ExcelCellAddress.MaxRow || list.Count > ExcelCellAddress.MaxColumn)
        {
            throw Error(ExcelErrors.InvalidCellReference, "The sheet is full: no row can be added.", null);
        }

        var row = RowHandle(index);
        EditState().Index.GetOrAddRow(index);
        for (var column = 1; column <= list.Count; column++)
        {
            if (!list[column - 1].IsEmpty)
            {
                row.GetCell(column).SetValue(list[column - 1]);
            }
        }

        return row;
    }

    /// <summary>Merges a range such as <c>A1:C1</c>. FML7056 for a bad range, FML7061 for a single cell or a range
    /// that overlaps one already merged. The top-left cell keeps its value; the others keep theirs too, as Excel
    /// files may, but Excel shows only the first.</summary>
    /// <param name="range">Two A1 references joined by a colon, in any order.</param>
    public void MergeCells(string range)
    {
        ArgumentNullException.ThrowIfNull(range);
        var parts = range.Split(':');
        if (parts.Length != 2 || !ExcelCellAddress.TryParse(parts[0], out var a) || !ExcelCellAddress.TryParse(parts[1], out var b))
        {
            throw Error(ExcelErrors.InvalidCellReference, $"'{range}' is not a range (such as A1:C1).", range);
        }

        MergeCells(a, b);
    }

    /// <summary>Merges the rectangle between two cells of this sheet (see <see cref="MergeCells(string)"/>).</summary>
    /// <param name="first">One corner.</param>
    /// <param name="last">The opposite corner.</param>
    public void MergeCells(ExcelCell first, ExcelCell last)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(last);
        if (first.Sheet != this || last.Sheet != this)
        {
            throw new ArgumentException("Both cells must belong to this sheet.", nameof(last));
        }

        MergeCells(first.Address, last.Address);
    }

    /// <summary>The one handle of a row position (handles are canonical: the same position gives the same object).</summary>
    internal ExcelRow RowHandle(int index)
    {
        if (!_rows.TryGetValue(index, out var row))
        {
            row = new ExcelRow(this, index);
            _rows.Add(index, row);
        }

        return row;
    }

    /// <summary>The one handle of a column position.</summary>
    internal ExcelColumn ColumnHandle(int index)
    {
        if (!_columns.TryGetValue(index, out var column))
        {
            column = new ExcelColumn(this, index);
            _columns.Add(index, column);
        }

        return column;
    }

    /// <summary>The one handle of a cell position.</summary>
    internal ExcelCell CellHandle(ExcelCellAddress address)
    {
        if (!_cells.TryGetValue(address, out var cell))
        {
            cell = new ExcelCell(this, address);
            _cells.Add(address, cell);
        }

        return cell;
    }

    internal ExcelException Error(string code, string detail, string? cell, Exception? inner = null)
        => ExcelErrors.Create(code, detail, Workbook.FilePath, Name, cell, inner);

    /// <summary>The sheet state, made writable and recorded as edited.</summary>
    internal SheetState EditState()
    {
        Workbook.BeginEdit();
        var state = State;
        Workbook.MarkModified(state.Part);
        return state;
    }

    private void MergeCells(ExcelCellAddress a, ExcelCellAddress b)
    {
        var top = new ExcelCellAddress(Math.Min(a.Row, b.Row), Math.Min(a.Column, b.Column));
        var bottom = new ExcelCellAddress(Math.Max(a.Row, b.Row), Math.Max(a.Column, b.Column));
        var text = top + ":" + bottom;
        if (top == bottom)
        {
            throw Error(ExcelErrors.InvalidMerge, $"'{text}' is a single cell; a merge needs at least two.", text);
        }

        foreach (var existing in MergedRanges)
        {
            var parts = existing.Split(':');
            if (parts.Length == 2 && ExcelCellAddress.TryParse(parts[0], out var p) && ExcelCellAddress.TryParse(parts[1], out var q)
                && top.Row <= Math.Max(p.Row, q.Row) && bottom.Row >= Math.Min(p.Row, q.Row)
                && top.Column <= Math.Max(p.Column, q.Column) && bottom.Column >= Math.Min(p.Column, q.Column))
            {
                throw Error(ExcelErrors.InvalidMerge, $"'{text}' overlaps the merged range '{existing}'.", text);
            }
        }

        var state = EditState();
        var merges = state.Worksheet.GetFirstChild<MergeCells>() ?? SchemaOrder.Insert(state.Worksheet, new MergeCells(), SchemaOrder.Worksheet);
        merges.AppendChild(new MergeCell { Reference = text });
        merges.Count = (uint)merges.Elements<MergeCell>().Count();
        state.ExtendDimension(top.Row, top.Column);
        state.ExtendDimension(bottom.Row, bottom.Column);
    }
}
