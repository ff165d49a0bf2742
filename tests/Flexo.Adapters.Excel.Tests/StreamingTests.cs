using Flexo.Adapters.Excel.Tests.Fixtures;

namespace Flexo.Adapters.Excel.Tests;

public sealed class StreamingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_cell_of_a_100000_row_sheet_is_read_with_its_type()
    {
        const int Rows = 100_000;
        var path = WorkbookFixtures.Large(_folder.Path, Rows);

        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        using var reader = ExcelSheetReader.Open(path, "Big");
        long rows = 0, cells = 0, odd = 0, trues = 0;
        double sum = 0, formulas = 0;
        var previous = 0;
        while (reader.ReadRow())
        {
            rows++;
            Assert.Equal(previous + 1, reader.RowIndex);
            previous = reader.RowIndex;
            var row = reader.Cells;
            Assert.Equal([1, 2, 3, 4, 5, 6], row.Select(c => c.Column));
            cells += row.Count;
            sum += row[0].Value.Number;
            odd += row[1].Value.Text == "odd" ? 1 : 0;
            Assert.Equal("row " + reader.RowIndex, row[2].Value.Text);
            Assert.Equal(ExcelValueKind.Date, row[3].Value.Kind);
            trues += row[4].Value.Boolean ? 1 : 0;
            Assert.Equal("A" + reader.RowIndex + "*2", row[5].Formula);
            formulas += row[5].Value.Number;
            if (rows % 25_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        // A DOM of this sheet would hold several hundred megabytes; the streaming path holds one row at a time.
        Assert.InRange(peak, long.MinValue, 100_000_000);

        Assert.Equal(Rows, rows);
        Assert.Equal(Rows * 6L, cells);
        Assert.Equal(Rows * (Rows + 1L) / 2, sum);
        Assert.Equal(Rows / 2, odd);
        Assert.Equal(Rows / 3, trues);
        Assert.Equal(2 * sum, formulas);
        Assert.False(reader.ReadRow());
        Assert.Empty(reader.Cells);
    }

    [Fact]
    public void The_last_row_of_a_large_sheet_holds_its_expected_date()
    {
        var path = WorkbookFixtures.Large(_folder.Path, 2_000);
        using var reader = ExcelSheetReader.Open(path, 0);
        ExcelStreamCell last = default;
        while (reader.ReadRow())
        {
            last = reader.Cells[3];
        }

        Assert.Equal("Big", reader.SheetName);
        Assert.Equal(new DateTime(2009, 7, 6), last.Value.Date);
    }

    [Fact]
    public void Streaming_types_values_exactly_as_the_workbook_does()
    {
        var path = WorkbookFixtures.Shop(_folder.Path);
        using var workbook = ExcelWorkbook.Open(path);
        var sheet = workbook.GetSheet("Products");
        using var reader = ExcelSheetReader.Open(path, "products");
        var rows = new List<int>();
        var compared = 0;
        while (reader.ReadRow())
        {
            rows.Add(reader.RowIndex);
            foreach (var cell in reader.Cells)
            {
                var expected = sheet.GetCell(reader.RowIndex, cell.Column);
                Assert.Equal(expected.Value, cell.Value);
                if (!string.IsNullOrEmpty(cell.Formula))
                {
                    Assert.Equal(expected.Formula, cell.Formula);
                }

                compared++;
            }
        }

        Assert.Equal([1, 2, 3, 4, 5, 6, 10], rows);
        Assert.Equal(sheet.Rows.Sum(r => r.Cells.Count), compared);
    }

    [Fact]
    public void Streaming_reads_dates_of_a_1904_workbook()
    {
        var path = WorkbookFixtures.Shop(_folder.Path, date1904: true);
        using var reader = ExcelSheetReader.Open(path, "Products");
        Assert.True(reader.ReadRow());
        Assert.True(reader.ReadRow());
        Assert.True(reader.Date1904);
        Assert.Equal(new DateTime(2027, 3, 16), reader.Cells.Single(c => c.Column == 3).Value.Date);
    }

    [Fact]
    public void Streaming_a_file_leaves_it_untouched()
    {
        var path = WorkbookFixtures.Shop(_folder.Path);
        var bytes = File.ReadAllBytes(path);
        using (var reader = ExcelSheetReader.Open(path, "Notes"))
        {
            while (reader.ReadRow())
            {
            }
        }

        Assert.Equal(bytes, File.ReadAllBytes(path));
    }
}
