using System.Text;

namespace Flexo.Adapters.Csv.Tests;

public sealed class StreamingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string People() => _folder.Write("people.csv",
        "id;name;age;member\r\n1;Ada;36;yes\r\n2;\"Turing; Alan\";41;no\r\n3;Grace;;yes\r\n4;\"Multi\nLine\";7;no\r\n");

    [Fact]
    public void SelectRows_returns_the_matching_rows_with_their_positions()
    {
        var rows = CsvFile.SelectRows(People(), r => r.TryGetInt32(2, out var age) && age > 30).ToList();
        Assert.Equal(["Ada", "Turing; Alan"], rows.Select(r => r["name"]));
        Assert.Equal([0, 1], rows.Select(r => r.Index));
        Assert.Equal([2, 3], rows.Select(r => r.LineNumber));
        Assert.Equal(["id", "name", "age", "member"], rows[0].Header!.Names);
        Assert.Equal(41, rows[1].Value("age").GetInt32());
        Assert.Equal(["2", "Turing; Alan", "41", "no"], rows[1].Values);
    }

    [Fact]
    public void Streamed_rows_agree_with_the_loaded_document()
    {
        var path = People();
        var document = CsvDocument.Open(path);
        var streamed = CsvFile.SelectRows(path, _ => true).ToList();
        Assert.Equal(document.Rows.Count, streamed.Count);
        for (var i = 0; i < streamed.Count; i++)
        {
            Assert.Equal(document.RowAt(i).Values, streamed[i].Values);
            Assert.Equal(document.RowAt(i).LineNumber, streamed[i].LineNumber);
            Assert.Equal(document.RowAt(i).Uri, streamed[i].Uri);
        }
    }

    [Fact]
    public void FirstRow_stops_reading_at_the_first_match()
    {
        var calls = 0;
        var row = CsvFile.FirstRow(People(), r =>
        {
            calls++;
            return r["name"].StartsWith("G");
        });
        Assert.NotNull(row);
        Assert.Equal("3", row[0]);
        Assert.Equal(3, calls);
        Assert.Null(CsvFile.FirstRow(People(), _ => false));
    }

    [Fact]
    public void View_reads_fields_by_name_and_type_without_copies()
    {
        var seen = new List<string>();
        _ = CsvFile.SelectRows(People(), r =>
        {
            Assert.Equal(4, r.FieldCount);
            Assert.Equal(r.LineNumber, r.Index + 2 + (r.Index == 4 ? 1 : 0));
            seen.Add($"{r.GetInt64(0)}:{r.GetString(1)}:{(r.TryGetBoolean(3, out var m, CsvParseMode.Lenient) && m)}");
            Assert.Equal(1, r.IndexOf("NAME"));
            return false;
        }).ToList();
        Assert.Equal(["1:Ada:True", "2:Turing; Alan:False", "3:Grace:True", "4:Multi\nLine:False"], seen);
    }

    [Fact]
    public void View_typed_errors_name_the_row()
    {
        var path = People();
        var error = Assertions.Fails(CsvErrorCodes.InvalidValue,
            () => CsvFile.SelectRows(path, r => r.GetDouble(2) > 0).ToList());
        Assert.Equal(4, error.Line);
        Assert.Contains("'age' (2)", error.Message, StringComparison.Ordinal);
        Assertions.Fails(CsvErrorCodes.InvalidValue, () => CsvFile.SelectRows(path, r => r.GetInt64(1) > 0).ToList());
    }

    [Fact]
    public void View_of_a_short_row_reads_missing_columns_as_empty()
    {
        var path = _folder.Write("r.csv", "a,b,c\n1\n1,2,3,4\n");
        var rows = CsvFile.SelectRows(path, r => r[2].IsEmpty && r["c"].IsEmpty).ToList();
        Assert.Single(rows);
        Assert.Equal(string.Empty, rows[0]["c"]);
        Assert.Equal("4", CsvFile.SelectRows(path, r => r.FieldCount == 4).Single()[3]);
        Assertions.Fails(CsvErrorCodes.ColumnOutOfRange, () => CsvFile.SelectRows(path, r => r[5].IsEmpty).ToList());
        Assertions.Fails(CsvErrorCodes.UnknownColumn, () => CsvFile.SelectRows(path, r => r["zz"].IsEmpty).ToList());
        Assertions.Fails(CsvErrorCodes.ColumnOutOfRange, () => rows[0][3]);
        Assert.True(CsvFile.SelectRows(path, r => r.TryGetDate(0, out _) || r.TryGetDouble(0, out _)).Any());
    }

    [Fact]
    public void Without_header_every_record_streams_and_names_cannot_be_used()
    {
        var path = _folder.Write("n.csv", "1,2\n3,4\n");
        var options = new CsvOptions { HasHeader = false };
        Assert.Null(CsvFile.ReadHeader(path, options));
        Assert.Equal(2, CsvFile.CountRows(path, null, options));
        var record = CsvFile.FirstRow(path, r => r.Header is null && r.TryGetInt32(1, out var v) && v == 4, options);
        Assert.Equal(1, record!.Index);
        Assertions.Fails(CsvErrorCodes.HeaderRequired, () => record["a"]);
        Assertions.Fails(CsvErrorCodes.HeaderRequired, () => CsvFile.SelectRows(path, r => r["a"].IsEmpty, options).ToList());
    }

    [Fact]
    public void Header_is_read_alone()
    {
        var header = CsvFile.ReadHeader(People());
        Assert.NotNull(header);
        Assert.Equal(4, header.Count);
        Assert.Equal(2, header.IndexOf("AGE"));
        Assert.True(header.TryGetIndex("member", out var member));
        Assert.Equal(3, member);
        Assert.False(header.TryGetIndex("x", out _));
        Assertions.Fails(CsvErrorCodes.UnknownColumn, () => header.IndexOf("x"));
        Assert.Null(CsvFile.ReadHeader(_folder.Write("e.csv", string.Empty)));
    }

    [Fact]
    public void CountRows_counts_matches_without_copying()
    {
        Assert.Equal(4, CsvFile.CountRows(People()));
        Assert.Equal(2, CsvFile.CountRows(People(), r => r["member"].SequenceEqual("yes")));
    }

    [Fact]
    public void Encodings_and_marks_stream_like_documents()
    {
        var utf16 = _folder.WriteBytes("u.csv", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("a\tb\n€\tß\n")]);
        var row = CsvFile.FirstRow(utf16, _ => true);
        Assert.Equal(["€", "ß"], row!.Values);

        var latin1 = _folder.WriteBytes("l.csv", [.. "v\n"u8, 0xE9, .. "\n"u8]);
        var options = new CsvOptions { Encoding = CsvEncodings.FromName("ISO-8859-1") };
        Assert.Equal("é", CsvFile.FirstRow(latin1, _ => true, options)!["v"]);

        var bom = _folder.WriteBytes("b.csv", [0xEF, 0xBB, 0xBF, .. "x;y\n1;2\n"u8]);
        Assert.Equal("2", CsvFile.FirstRow(bom, _ => true)!["y"]);
    }

    [Fact]
    public void Resource_uri_is_used_for_streamed_references()
    {
        var record = CsvFile.FirstRow(People(), r => r.Index == 2, new CsvOptions { ResourceUri = "urn:people" });
        Assert.Equal("urn:people#row=2", record!.Uri);
        Assert.Equal(CsvLocator.ForRow(2), record.Locator);
    }

    [Fact]
    public void Option_errors_are_thrown_when_enumerating()
    {
        var rows = CsvFile.SelectRows(People(), _ => true, new CsvOptions { Delimiter = '\n' });
        Assertions.Fails(CsvErrorCodes.InvalidOption, () => rows.ToList());
    }
}
