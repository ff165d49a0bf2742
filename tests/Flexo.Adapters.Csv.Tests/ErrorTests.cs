using System.Text;

namespace Flexo.Adapters.Csv.Tests;

public sealed class ErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static List<CsvRecord> Stream(string path, CsvOptions? options = null) => [.. CsvFile.SelectRows(path, _ => true, options)];

    [Fact]
    public void Missing_file()
    {
        var path = _folder.PathOf("nope.csv");
        var error = Assertions.Fails(CsvErrorCodes.FileNotFound, () => CsvDocument.Open(path));
        Assert.Equal(path, error.FilePath);
        Assert.Equal($"{path}: error FML7001: The CSV file does not exist.", error.Message);
        Assertions.Fails(CsvErrorCodes.FileNotFound, () => CsvDocument.Open(_folder.PathOf("no/such/dir.csv")));
        Assertions.Fails(CsvErrorCodes.FileNotFound, () => Stream(path));
        Assertions.Fails(CsvErrorCodes.FileNotFound, () => CsvFile.ReadHeader(path));
    }

    [Fact]
    public void Streaming_query_opens_the_file_only_when_enumerated()
    {
        var rows = CsvFile.SelectRows(_folder.PathOf("later.csv"), _ => true);
        _folder.Write("later.csv", "a\n1\n");
        Assert.Single(rows);
    }

    [Fact]
    public void Folder_is_not_a_readable_file()
    {
        Directory.CreateDirectory(_folder.PathOf("dir.csv"));
        Assertions.Fails(CsvErrorCodes.FileUnreadable, () => CsvDocument.Open(_folder.PathOf("dir.csv")));
        Assertions.Fails(CsvErrorCodes.FileUnreadable, () => Stream(_folder.PathOf("dir.csv")));
    }

    [Fact]
    public void Invalid_utf8_bytes_are_located()
    {
        var path = _folder.WriteBytes("bad.csv", [.. "a,b\n1,x"u8, 0xFF, .. "y\n"u8]);
        var error = Assertions.Fails(CsvErrorCodes.InvalidBytes, () => CsvDocument.Open(path));
        Assert.Equal((2, 4), (error.Line, error.Column));
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}(2,4): error FML7003:", error.Message, StringComparison.Ordinal);
        var streamed = Assertions.Fails(CsvErrorCodes.InvalidBytes, () => Stream(path));
        Assert.Equal((2, 4), (streamed.Line, streamed.Column));
    }

    [Fact]
    public void Invalid_bytes_far_into_a_file_are_located()
    {
        var text = new StringBuilder("id,name\r\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(i).Append(",é\r\n");
        }

        byte[] bytes = [.. Encoding.UTF8.GetBytes(text.ToString()), .. "20000,ab"u8, 0xC3, 0x28, .. "\r\n"u8];
        var path = _folder.WriteBytes("far.csv", bytes);
        var error = Assertions.Fails(CsvErrorCodes.InvalidBytes, () => CsvDocument.Open(path));
        Assert.Equal((20_002, 9), (error.Line, error.Column));
        var streamed = Assertions.Fails(CsvErrorCodes.InvalidBytes, () => Stream(path));
        Assert.Equal((20_002, 9), (streamed.Line, streamed.Column));
    }

    [Fact]
    public void Truncated_utf8_sequence_at_the_end_is_invalid()
    {
        var path = _folder.WriteBytes("cut.csv", [.. "a\n"u8, 0xE2, 0x82]);
        var error = Assertions.Fails(CsvErrorCodes.InvalidBytes, () => CsvDocument.Open(path));
        Assert.Equal((2, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Byte_outside_ascii_is_invalid_in_ascii()
    {
        var path = _folder.WriteBytes("w.csv", [.. "a\nb"u8, 0x81, .. "\n"u8]);
        var options = new CsvOptions { Encoding = CsvEncodings.FromName("us-ascii") };
        var error = Assertions.Fails(CsvErrorCodes.InvalidBytes, () => CsvDocument.Open(path, options));
        Assert.Equal((2, 2), (error.Line, error.Column));
        Assert.Contains("US-ASCII", error.Message, StringComparison.Ordinal);
        Assertions.Fails(CsvErrorCodes.InvalidBytes, () => Stream(path, options));
    }

    [Theory]
    [InlineData("a,b\n1,\"oops\n2,3\n", 2, 3)]
    [InlineData("\"a,b\n", 1, 1)]
    [InlineData("a,b\r\n1,\"ok\r\nstill\",x\r\n3,\"\"\"bad\r\n", 4, 3)]
    [InlineData("a\n\"x\"\"\n", 2, 1)]
    [InlineData("a\nb\"c\n", 2, 2)]
    public void Unterminated_quote_is_located_at_its_opening(string text, int line, int column)
    {
        var path = _folder.Write("q.csv", text);
        var error = Assertions.Fails(CsvErrorCodes.UnterminatedQuote, () => CsvDocument.Open(path, new CsvOptions { Delimiter = ',' }));
        Assert.Equal((line, column), (error.Line, error.Column));
        var streamed = Assertions.Fails(CsvErrorCodes.UnterminatedQuote, () => Stream(path, new CsvOptions { Delimiter = ',' }));
        Assert.Equal((line, column), (streamed.Line, streamed.Column));
    }

    [Fact]
    public void Byte_order_mark_of_another_encoding_is_an_error()
    {
        var path = _folder.WriteBytes("m.csv", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("a\n")]);
        var options = new CsvOptions { Encoding = CsvEncodings.FromName("utf-8") };
        var error = Assertions.Fails(CsvErrorCodes.ByteOrderMarkMismatch, () => CsvDocument.Open(path, options));
        Assert.Contains("UTF-16", error.Message, StringComparison.Ordinal);
        Assertions.Fails(CsvErrorCodes.ByteOrderMarkMismatch, () => Stream(path, options));
    }

    [Fact]
    public void Too_large_file_is_refused_as_a_document_but_streams()
    {
        var path = _folder.Write("big.csv", "a\n1\n2\n3\n");
        Assertions.Fails(CsvErrorCodes.FileTooLarge, () => CsvDocument.Open(path, null, maxBytes: 4));
        Assert.Equal(3, CsvFile.CountRows(path));
    }

    [Fact]
    public void Streaming_strict_mode_reports_the_row()
    {
        var path = _folder.Write("s.csv", "a,b\n1,2\n\"x\ny\",3\n4\n");
        var error = Assertions.Fails(CsvErrorCodes.FieldCountMismatch, () => Stream(path, new CsvOptions { Strict = true }));
        Assert.Equal(5, error.Line);
        Assert.Equal(3, Stream(path).Count);
    }

    [Fact]
    public void Every_code_is_distinct_and_in_range()
    {
        var codes = typeof(CsvErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.InRange(int.Parse(code[3..], System.Globalization.CultureInfo.InvariantCulture), 7001, 7049));
    }

    [Fact]
    public void Exception_without_location_has_a_plain_message()
    {
        Assert.Equal("error FML7010: x", new CsvException(CsvErrorCodes.UnknownEncoding, "x").Message);
        Assert.Equal("f.csv(3): error FML7005: x", new CsvException(CsvErrorCodes.FieldCountMismatch, "x", "f.csv", 3).Message);
        Assert.Equal("plain", new CsvException("plain").Message);
    }
}
