namespace Flexo.Adapters.Excel;

/// <summary>
/// A simple cell style to apply: each property left null keeps what the cell already has. Applying a style reuses
/// an identical font, fill, number format and cell format of the workbook when there is one, and adds one otherwise.
/// </summary>
public sealed record ExcelCellStyle
{
    /// <summary>Bold text (true), regular text (false), or unchanged (null).</summary>
    public bool? Bold { get; init; }

    /// <summary>A solid fill colour as <c>RRGGBB</c> or <c>AARRGGBB</c> hexadecimal digits (a leading <c>#</c> is
    /// allowed), or unchanged (null). When read from a cell: the colour of its solid fill, as <c>RRGGBB</c>.</summary>
    public string? FillColor { get; init; }

    /// <summary>A number format code such as <c>0.00</c> or <c>yyyy-mm-dd</c>, or unchanged (null).</summary>
    public string? NumberFormat { get; init; }
}
