using System.Text;

namespace Flexo.Adapters.Csv.Tests;

public sealed class OpenOptionsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("a,b,c\n1,2,3\n", ',')]
    [InlineData("a;b;c\n1;2;3\n", ';')]
    [InlineData("a\tb\tc\n1\t2\t3\n", '\t')]
    [InlineData("a;b,c;d\n", ';')]
    [InlineData("\"x,y,z\";b\n1;2\n", ';')]
    [InlineData("a,b;c\n", ',')]
    [InlineData("single\n1\n", ',')]
    [InlineData("", ',')]
    public void Delimiter_is_detected_from_the_first_row(string text, char expected)
    {
        var document = CsvDocument.Open(_folder.Write("d.csv", text));
        Assert.Equal(expected, document.Delimiter);
    }

    [Fact]
    public void Given_delimiter_is_used_even_when_another_is_more_frequent()
    {
        var document = CsvDocument.Open(_folder.Write("d.csv", "a,b;c\n1,2;3\n"), new CsvOptions { Delimiter = ';' });
        Assert.Equal(';', document.Delimiter);
        Assert.Equal(["a,b", "c"], document.Columns.Select(c => c.Name));
        Assert.Equal("1,2", document.RowAt(0)[0]);
    }

    [Fact]
    public void Header_gives_the_columns_and_is_not_a_row()
    {
        var document = CsvDocument.Open(_folder.Write("h.csv", "name,age\nAda,36\nAlan,41\n"));
        Assert.True(document.HasHeader);
        Assert.Equal(["name", "age"], document.Columns.Select(c => c.Name));
        Assert.Equal(2, document.Rows.Count);
        Assert.Equal("Ada", document.RowAt(0)["name"]);
        Assert.Equal(2, document.RowAt(0).LineNumber);
    }

    [Fact]
    public void Without_header_every_record_is_a_row_and_columns_have_no_name()
    {
        var document = CsvDocument.Open(_folder.Write("n.csv", "name,age\nAda,36,x\n"), new CsvOptions { HasHeader = false });
        Assert.Equal(2, document.Rows.Count);
        Assert.Equal(3, document.ColumnCount);
        Assert.All(document.Columns, c => Assert.Null(c.Name));
        Assert.Equal("name", document.RowAt(0)[0]);
        Assert.Equal(string.Empty, document.RowAt(0)[2]);
        Assertions.Fails(CsvErrorCodes.HeaderRequired, () => document.RowAt(0)["name"]);
    }

    [Fact]
    public void Utf8_without_mark_is_the_default()
    {
        var document = CsvDocument.Open(_folder.Write("u.csv", "ville\nZürich\n"));
        Assert.Equal("utf-8", document.Encoding.WebName);
        Assert.False(document.HasByteOrderMark);
        Assert.Equal("Zürich", document.RowAt(0)[0]);
    }

    [Fact]
    public void Utf8_mark_is_detected_and_not_part_of_the_first_name()
    {
        var path = _folder.WriteBytes("b.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("id,name\n1,é\n")]);
        var document = CsvDocument.Open(path);
        Assert.True(document.HasByteOrderMark);
        Assert.Equal("id", document.Columns[0].Name);
        Assert.Equal("é", document.RowAt(0)["name"]);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void Unicode_marks_are_detected(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var path = _folder.WriteBytes("w.csv", [.. encoding.GetPreamble(), .. encoding.GetBytes("a;b\r\n€;ß\r\n")]);
        var document = CsvDocument.Open(path);
        Assert.Equal(encoding.CodePage, document.Encoding.CodePage);
        Assert.Equal(';', document.Delimiter);
        Assert.Equal("€", document.RowAt(0)["a"]);
    }

    [Fact]
    public void Declared_unicode_encoding_accepts_its_own_mark()
    {
        var path = _folder.WriteBytes("w.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("a\nb\n")]);
        var document = CsvDocument.Open(path, new CsvOptions { Encoding = CsvEncodings.FromName("UTF-8") });
        Assert.True(document.HasByteOrderMark);
        Assert.Equal("a", document.Columns[0].Name);
    }

    [Theory]
    [InlineData("ISO-8859-1")]
    [InlineData("latin1")]
    public void Latin1_reads_every_byte(string name)
    {
        var path = _folder.WriteBytes("l.csv", [.. "nom,ville\nRen"u8, 0xE9, .. ",Orl"u8, 0xE9, .. "ans\n"u8]);
        var document = CsvDocument.Open(path, new CsvOptions { Encoding = CsvEncodings.FromName(name) });
        Assert.Equal("René", document.RowAt(0)["nom"]);
        Assert.Equal("Orléans", document.RowAt(0)["ville"]);
    }

    [Fact]
    public void Windows1252_reads_the_euro_sign()
    {
        var path = _folder.WriteBytes("w.csv", [.. "prix\n12 "u8, 0x80, .. "\n"u8]);
        var document = CsvDocument.Open(path, new CsvOptions { Encoding = CsvEncodings.FromName("windows-1252") });
        Assert.Equal("12 €", document.RowAt(0)[0]);
    }

    [Fact]
    public void Unknown_encoding_name_is_an_error()
    {
        var error = Assertions.Fails(CsvErrorCodes.UnknownEncoding, () => CsvEncodings.FromName("klingon-8"));
        Assert.Contains("klingon-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dominant_line_ending_is_used_for_new_rows()
    {
        Assert.Equal("\n", CsvDocument.Open(_folder.Write("a.csv", "a\r\nb\nc\nd\n")).NewLine);
        Assert.Equal("\r\n", CsvDocument.Open(_folder.Write("b.csv", "a\r\nb\r\nc\n")).NewLine);
        Assert.Equal("\r", CsvDocument.Open(_folder.Write("c.csv", "a\rb\rc\n")).NewLine);
        Assert.Equal("\r\n", CsvDocument.Open(_folder.Write("d.csv", "a")).NewLine);
        Assert.Equal("\n", CsvDocument.Open(_folder.Write("e.csv", "a"), new CsvOptions { NewLine = "\n" }).NewLine);
    }

    [Fact]
    public void Quoted_fields_hold_delimiters_quotes_and_line_breaks()
    {
        var document = CsvDocument.Open(_folder.Write("q.csv", "k,v\r\n1,\"a,b\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"two\nlines\"\r\n4,x\r\n"));
        Assert.Equal(["a,b", "say \"hi\"", "two\nlines", "x"], document.Rows.Select(r => r["v"]));
        Assert.Equal([2, 3, 4, 6], document.Rows.Select(r => r.LineNumber));
    }

    [Fact]
    public void Empty_line_is_a_row_with_one_empty_field_and_final_line_ending_starts_no_row()
    {
        var document = CsvDocument.Open(_folder.Write("e.csv", "a,b\n\n1,2\n"));
        Assert.Equal(2, document.Rows.Count);
        Assert.Equal(1, document.RowAt(0).FieldCount);
        Assert.Equal(string.Empty, document.RowAt(0)["b"]);
    }

    [Fact]
    public void Lenient_mode_accepts_short_and_long_rows()
    {
        var document = CsvDocument.Open(_folder.Write("r.csv", "a,b,c\n1\n1,2,3,4\n"));
        var shortRow = document.RowAt(0);
        Assert.Equal(string.Empty, shortRow["c"]);
        Assert.False(shortRow.Cell("c").IsPresent);
        Assert.Equal("4", document.RowAt(1)[3]);
        Assert.Null(document.RowAt(1).Cell(3).Column);
        Assertions.Fails(CsvErrorCodes.ColumnOutOfRange, () => shortRow[3]);
    }

    [Fact]
    public void Strict_mode_rejects_a_row_with_another_field_count()
    {
        var path = _folder.Write("s.csv", "a,b\n1,2\n3\n");
        var error = Assertions.Fails(CsvErrorCodes.FieldCountMismatch, () => CsvDocument.Open(path, new CsvOptions { Strict = true }));
        Assert.Equal(3, error.Line);
        Assert.Equal(path, error.FilePath);
        Assert.Contains("1 field(s) but the header has 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_mode_accepts_a_rectangular_file()
    {
        var document = CsvDocument.Open(_folder.Write("s.csv", "a,b\n1,2\n\"3\n\",4\n"), new CsvOptions { Strict = true });
        Assert.Equal(2, document.Rows.Count);
    }

    [Theory]
    [InlineData('"')]
    [InlineData('\n')]
    [InlineData('\r')]
    [InlineData('#')]
    public void Unusable_delimiter_is_an_option_error(char delimiter)
    {
        var path = _folder.Write("o.csv", "a\n");
        Assertions.Fails(CsvErrorCodes.InvalidOption, () => CsvDocument.Open(path, new CsvOptions { Delimiter = delimiter }));
    }

    [Fact]
    public void Unknown_line_ending_is_an_option_error()
    {
        var path = _folder.Write("o.csv", "a\n");
        Assertions.Fails(CsvErrorCodes.InvalidOption, () => CsvDocument.Open(path, new CsvOptions { NewLine = "\n\r" }));
    }
}
