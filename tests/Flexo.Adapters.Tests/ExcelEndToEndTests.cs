using Flexo.Adapters.Excel;
using Flexo.Adapters.Tests.Workbooks;
using Flexo.Execution;

namespace Flexo.Adapters.Tests;

public sealed class ExcelEndToEndTests
{
    private const string Stock = """
        use org.openflexo.technologyadapter.excel.BasicExcelModelSlot as XLS;

        model Stock {
            ExcelWorkbook book with XLS::BasicExcelModelSlot();
            ExcelSheet products with ExcelSheetRole();
            ExcelRow best with ExcelRowRole();
            ExcelCell corner with ExcelCellRole();

            create(String path) {
                connect book using parameters.path;
                products = book.getExcelSheetByName("Products");
            }

            public double totalQty() {
                double sum = 0;
                for (ExcelRow row : select ExcelRow with SelectExcelRow(excelSheet=products) from book where (selected.rowIndex > 0)) {
                    sum = sum + row.getDouble("qty");
                }
                return sum;
            }

            public String firstAtLeast(double minimum) {
                ExcelRow found = select unique ExcelRow with SelectUniqueExcelRow(excelSheet=products, skipHeader=true) from book where (selected.getDouble("qty") >= parameters.minimum);
                best = found;
                corner = found.cell("A");
                return found.getString("name");
            }

            public String bestName() { return best.getString("name"); }
            public String cornerText() { return corner.identifier + "=" + corner.cellValueAsString; }
            public String describe(String reference) {
                ExcelCell c = products.getCell(parameters.reference);
                return c.cellType + ":" + c.displayValue;
            }
            public Object valueAt(int row, int column) { return products.getCellAt(parameters.row, parameters.column).cellValue; }
            public String formulaOf(String reference) { return products.cell(parameters.reference).formula; }
            public boolean sameRow() { return products.getRowAt(3) == select unique ExcelRow with SelectUniqueExcelRow(excelSheet=products) from book where (selected.getString("sku") == "W-3"); }
            public List<String> header() { return products.header; }
            public int sheetCount() { return (select ExcelSheet from book).size(); }
            public double missingColumn() { return products.getRowAt(1).getDouble("weight"); }
            public double textAsNumber() { return products.getRowAt(1).getDouble("name"); }
            public int missingSheet() { return book.getExcelSheetByName("Orders").rowCount; }

            public ExcelRow addProduct(String sku, String name, int qty) {
                return XLS::AddExcelRow(excelSheet=products, values=List.of(parameters.sku, parameters.name, parameters.qty)) in book;
            }

            public void writeSummary() {
                ExcelSheet summary = XLS::AddExcelSheet(sheetName="Summary", reuse=true) in book;
                ExcelRow title = XLS::AddExcelRow(excelSheet=summary, rowIndex=0, values=List.of("Stock summary")) in book;
                XLS::AddExcelCell(sheet=summary, rowIndex=1, column="A", value="Total") in book;
                XLS::AddExcelCell(sheet=summary, rowIndex=1, columnIndex=1, formula="SUM(Products!C2:C100)") in book;
                XLS::AddExcelCell(row=title, columnIndex=3, value=true) in book;
                XLS::CellStyleAction(subject=title, bold=true, fillColor="FFCC00") in book;
                XLS::MergeCells(startCell=summary.getCell("A1"), endCell=summary.getCell("C1")) in book;
            }

            public void rename(int rowIndex, String name) { products.getRowAt(parameters.rowIndex).set("name", parameters.name); }
            public boolean save() { return book.save(); }

            public ExcelWorkbook create(String name) { return XLS::CreateExcelResource(resourceName=parameters.name) in book; }
        }
        """;

    /// <summary>The example of docs/adapters.md, "The Excel vocabulary", as printed there.</summary>
    private const string DocumentedStock = """
        use org.openflexo.technologyadapter.excel.BasicExcelModelSlot as XLS;

        model Stock {
            ExcelWorkbook book with XLS::BasicExcelModelSlot();
            ExcelSheet products with ExcelSheetRole();
            ExcelRow best with ExcelRowRole();

            create(String path) { connect book using parameters.path; products = book.sheet("Products"); }

            public double total() {
                double sum = 0;
                for (ExcelRow r : select ExcelRow with SelectExcelRow(excelSheet=products, skipHeader=true) from book) {
                    sum = sum + r.getDouble("qty");                   // the column headed "qty" in row 1
                }
                return sum;
            }
            public ExcelRow add(String sku, String name, int qty) {
                return XLS::AddExcelRow(excelSheet=products, values=List.of(parameters.sku, parameters.name, parameters.qty)) in book;
            }
            public boolean summary() {
                ExcelSheet s = XLS::AddExcelSheet(sheetName="Summary", reuse=true) in book;
                ExcelCell c = XLS::AddExcelCell(sheet=s, rowIndex=0, column="B", formula="SUM(Products!C:C)") in book;
                XLS::CellStyleAction(subject=c, bold=true, fillColor="FFCC00", numberFormat="0.00") in book;
                return book.save();                                   // false: nothing changed, the file was not touched
            }
        }
        """;

    [Fact]
    public void The_documented_example_checks_and_runs()
    {
        using var temp = new TempFolder();
        var path = StockWorkbook.Write(temp.Path);
        using var host = Hosts.OpenClean(temp.Path, DocumentedStock);
        var stock = host.CreateModelInstance("Stock", "main", ["stock.xlsx"]);
        Assert.Equal(57.0, host.Call(stock, "total"));
        Assert.Equal(true, host.Call(stock, "summary"));
        Assert.Equal(false, host.Call(stock, "summary"));
        host.Call(stock, "add", ["S-4", "Screw", 7]);
        Assert.Equal(64.0, host.Call(stock, "total"));
        using var workbook = ExcelWorkbook.Open(path);
        Assert.Equal("SUM(Products!C:C)", workbook.GetSheet("Summary").GetCell("B1").Formula);
        Assert.Equal("0.00", workbook.GetSheet("Summary").GetCell("B1").NumberFormat);
    }

    [Fact]
    public void Rows_cells_and_typed_values_are_read_through_the_adapter()
    {
        using var temp = new TempFolder();
        var path = StockWorkbook.Write(temp.Path);
        using var host = Hosts.OpenClean(temp.Path, Stock);
        var stock = host.CreateModelInstance("Stock", "main", [path]);
        Assert.Equal(57.0, host.Call(stock, "totalQty"));
        Assert.Equal("Nut; small", host.Call(stock, "firstAtLeast", [10]));
        Assert.Equal("A3=N-2", host.Call(stock, "cornerText"));
        Assert.Equal("Numeric:0.25", host.Call(stock, "describe", ["D2"]));
        Assert.Equal("Boolean:false", host.Call(stock, "describe", ["E3"]));
        Assert.Equal("Numeric:2022-11-30", host.Call(stock, "describe", ["F4"]));
        Assert.Equal("NumericFormula:2", host.Call(stock, "describe", ["G4"]));
        Assert.Equal("Empty:", host.Call(stock, "describe", ["Z99"]));
        Assert.Equal("C3*D3", host.Call(stock, "formulaOf", ["G3"]));
        Assert.Equal(new DateTime(2024, 1, 15, 0, 0, 0, DateTimeKind.Utc), host.Call(stock, "valueAt", [1, 5]));
        Assert.Equal("Washer", host.Call(stock, "valueAt", [3, 1]));
        Assert.Equal(true, host.Call(stock, "valueAt", [1, 4]));
        Assert.Equal(true, host.Call(stock, "sameRow"));
        Assert.Equal(new List<object?> { "sku", "name", "qty", "price", "active", "since", "value" }, host.Call(stock, "header"));
        Assert.Equal(2, host.Call(stock, "sheetCount"));
    }

    [Theory]
    [InlineData("missingColumn", "no column headed \"weight\"")]
    [InlineData("textAsNumber", "stock.xlsx['Products'!B2] holds the text \"Bolt\", not a number")]
    [InlineData("missingSheet", "FML7055")]
    public void User_mistakes_are_run_time_errors_that_say_where(string behaviour, string expected)
    {
        using var temp = new TempFolder();
        var path = StockWorkbook.Write(temp.Path);
        using var host = Hosts.OpenClean(temp.Path, Stock);
        var stock = host.CreateModelInstance("Stock", "main", [path]);
        var error = Assert.Throws<FmlExecutionException>(() => host.Call(stock, behaviour));
        Assert.Equal("FML5001", error.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Edition_actions_write_back_through_the_document_layer()
    {
        using var temp = new TempFolder();
        var path = StockWorkbook.Write(temp.Path);
        using (var host = Hosts.OpenClean(temp.Path, Stock))
        {
            var stock = host.CreateModelInstance("Stock", "main", [path]);
            host.Call(stock, "addProduct", ["S-4", "Screw", 7]);
            host.Call(stock, "rename", [3, "Ring"]);
            host.Call(stock, "writeSummary");
            Assert.Equal(true, host.Call(stock, "save"));
        }

        using var workbook = ExcelWorkbook.Open(path);
        var products = workbook.GetSheet("Products");
        Assert.Equal("Screw", products.GetCell("B5").Value.Text);
        Assert.Equal(7.0, products.GetCell("C5").Value.Number);
        Assert.Equal("Ring", products.GetCell("B4").Value.Text);
        Assert.Equal("C2*D2", products.GetCell("G2").Formula);
        Assert.Equal("Stock taken by hand on Mondays.", workbook.GetSheet("Notes").GetCell("A1").Value.Text);
        var summary = workbook.GetSheet("Summary");
        Assert.Equal("Stock summary", summary.GetCell("A1").Value.Text);
        Assert.True(summary.GetCell("A1").Style.Bold);
        Assert.Equal("FFCC00", summary.GetCell("A1").Style.FillColor);
        Assert.True(summary.GetCell("D1").Value.Boolean);
        Assert.Equal("Total", summary.GetCell("A2").Value.Text);
        Assert.Equal("SUM(Products!C2:C100)", summary.GetCell("B2").Formula);
        Assert.Equal(["A1:C1"], summary.MergedRanges);
    }

    [Fact]
    public void Doing_the_same_edits_again_leaves_the_file_untouched()
    {
        using var temp = new TempFolder();
        var path = StockWorkbook.Write(temp.Path);
        using (var host = Hosts.OpenClean(temp.Path, Stock))
        {
            var stock = host.CreateModelInstance("Stock", "main", [path]);
            host.Call(stock, "writeSummary");
            host.Call(stock, "rename", [1, "Bolt M6"]);
            host.Call(stock, "save");
        }

        var bytes = File.ReadAllBytes(path);
        var stamp = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);
        using (var host = Hosts.OpenClean(temp.Path, Stock))
        {
            var stock = host.CreateModelInstance("Stock", "main", [path]);
            host.Call(stock, "writeSummary");
            host.Call(stock, "rename", [1, "Bolt M6"]);
            Assert.Equal(false, host.Call(stock, "save"));
            host.SaveResources();
        }

        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Reading_only_never_rewrites_the_workbook()
    {
        using var temp = new TempFolder();
        var path = StockWorkbook.Write(temp.Path);
        var bytes = File.ReadAllBytes(path);
        using var host = Hosts.OpenClean(temp.Path, Stock);
        var stock = host.CreateModelInstance("Stock", "main", [path]);
        Assert.Equal(57.0, host.Call(stock, "totalQty"));
        Assert.Equal(false, host.Call(stock, "save"));
        host.SaveResources();
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Roles_are_saved_as_identities_and_resolved_lazily_after_loading()
    {
        using var temp = new TempFolder();
        var path = StockWorkbook.Write(temp.Path);
        string saved;
        using (var host = Hosts.OpenClean(temp.Path, Stock))
        {
            var stock = host.CreateModelInstance("Stock", "main", [path]);
            Assert.Equal("Nut; small", host.Call(stock, "firstAtLeast", [10]));
            saved = host.Save(stock, temp.Combine("instances"));
        }

        var xml = File.ReadAllText(Path.Combine(saved, "main.fml.rt.xml"));
        Assert.Contains("stock.xlsx#sheet=Products&amp;row=3\"", xml, StringComparison.Ordinal);
        Assert.Contains("stock.xlsx#sheet=Products&amp;cell=A3\"", xml, StringComparison.Ordinal);
        Assert.Contains("stock.xlsx#sheet=Products\"", xml, StringComparison.Ordinal);

        using var again = Hosts.OpenClean(temp.Path, Stock);
        var (loaded, _) = again.Load(saved);
        Assert.Empty(again.Adapters.Runtime("excel")!.Resources.Open);
        Assert.Equal("Nut; small", again.Call(loaded, "bestName"));
        Assert.Single(again.Adapters.Runtime("excel")!.Resources.Open);
        Assert.Equal("A3=N-2", again.Call(loaded, "cornerText"));
        Assert.Equal(57.0, again.Call(loaded, "totalQty"));
        var resaved = again.Save(loaded, temp.Combine("instances"));
        Assert.Equal(xml, File.ReadAllText(Path.Combine(resaved, "main.fml.rt.xml")));
    }

    [Fact]
    public void CreateExcelResource_makes_a_new_workbook_and_never_overwrites_one()
    {
        using var temp = new TempFolder();
        var path = StockWorkbook.Write(temp.Path);
        using var host = Hosts.OpenClean(temp.Path, Stock);
        var stock = host.CreateModelInstance("Stock", "main", [path]);
        var created = Assert.IsType<ExcelWorkbook>(host.Call(stock, "create", ["report"]));
        Assert.Equal(temp.Combine("report.xlsx"), created.FilePath);
        Assert.True(File.Exists(created.FilePath));
        var error = Assert.Throws<FmlExecutionException>(() => host.Call(stock, "create", ["stock"]));
        Assert.Contains("FML7063", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_checker_knows_the_vocabulary()
    {
        using var temp = new TempFolder();
        using var host = Hosts.Open(temp.Path, """
            use org.openflexo.technologyadapter.excel.BasicExcelModelSlot as XLS;
            model M {
                ExcelWorkbook book with XLS::BasicExcelModelSlot();
                public double f() { return book.getExcelSheetByName("S").getRowAt(0).nope; }
                public void g() { XLS::AddExcelRow(excelSheet=book.sheet("S"), colour="red") in book; }
                public void h() { XLS::AddExcelSheet() in book; }
            }
            """);
        var codes = Hosts.Codes(host);
        Assert.Contains("FML2003", codes);
        Assert.Contains("FML2026", codes);
        Assert.Contains("FML2035", codes);
        Assert.DoesNotContain("FML2029", codes);
    }

    [Fact]
    public void The_semantic_excel_slot_stays_a_warning_not_an_error()
    {
        using var temp = new TempFolder();
        using var host = Hosts.Open(temp.Path, """
            use org.openflexo.technologyadapter.excel.SemanticsExcelModelSlot as SE;
            model M {
                public int f() { return 1; }
            }
            """);
        Assert.DoesNotContain(Hosts.Diagnostics(host), d => d.IsError);
        var warning = Assert.Single(Hosts.Diagnostics(host), d => d.Code == "FML2029");
        Assert.Contains("SemanticsExcelModelSlot", warning.Message, StringComparison.Ordinal);
    }
}
