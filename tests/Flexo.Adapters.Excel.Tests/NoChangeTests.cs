using Flexo.Adapters.Excel.Tests.Fixtures;

namespace Flexo.Adapters.Excel.Tests;

/// <summary>Edits that would leave a cell as it is are not edits, and one position has one handle.</summary>
public sealed class NoChangeTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _path;

    public NoChangeTests()
    {
        _path = WorkbookFixtures.Shop(_folder.Path);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Writing_back_every_value_a_sheet_holds_is_not_an_edit()
    {
        var bytes = File.ReadAllBytes(_path);
        using var workbook = ExcelWorkbook.Open(_path);
        var sheet = workbook.GetSheet("Products");
        var written = 0;
        foreach (var cell in sheet.Rows.SelectMany(r => r.Cells).Where(c => !c.HasFormula && !c.Value.IsEmpty))
        {
            cell.SetValue(cell.Value);
            cell.ApplyStyle(cell.Style);
            written++;
        }

        Assert.True(written > 5);
        Assert.False(workbook.IsModified);
        workbook.Save();
        Assert.Equal(bytes, File.ReadAllBytes(_path));
    }

    [Fact]
    public void Clearing_a_missing_cell_and_setting_the_same_formula_are_not_edits()
    {
        using var workbook = ExcelWorkbook.Open(_path);
        var sheet = workbook.GetSheet("Products");
        sheet.GetCell("Z500").Clear();
        var formulaCell = sheet.Rows.SelectMany(r => r.Cells).First(c => c.HasFormula && c.Formula is { Length: > 0 });
        formulaCell.SetFormula(formulaCell.Formula!);
        Assert.False(workbook.IsModified);
    }

    [Fact]
    public void A_different_value_is_still_an_edit()
    {
        using var workbook = ExcelWorkbook.Open(_path);
        var cell = workbook.GetSheet("Products").Rows.SelectMany(r => r.Cells).First(c => c.Value.Kind == ExcelValueKind.Text);
        cell.SetValue(cell.Value.Text + "!");
        Assert.True(workbook.IsModified);
        workbook.Save();
        using var reopened = ExcelWorkbook.Open(_path);
        Assert.EndsWith("!", reopened.GetSheet("Products").GetCell(cell.Reference).Value.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_position_has_one_handle()
    {
        using var workbook = ExcelWorkbook.Open(_path);
        var sheet = workbook.GetSheet("Products");
        var row = sheet.GetRow(2);
        Assert.Same(row, sheet.Rows.Single(r => r.Index == 2));
        Assert.Same(row, workbook.Resolve(row.Identity));
        var cell = sheet.GetCell("B2");
        Assert.Same(cell, sheet.GetCell(2, 2));
        Assert.Same(cell, row.GetCell("B"));
        Assert.Same(cell, row.Cells.Single(c => c.ColumnIndex == 2));
        Assert.Same(cell, workbook.Resolve(cell.Identity.ToString()));
        Assert.Same(sheet.GetColumn("B"), cell.GetColumn());
        Assert.Same(row, cell.GetRow());
    }
}
