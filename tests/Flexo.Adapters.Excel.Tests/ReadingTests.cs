using Flexo.Adapters.Excel.Tests.Fixtures;

namespace Flexo.Adapters.Excel.Tests;

public sealed class ReadingTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ExcelWorkbook _workbook;
    private readonly ExcelSheet _products;

    public ReadingTests()
    {
        _workbook = ExcelWorkbook.Open(WorkbookFixtures.Shop(_folder.Path));
        _products = _workbook.GetSheet("Products");
    }

    public void Dispose()
    {
        _workbook.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Sheets_are_listed_in_order_and_found_by_name_ignoring_case_and_by_index()
    {
        Assert.Equal(["Products", "Notes"], _workbook.Sheets.Select(s => s.Name));
        Assert.Same(_products, _workbook.GetSheet("PRODUCTS"));
        Assert.Same(_workbook.Sheets[1], _workbook.GetSheet(1));
        Assert.Equal(1, _workbook.GetSheet("Notes").Index);
        Assert.False(_workbook.TryGetSheet("Missing", out _));
    }

    [Fact]
    public void Shared_strings_are_read_and_rich_text_runs_are_joined_without_phonetic_runs()
    {
        Assert.Equal(ExcelValue.FromText("Name"), _products.GetCell("A1").Value);
        Assert.Equal(ExcelValue.FromText("Widget"), _products.GetCell("A2").Value);
        Assert.Equal("Rich text", _products.GetCell("B4").Value.Text);
    }

    [Fact]
    public void Inline_strings_are_read()
    {
        Assert.Equal(ExcelValue.FromText("Gadget"), _products.GetCell("A3").Value);
        Assert.Equal("Remember the milk", _workbook.GetSheet("Notes").GetCell("A1").Value.Text);
    }

    [Fact]
    public void Numbers_and_booleans_are_typed()
    {
        var price = _products.GetCell("B2").Value;
        Assert.Equal(ExcelValueKind.Number, price.Kind);
        Assert.Equal(9.5, price.Number);
        Assert.Equal(ExcelValue.FromBoolean(true), _products.GetCell("D2").Value);
        Assert.Equal(ExcelValue.FromBoolean(false), _products.GetCell("D3").Value);
        Assert.True(_products.GetCell("D2").Value.Boolean);
    }

    [Fact]
    public void Numbers_with_a_built_in_date_format_are_dates()
    {
        var added = _products.GetCell("C2").Value;
        Assert.Equal(ExcelValueKind.Date, added.Kind);
        Assert.Equal(new DateTime(2023, 3, 15), added.Date);
        Assert.Equal(45000, added.Number);
        Assert.Equal("mm-dd-yy", _products.GetCell("C2").NumberFormat);
    }

    [Fact]
    public void Numbers_with_a_custom_date_format_are_dates_with_their_time()
    {
        var added = _products.GetCell("C3").Value;
        Assert.Equal(ExcelValueKind.Date, added.Kind);
        Assert.Equal(new DateTime(2023, 3, 15, 12, 0, 0), added.Date);
        Assert.Equal("yyyy-mm-dd hh:mm", _products.GetCell("C3").NumberFormat);
    }

    [Fact]
    public void Dates_follow_the_1904_date_system_when_the_workbook_uses_it()
    {
        using var workbook = ExcelWorkbook.Open(WorkbookFixtures.Shop(_folder.Path, "Mac.xlsx", date1904: true));
        Assert.True(workbook.Date1904);
        Assert.Equal(new DateTime(2027, 3, 16), workbook.GetSheet("Products").GetCell("C2").Value.Date);
    }

    [Fact]
    public void Formulas_are_read_with_their_cached_values_of_every_type()
    {
        var total = _products.GetCell("E2");
        Assert.True(total.HasFormula);
        Assert.Equal("B2*2", total.Formula);
        Assert.Equal(ExcelValue.FromNumber(19), total.Value);

        Assert.Equal(ExcelValue.FromError("#DIV/0!"), _products.GetCell("E3").Value);
        Assert.Equal(ExcelValue.FromText("WidgetGadget"), _products.GetCell("A4").Value);
        Assert.Equal("A2&A3", _products.GetCell("A4").Formula);
    }

    [Fact]
    public void Error_values_are_typed_errors()
    {
        var value = _products.GetCell("D4").Value;
        Assert.Equal(ExcelValueKind.Error, value.Kind);
        Assert.Equal("#N/A", value.Text);
    }

    [Fact]
    public void A_cell_sharing_a_formula_gets_the_masters_formula_moved_to_its_position()
    {
        Assert.Equal("B2+1", _products.GetCell("C4").Formula);
        Assert.Equal("B3+1", _products.GetCell("C5").Formula);
        Assert.Equal(13, _products.GetCell("C5").Value.Number);
    }

    [Fact]
    public void Missing_cells_and_style_only_cells_are_empty()
    {
        Assert.True(_products.GetCell("Z99").Value.IsEmpty);
        Assert.False(_products.GetCell("Z99").Exists);
        Assert.True(_products.GetCell("D5").Exists);
        Assert.True(_products.GetCell("D5").Value.IsEmpty);
        Assert.Null(_products.GetCell("D5").Formula);
    }

    [Fact]
    public void Rows_are_sparse_and_list_only_their_present_cells()
    {
        Assert.Equal([1, 2, 3, 4, 5, 6, 10], _products.Rows.Select(r => r.Index));
        Assert.Equal(10, _products.LastRowIndex);
        Assert.Equal([6], _products.GetRow(10).Cells.Select(c => c.ColumnIndex));
        Assert.Empty(_products.GetRow(6).Cells);
        Assert.True(_products.GetRow(6).Exists);
        Assert.False(_products.GetRow(7).Exists);
        Assert.Equal("far", _products.GetRow(10).GetCell("F").Value.Text);
    }

    [Fact]
    public void Columns_list_their_present_cells_top_to_bottom()
    {
        var column = _products.GetColumn("C");
        Assert.Equal(3, column.Index);
        Assert.Equal(["C1", "C2", "C3", "C4", "C5"], column.Cells.Select(c => c.Reference));
        Assert.Equal("Added", column.GetCell(1).Value.Text);
    }

    [Fact]
    public void Cells_are_reached_by_A1_reference_or_by_indexes_alike()
    {
        Assert.Equal(_products.GetCell("B3").Value, _products.GetCell(3, 2).Value);
        Assert.Equal(_products.GetCell("b3").Identity, _products.GetCell(3, 2).Identity);
    }

    [Fact]
    public void Merged_ranges_and_cell_styles_are_read()
    {
        Assert.Equal(["A7:B7"], _products.MergedRanges);
        Assert.True(_products.GetCell("A1").Style.Bold);
        Assert.False(_products.GetCell("A2").Style.Bold);
        Assert.Null(_products.GetCell("A2").Style.FillColor);
    }

    [Fact]
    public void Reading_never_marks_the_workbook_modified()
    {
        _ = _products.Rows.SelectMany(r => r.Cells).Select(c => (c.Value, c.Formula, c.Style)).ToList();
        Assert.False(_workbook.IsModified);
    }

    [Fact]
    public void Value_text_forms_are_invariant()
    {
        Assert.Equal("9.5", _products.GetCell("B2").Value.ToString());
        Assert.Equal("TRUE", _products.GetCell("D2").Value.ToString());
        Assert.Equal("2023-03-15", _products.GetCell("C2").Value.ToString());
        Assert.Equal("2023-03-15T12:00:00", _products.GetCell("C3").Value.ToString());
        Assert.Equal(string.Empty, ExcelValue.Empty.ToString());
    }
}
