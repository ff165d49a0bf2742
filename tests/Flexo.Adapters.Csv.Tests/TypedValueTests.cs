namespace Flexo.Adapters.Csv.Tests;

public sealed class TypedValueTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private CsvCell Cell(string text)
    {
        var document = CsvDocument.Open(_folder.Write(Guid.NewGuid().ToString("N") + ".csv", "v\n" + text + "\n"),
            new CsvOptions { Delimiter = ';' });
        return document.RowAt(0).Cell("v");
    }

    [Theory]
    [InlineData("42", 42)]
    [InlineData("-7", -7)]
    [InlineData("+7", 7)]
    [InlineData("2147483647", int.MaxValue)]
    public void Invariant_int32(string text, int expected) => Assert.Equal(expected, Cell(text).GetInt32());

    [Theory]
    [InlineData(" 42")]
    [InlineData("4.0")]
    [InlineData("1,000")]
    [InlineData("2147483648")]
    [InlineData("")]
    [InlineData("x")]
    public void Invariant_int32_rejects(string text) =>
        Assertions.Fails(CsvErrorCodes.InvalidValue, () => Cell(text).GetInt32());

    [Theory]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-12", -12L)]
    public void Invariant_int64(string text, long expected) => Assert.Equal(expected, Cell(text).GetInt64());

    [Theory]
    [InlineData(" 1 234 ", 1234L)]
    [InlineData("1'234'567", 1234567L)]
    [InlineData("1_000", 1000L)]
    [InlineData("1,234,567", 1234567L)]
    [InlineData("1.234.567", 1234567L)]
    [InlineData("3.0", 3L)]
    [InlineData("3,00", 3L)]
    [InlineData("+5", 5L)]
    public void Lenient_int64(string text, long expected) => Assert.Equal(expected, Cell(text).GetInt64(CsvParseMode.Lenient));

    [Theory]
    [InlineData("1.5")]
    [InlineData("1,234")]
    [InlineData("   ")]
    [InlineData("12abc")]
    public void Lenient_int64_rejects(string text) =>
        Assert.False(Cell(text).Typed.TryGetInt64(out _, CsvParseMode.Lenient));

    [Theory]
    [InlineData("3.5", 3.5)]
    [InlineData("-0.25", -0.25)]
    [InlineData("1e-3", 0.001)]
    [InlineData("1E3", 1000.0)]
    [InlineData("NaN", double.NaN)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    public void Invariant_double(string text, double expected) => Assert.Equal(expected, Cell(text).GetDouble());

    [Theory]
    [InlineData("3,5")]
    [InlineData(" 3.5")]
    [InlineData("1,000.5")]
    public void Invariant_double_rejects(string text) =>
        Assertions.Fails(CsvErrorCodes.InvalidValue, () => Cell(text).GetDouble());

    [Theory]
    [InlineData("3,5", 3.5)]
    [InlineData(" 1 234,5 ", 1234.5)]
    [InlineData("1.234,56", 1234.56)]
    [InlineData("1,234.56", 1234.56)]
    [InlineData("1,234,567", 1234567.0)]
    [InlineData("1\u00A0000,25", 1000.25)]
    [InlineData("-2.5e2", -250.0)]
    public void Lenient_double(string text, double expected) =>
        Assert.Equal(expected, Cell(text).GetDouble(CsvParseMode.Lenient), 10);

    [Theory]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    [InlineData("True", true)]
    public void Invariant_boolean(string text, bool expected) => Assert.Equal(expected, Cell(text).GetBoolean());

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData(" true")]
    public void Invariant_boolean_rejects(string text) =>
        Assertions.Fails(CsvErrorCodes.InvalidValue, () => Cell(text).GetBoolean());

    [Theory]
    [InlineData(" Yes ", true)]
    [InlineData("y", true)]
    [InlineData("ON", true)]
    [InlineData("t", true)]
    [InlineData("1", true)]
    [InlineData("no", false)]
    [InlineData("N", false)]
    [InlineData("off", false)]
    [InlineData("f", false)]
    [InlineData("0", false)]
    public void Lenient_boolean(string text, bool expected) =>
        Assert.Equal(expected, Cell(text).GetBoolean(CsvParseMode.Lenient));

    [Fact]
    public void Invariant_date_is_iso()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), Cell("2024-02-29").GetDate());
        Assertions.Fails(CsvErrorCodes.InvalidValue, () => Cell("2023-02-29").GetDate());
        Assertions.Fails(CsvErrorCodes.InvalidValue, () => Cell("29/02/2024").GetDate());
        Assertions.Fails(CsvErrorCodes.InvalidValue, () => Cell("2024/02/29").GetDate());
    }

    [Theory]
    [InlineData(" 2024-02-29 ")]
    [InlineData("2024/02/29")]
    [InlineData("2024.02.29")]
    [InlineData("20240229")]
    public void Lenient_date(string text) =>
        Assert.Equal(new DateOnly(2024, 2, 29), Cell(text).GetDate(CsvParseMode.Lenient));

    [Fact]
    public void Date_time_is_iso_and_utc_without_offset()
    {
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 13, 45, 0, TimeSpan.FromHours(1)), Cell("2024-02-29T13:45:00+01:00").GetDateTime());
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 13, 45, 0, TimeSpan.Zero), Cell("2024-02-29T13:45").GetDateTime());
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 13, 45, 1, 500, TimeSpan.Zero), Cell("2024-02-29T13:45:01.5Z").GetDateTime());
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 0, 0, 0, TimeSpan.Zero), Cell("2024-02-29").GetDateTime());
        Assertions.Fails(CsvErrorCodes.InvalidValue, () => Cell("2024-02-29 13:45").GetDateTime());
        Assert.Equal(13, Cell("2024-02-29 13:45").GetDateTime(CsvParseMode.Lenient).Hour);
    }

    [Fact]
    public void Invalid_value_error_names_the_file_line_and_column()
    {
        var path = _folder.Write("e.csv", "id,age\n1,36\n2,old\n");
        var document = CsvDocument.Open(path);
        var error = Assertions.Fails(CsvErrorCodes.InvalidValue, () => document.RowAt(1).Cell("age").GetInt32());
        Assert.Equal(path, error.FilePath);
        Assert.Equal(3, error.Line);
        Assert.Contains("'old' of column 'age' (1) is not a valid integer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_setters_write_invariant_text_that_reads_back()
    {
        var cell = Cell("x");
        cell.SetValue(0.1);
        Assert.Equal("0.1", cell.Value);
        Assert.Equal(0.1, cell.GetDouble());
        cell.SetValue(-12L);
        Assert.Equal(-12, cell.GetInt32());
        cell.SetValue(true);
        Assert.Equal("true", cell.Value);
        cell.SetValue(new DateOnly(2024, 2, 29));
        Assert.Equal("2024-02-29", cell.Value);
        Assert.Equal("2024-02-29T13:45:00.0000000+01:00", CsvText.Format(new DateTimeOffset(2024, 2, 29, 13, 45, 0, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void Value_equality_is_by_text()
    {
        Assert.Equal(Cell("a").Typed, Cell("a").Typed);
        Assert.True(Cell("a").Typed != Cell("b").Typed);
        Assert.Equal(string.Empty, default(CsvValue).Text);
        Assert.Equal("a", Cell("a").Typed.ToString());
    }
}
