namespace Flexo.Adapters.Excel;

/// <summary>A cell read by <see cref="ExcelSheetReader"/>: its column, its typed value and its formula, if any.</summary>
/// <param name="Column">The 1-based column.</param>
/// <param name="Value">The typed value (a formula's cached result).</param>
/// <param name="Formula">The formula text without <c>=</c> as stored in the cell; null when there is none. Cells
/// that share another cell's formula have an empty text here (the DOM path, <see cref="ExcelCell.Formula"/>, resolves it).</param>
public readonly record struct ExcelStreamCell(int Column, ExcelValue Value, string? Formula);
