using Flexo.Adapters.Excel.Tests.Fixtures;

namespace Flexo.Adapters.Excel.Tests;

public sealed class EditingTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _path;

    public EditingTests()
    {
        _path = WorkbookFixtures.Shop(_folder.Path);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_kind_of_value_is_written_and_read_back_after_reopening()
    {
        var when = new DateTime(2024, 2, 29);
        using (var workbook = ExcelWorkbook.Open(_path))
        {
            var sheet = workbook.GetSheet("Products");
            sheet.GetCell("B2").SetValue(10.25);
            sheet.GetCell("A2").SetValue("Sprocket");
            sheet.GetCell("D2").SetValue(false);
            sheet.GetCell("G2").SetValue(when);
            sheet.GetCell("H2").SetValue(new DateTime(2024, 2, 29, 18, 30, 0));
            sheet.GetCell("I2").SetValue(ExcelValue.FromError("#N/A"));
            sheet.GetCell("J2").SetValue(" padded ");
            Assert.True(workbook.IsModified);
            workbook.Save();
            Assert.False(workbook.IsModified);
        }

        using var reopened = ExcelWorkbook.Open(_path);
        var products = reopened.GetSheet("Products");
        Assert.Equal(ExcelValue.FromNumber(10.25), products.GetCell("B2").Value);
        Assert.Equal(ExcelValue.FromText("Sprocket"), products.GetCell("A2").Value);
        Assert.Equal(ExcelValue.FromBoolean(false), products.GetCell("D2").Value);
        Assert.Equal(ExcelValueKind.Date, products.GetCell("G2").Value.Kind);
        Assert.Equal(when, products.GetCell("G2").Value.Date);
        Assert.Equal("mm-dd-yy", products.GetCell("G2").NumberFormat);
        Assert.Equal(new DateTime(2024, 2, 29, 18, 30, 0), products.GetCell("H2").Value.Date);
        Assert.Equal("m/d/yy h:mm", products.GetCell("H2").NumberFormat);
        Assert.Equal(ExcelValue.FromError("#N/A"), products.GetCell("I2").Value);
        Assert.Equal(" padded ", products.GetCell("J2").Value.Text);
    }

    [Fact]
    public void A_date_written_in_a_1904_workbook_uses_its_date_system()
    {
        var path = WorkbookFixtures.Shop(_folder.Path, "Mac.xlsx", date1904: true);
        using (var workbook = ExcelWorkbook.Open(path))
        {
            workbook.GetSheet("Products").GetCell("G2").SetValue(new DateTime(1904, 1, 2));
            workbook.Save();
        }

        using var reopened = ExcelWorkbook.Open(path);
        var value = reopened.GetSheet("Products").GetCell("G2").Value;
        Assert.Equal(1, value.Number);
        Assert.Equal(new DateTime(1904, 1, 2), value.Date);
    }

    [Fact]
    public void A_date_keeps_the_cells_existing_date_format()
    {
        using var workbook = ExcelWorkbook.Open(_path);
        var cell = workbook.GetSheet("Products").GetCell("C3");
        cell.SetValue(new DateTime(2020, 1, 1));
        Assert.Equal("yyyy-mm-dd hh:mm", cell.NumberFormat);
        Assert.Equal(new DateTime(2020, 1, 1), cell.Value.Date);
    }

    [Fact]
    public void Text_values_reuse_existing_shared_strings()
    {
        using (var workbook = ExcelWorkbook.Open(_path))
        {
            workbook.GetSheet("Products").GetCell("A3").SetValue("Widget");
            workbook.GetSheet("Products").GetCell("A9").SetValue("Brand new");
            workbook.GetSheet("Products").GetCell("A10").SetValue("Brand new");
            workbook.Save();
        }

        var table = PackageParts.Text(_path, "xl/sharedStrings.xml");
        Assert.Equal(1, Occurrences(table, ">Widget<"));
        Assert.Equal(1, Occurrences(table, ">Brand new<"));
        using var reopened = ExcelWorkbook.Open(_path);
        Assert.Equal("Widget", reopened.GetSheet("Products").GetCell("A3").Value.Text);
        Assert.Equal("Brand new", reopened.GetSheet("Products").GetCell("A10").Value.Text);
    }

    [Fact]
    public void A_formula_is_written_without_cached_value_and_asks_for_recalculation()
    {
        using (var workbook = ExcelWorkbook.Open(_path))
        {
            var cell = workbook.GetSheet("Products").GetCell("E4");
            cell.SetFormula("=SUM(B2:B3)");
            Assert.Equal("SUM(B2:B3)", cell.Formula);
            Assert.True(cell.Value.IsEmpty);
            workbook.Save();
        }

        Assert.Contains("fullCalcOnLoad=\"1\"", PackageParts.Text(_path, "xl/workbook.xml"), StringComparison.Ordinal);
        using var reopened = ExcelWorkbook.Open(_path);
        Assert.Equal("SUM(B2:B3)", reopened.GetSheet("Products").GetCell("E4").Formula);
    }

    [Fact]
    public void Replacing_a_formula_by_a_value_drops_the_calculation_chain()
    {
        using (var workbook = ExcelWorkbook.Open(_path))
        {
            var cell = workbook.GetSheet("Products").GetCell("E2");
            cell.SetValue(42);
            Assert.False(cell.HasFormula);
            workbook.Save();
        }

        Assert.DoesNotContain("xl/calcChain.xml", PackageParts.Read(_path).Keys);
        using var reopened = ExcelWorkbook.Open(_path);
        Assert.Equal(42, reopened.GetSheet("Products").GetCell("E2").Value.Number);
    }

    [Fact]
    public void Overwriting_the_master_of_a_shared_formula_gives_the_other_cells_their_own_formula()
    {
        using var workbook = ExcelWorkbook.Open(_path);
        var sheet = workbook.GetSheet("Products");
        sheet.GetCell("C4").SetValue(1);
        Assert.Null(sheet.GetCell("C4").Formula);
        Assert.Equal("B3+1", sheet.GetCell("C5").Formula);
    }

    [Fact]
    public void Clear_removes_value_and_formula_but_keeps_the_style()
    {
        using var workbook = ExcelWorkbook.Open(_path);
        var header = workbook.GetSheet("Products").GetCell("A1");
        header.Clear();
        Assert.True(header.Value.IsEmpty);
        Assert.True(header.Exists);
        Assert.True(header.Style.Bold);
        var total = workbook.GetSheet("Products").GetCell("E2");
        total.SetValue(ExcelValue.Empty);
        Assert.False(total.HasFormula);
    }

    [Fact]
    public void Add_sheet_appends_an_empty_sheet_that_survives_a_save()
    {
        using (var workbook = ExcelWorkbook.Open(_path))
        {
            var sheet = workbook.AddSheet("Orders 2024");
            Assert.Equal(2, sheet.Index);
            Assert.Empty(sheet.Rows);
            sheet.GetCell("A1").SetValue("Order");
            workbook.Save();
        }

        using var reopened = ExcelWorkbook.Open(_path);
        Assert.Equal(["Products", "Notes", "Orders 2024"], reopened.Sheets.Select(s => s.Name));
        Assert.Equal("Order", reopened.GetSheet("Orders 2024").GetCell("A1").Value.Text);
        Assert.Contains("definedName name=\"Prices\"", PackageParts.Text(_path, "xl/workbook.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Add_row_appends_after_the_last_row_with_values_from_column_A()
    {
        using var workbook = ExcelWorkbook.Open(_path);
        var sheet = workbook.GetSheet("Products");
        var row = sheet.AddRow([ExcelValue.FromText("Bolt"), ExcelValue.Empty, ExcelValue.FromNumber(0.2)]);
        Assert.Equal(11, row.Index);
        Assert.Equal(["A11", "C11"], row.Cells.Select(c => c.Reference));
        Assert.Equal(0.2, sheet.GetCell("C11").Value.Number);
        Assert.Equal(11, sheet.LastRowIndex);
    }

    [Fact]
    public void Add_cell_creates_missing_rows_and_cells_in_document_order()
    {
        using (var workbook = ExcelWorkbook.Open(_path))
        {
            var sheet = workbook.GetSheet("Products");
            sheet.GetRow(8).AddCell(3, ExcelValue.FromNumber(8.3));
            sheet.GetRow(8).AddCell(1, ExcelValue.FromNumber(8.1));
            sheet.GetRow(2).AddCell(26, ExcelValue.FromText("Z"));
            workbook.Save();
        }

        using var reopened = ExcelWorkbook.Open(_path);
        var products = reopened.GetSheet("Products");
        Assert.Equal([1, 2, 3, 4, 5, 6, 8, 10], products.Rows.Select(r => r.Index));
        Assert.Equal(["A8", "C8"], products.GetRow(8).Cells.Select(c => c.Reference));
        Assert.Equal("Z", products.GetRow(2).Cells[^1].Value.Text);
        Assert.Contains("<x:dimension ref=\"A1:Z10\"", PackageParts.Text(_path, "xl/worksheets/sheet1.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Styles_apply_on_top_of_the_current_one_and_identical_styles_are_reused()
    {
        using var workbook = ExcelWorkbook.Open(_path);
        var sheet = workbook.GetSheet("Products");
        var style = new ExcelCellStyle { Bold = true, FillColor = "#ffcc00", NumberFormat = "0.000" };
        sheet.GetCell("B2").ApplyStyle(style);
        sheet.GetCell("B3").ApplyStyle(style);
        sheet.GetCell("A2").ApplyStyle(new ExcelCellStyle { Bold = true });

        Assert.Equal(new ExcelCellStyle { Bold = true, FillColor = "FFCC00", NumberFormat = "0.000" }, sheet.GetCell("B2").Style);
        Assert.Equal(9.5, sheet.GetCell("B2").Value.Number);
        workbook.Save();

        var styles = PackageParts.Text(workbook.FilePath, "xl/styles.xml");
        Assert.Equal(1, Occurrences(styles, "formatCode=\"0.000\""));
        Assert.Equal(1, Occurrences(styles, "rgb=\"FFFFCC00\""));
        Assert.Equal(1, Occurrences(styles, "<x:b />")); // the existing bold font is reused
        var sheetXml = PackageParts.Text(workbook.FilePath, "xl/worksheets/sheet1.xml");
        Assert.Equal(2, Occurrences(sheetXml, "s=\"5\""));
        Assert.Contains("r=\"A2\" s=\"3\"", sheetXml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_style_that_changes_nothing_adds_nothing()
    {
        using var workbook = ExcelWorkbook.Open(_path);
        workbook.GetSheet("Products").GetCell("A1").ApplyStyle(new ExcelCellStyle { Bold = true });
        Assert.False(workbook.IsModified); // the cell is bold already: not an edit
        workbook.Save();
        Assert.DoesNotContain("cellXfs count=\"6\"", PackageParts.Text(_path, "xl/styles.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_cells_adds_a_range_in_the_right_place()
    {
        using (var workbook = ExcelWorkbook.Open(_path))
        {
            var sheet = workbook.GetSheet("Products");
            sheet.MergeCells(sheet.GetCell("D8"), sheet.GetCell("C9"));
            workbook.Save();
        }

        using var reopened = ExcelWorkbook.Open(_path);
        Assert.Equal(["A7:B7", "C8:D9"], reopened.GetSheet("Products").MergedRanges);
        var notes = reopened.GetSheet("Notes");
        notes.MergeCells("A1:B1");
        reopened.Save();
        var xml = PackageParts.Text(_path, "xl/worksheets/sheet2.xml");
        Assert.True(xml.IndexOf("mergeCells", StringComparison.Ordinal) > xml.IndexOf("sheetData", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_writes_a_new_workbook_with_one_sheet_at_once()
    {
        var path = _folder.File("New.xlsx");
        using (var workbook = ExcelWorkbook.Create(path))
        {
            Assert.True(File.Exists(path));
            Assert.Equal(["Sheet1"], workbook.Sheets.Select(s => s.Name));
            workbook.GetSheet(0).GetCell("A1").SetValue("Hello");
            workbook.GetSheet(0).GetCell("A2").ApplyStyle(new ExcelCellStyle { FillColor = "00FF00" });
            workbook.Save();
        }

        using var reopened = ExcelWorkbook.Open(path);
        Assert.Equal("Hello", reopened.GetSheet("Sheet1").GetCell("A1").Value.Text);
        Assert.Equal("00FF00", reopened.GetSheet("Sheet1").GetCell("A2").Style.FillColor);
    }

    [Fact]
    public void Handles_stay_valid_across_saves()
    {
        using var workbook = ExcelWorkbook.Open(_path);
        var sheet = workbook.GetSheet("Products");
        var cell = sheet.GetCell("B2");
        cell.SetValue(1);
        workbook.Save();
        cell.SetValue(2);
        workbook.Save();
        Assert.Same(sheet, workbook.GetSheet("Products"));
        Assert.Equal(2, cell.Value.Number);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
