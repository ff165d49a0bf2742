using DocumentFormat.OpenXml.Spreadsheet;

namespace Flexo.Adapters.Excel;

public sealed partial class ExcelCell
{
    /// <summary>The text of a formula; for a cell that shares the formula of a master cell, the master's text with its
    /// relative references moved by the distance between the two cells.</summary>
    private string? FormulaText(CellFormula formula)
    {
        if (!string.IsNullOrEmpty(formula.Text) || formula.FormulaType?.Value != CellFormulaValues.Shared || formula.SharedIndex?.Value is not { } group)
        {
            return formula.Text;
        }

        var master = FindSharedMaster(Sheet.State, group);
        if (master is null)
        {
            return null;
        }

        var (address, text) = master.Value;
        return FormulaShifter.Shift(text, Address.Row - address.Row, Address.Column - address.Column);
    }

    /// <summary>
    /// Removes the cell's formula. When the cell is the master of a shared formula, every other cell of the group gets
    /// its own copy of the formula first, so they keep computing the same thing. Returns true when there was a formula.
    /// </summary>
    private bool RemoveFormula(Cell cell)
    {
        if (cell.CellFormula is not { } formula)
        {
            return false;
        }

        if (formula.FormulaType?.Value == CellFormulaValues.Shared && formula.SharedIndex?.Value is { } group && !string.IsNullOrEmpty(formula.Text))
        {
            var state = Sheet.State;
            foreach (var row in state.Index.Rows)
            {
                foreach (var slot in row.Cells)
                {
                    if (slot.Element != cell && slot.Element.CellFormula is { } other
                        && other.FormulaType?.Value == CellFormulaValues.Shared && other.SharedIndex?.Value == group)
                    {
                        var shifted = FormulaShifter.Shift(formula.Text, row.Index - Address.Row, slot.Column - Address.Column);
                        slot.Element.CellFormula = new CellFormula(shifted);
                    }
                }
            }
        }

        cell.CellFormula = null;
        Sheet.Workbook.DropCalculationChain();
        return true;
    }

    private static (ExcelCellAddress Address, string Text)? FindSharedMaster(SheetState state, uint group)
    {
        foreach (var row in state.Index.Rows)
        {
            foreach (var slot in row.Cells)
            {
                if (slot.Element.CellFormula is { } formula && formula.FormulaType?.Value == CellFormulaValues.Shared
                    && formula.SharedIndex?.Value == group && !string.IsNullOrEmpty(formula.Text))
                {
                    return (new ExcelCellAddress(row.Index, slot.Column), formula.Text);
                }
            }
        }

        return null;
    }
}
