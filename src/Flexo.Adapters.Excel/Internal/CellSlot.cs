using DocumentFormat.OpenXml.Spreadsheet;

namespace Flexo.Adapters.Excel;

/// <summary>One cell of a <see cref="RowSlot"/>: its column and its element.</summary>
internal readonly record struct CellSlot(int Column, Cell Element);
