namespace Flexo.Adapters.Excel.Tests;

public sealed class ValueRulesTests
{
    [Theory]
    [InlineData("A1", 1, 1)]
    [InlineData("z9", 9, 26)]
    [InlineData("AA10", 10, 27)]
    [InlineData("XFD1048576", 1_048_576, 16_384)]
    public void A1_references_convert_both_ways(string text, int row, int column)
    {
        Assert.True(ExcelCellAddress.TryParse(text, out var address));
        Assert.Equal(new ExcelCellAddress(row, column), address);
        Assert.Equal(text.ToUpperInvariant(), address.ToString());
    }

    [Fact]
    public void Column_names_convert_both_ways_over_the_whole_range()
    {
        for (var column = 1; column <= ExcelCellAddress.MaxColumn; column++)
        {
            var name = ExcelCellAddress.ToColumnName(column);
            Assert.True(ExcelCellAddress.TryParseColumnName(name, out var back));
            Assert.Equal(column, back);
        }
    }

    [Theory]
    [InlineData(1, 1900, 1, 1)]
    [InlineData(59, 1900, 2, 28)]
    [InlineData(61, 1900, 3, 1)]
    [InlineData(45000, 2023, 3, 15)]
    [InlineData(2958465, 9999, 12, 31)]
    public void Serials_of_the_1900_system_map_to_dates(double serial, int year, int month, int day)
    {
        Assert.True(DateSerial.TryToDate(serial, date1904: false, out var date));
        Assert.Equal(new DateTime(year, month, day), date);
        Assert.Equal(serial, DateSerial.ToSerial(date, date1904: false));
    }

    [Fact]
    public void The_fictitious_29_February_1900_reads_as_the_28th_and_times_round_to_the_millisecond()
    {
        Assert.True(DateSerial.TryToDate(60, date1904: false, out var leap));
        Assert.Equal(new DateTime(1900, 2, 28), leap);
        Assert.True(DateSerial.TryToDate(45000.75, date1904: false, out var evening));
        Assert.Equal(new DateTime(2023, 3, 15, 18, 0, 0), evening);
        Assert.False(DateSerial.TryToDate(-1, date1904: false, out _));
        Assert.False(DateSerial.TryToDate(3_000_000, date1904: false, out _));
    }

    [Fact]
    public void Serials_of_the_1904_system_start_on_1_January_1904()
    {
        Assert.True(DateSerial.TryToDate(0, date1904: true, out var origin));
        Assert.Equal(new DateTime(1904, 1, 1), origin);
        Assert.Equal(1462, DateSerial.ToSerial(new DateTime(1908, 1, 2), date1904: true));
    }

    [Theory]
    [InlineData("yyyy-mm-dd", true)]
    [InlineData("d/m/yy h:mm", true)]
    [InlineData("[$-409]mmmm d, yyyy", true)]
    [InlineData("hh:mm:ss", true)]
    [InlineData("0.00", false)]
    [InlineData("General", false)]
    [InlineData("#,##0.00 \"days\"", false)]
    [InlineData("[Red]0.00", false)]
    [InlineData("[h]:mm", false)]
    [InlineData("0.00E+00", false)]
    [InlineData("@", false)]
    [InlineData("0;[Red]-0;\"zero\";@\" d\"", false)]
    public void Date_formats_are_told_from_other_formats(string code, bool isDate)
    {
        Assert.Equal(isDate, NumberFormats.IsDateCode(code));
    }

    [Theory]
    [InlineData(14, true)]
    [InlineData(22, true)]
    [InlineData(47, true)]
    [InlineData(0, false)]
    [InlineData(49, false)]
    public void Built_in_date_formats_are_recognised(uint id, bool isDate)
    {
        Assert.Equal(isDate, NumberFormats.IsBuiltInDate(id));
    }

    [Theory]
    [InlineData("B2+1", 1, 0, "B3+1")]
    [InlineData("$B$2+B$2+$B2", 2, 3, "$B$2+E$2+$B4")]
    [InlineData("SUM(A1:B2)*LOG10(C3)", 1, 1, "SUM(B2:C3)*LOG10(D4)")]
    [InlineData("\"A1\"&A1", 1, 0, "\"A1\"&A2")]
    [InlineData("'Sheet 1'!A1+Sheet2!B2", 0, 1, "'Sheet 1'!B1+Sheet2!C2")]
    [InlineData("A1-1.5E+3", 1, 0, "A2-1.5E+3")]
    [InlineData("A1", -1, 0, "#REF!")]
    [InlineData("Table1[Price]*A1", 1, 0, "Table1[Price]*A2")]
    public void Shared_formulas_move_their_relative_references(string formula, int rows, int columns, string expected)
    {
        Assert.Equal(expected, FormulaShifter.Shift(formula, rows, columns));
    }

    [Fact]
    public void Values_compare_by_kind_and_content()
    {
        Assert.Equal(ExcelValue.FromNumber(1), ExcelValue.FromNumber(1));
        Assert.NotEqual(ExcelValue.FromNumber(1), ExcelValue.FromBoolean(true));
        Assert.NotEqual(ExcelValue.FromText("#N/A"), ExcelValue.FromError("#N/A"));
        Assert.True(ExcelValue.FromText("a") == ExcelValue.FromText("a"));
        Assert.Equal(ExcelValue.Empty, default);
        Assert.Equal(45000, ExcelValue.FromDate(new DateTime(2023, 3, 15)).Number);
    }
}
