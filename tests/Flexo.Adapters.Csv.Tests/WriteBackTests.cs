using System.Text;

namespace Flexo.Adapters.Csv.Tests;

public sealed class WriteBackTests : IDisposable
{
    private static readonly DateTime OldTime = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(string text) => _folder.Write(Guid.NewGuid().ToString("N") + ".csv", text);

    private static string Read(string path) => Encoding.UTF8.GetString(File.ReadAllBytes(path));

    [Theory]
    [InlineData("a,b\r\n1,2\r\n")]
    [InlineData("a,b\n1,2")]
    [InlineData("a;b\r\n\"1\";\"2\"\n3;4\r5;6")]
    [InlineData("\"a\",\"b\"\n\"x\ny\",\"say \"\"hi\"\"\"\n\n")]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("only")]
    public void Unchanged_document_is_not_written(string text)
    {
        var path = Write(text);
        File.SetLastWriteTimeUtc(path, OldTime);
        var document = CsvDocument.Open(path);
        Assert.False(document.IsModified);
        Assert.False(document.Save());
        Assert.Equal(OldTime, File.GetLastWriteTimeUtc(path));
        Assert.Equal(text, Read(path));
        Assert.Equal(text, document.ToString());
    }

    [Fact]
    public void Setting_the_current_value_changes_nothing()
    {
        var path = Write("a,b\n\"1\",2\n");
        var document = CsvDocument.Open(path);
        document.RowAt(0).SetValue("a", "1");
        document.RowAt(0).Cell(1).SetValue("2");
        Assert.False(document.IsModified);
        Assert.False(document.Save());
    }

    [Theory]
    [InlineData("a,b\r\n1,2\r\n3,4\r\n", 1, "b", "x", "a,b\r\n1,2\r\n3,x\r\n")]
    [InlineData("a,b\n\"1\",\"2\"\n\"3\",\"4\"", 0, "b", "z", "a,b\n\"1\",z\n\"3\",\"4\"")]
    [InlineData("a;b\r\n1;2\n3;4\r5;6", 2, "a", "x;y", "a;b\r\n1;2\n3;4\r\"x;y\";6")]
    [InlineData("a,b\n1,2\n", 0, "a", "say \"hi\"", "a,b\n\"say \"\"hi\"\"\",2\n")]
    [InlineData("a,b\n1,2\n", 0, "b", "two\r\nlines", "a,b\n1,\"two\r\nlines\"\n")]
    [InlineData("a,b\n\"p\nq\",1\n2,3\n", 1, "b", "", "a,b\n\"p\nq\",1\n2,\n")]
    [InlineData("a\tb\n1\t2\n", 0, "a", "x,y", "a\tb\nx,y\t2\n")]
    [InlineData("a,b,c\n1\n", 0, "c", "z", "a,b,c\n1,,z\n")]
    [InlineData("a,b\n1,2\n\n", 1, "b", "e", "a,b\n1,2\n,e\n")]
    [InlineData("a, b \n1 , 2 \n", 0, "a", " 9", "a, b \n 9, 2 \n")]
    public void Edited_cell_changes_only_its_own_bytes(string text, int row, string column, string value, string expected)
    {
        var path = Write(text);
        var document = CsvDocument.Open(path);
        document.RowAt(row).SetValue(column, value);
        Assert.True(document.IsModified);
        Assert.True(document.Save());
        Assert.False(document.IsModified);
        Assert.Equal(expected, Read(path));
        Assert.Equal(value, CsvDocument.Open(path).RowAt(row)[column]);
    }

    [Fact]
    public void Byte_order_mark_and_line_endings_are_kept()
    {
        var path = _folder.WriteBytes("b.csv", [0xEF, 0xBB, 0xBF, .. "a,b\r\n1,2\r\n3,4"u8]);
        var document = CsvDocument.Open(path);
        document.RowAt(0).SetValue(0, "é");
        document.Save();
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("a,b\r\né,2\r\n3,4")], File.ReadAllBytes(path));
    }

    [Fact]
    public void Single_byte_encoding_is_written_back_in_that_encoding()
    {
        byte[] original = [.. "nom;ville\nRen"u8, 0xE9, .. ";Orl"u8, 0xE9, .. "ans\n"u8];
        var path = _folder.WriteBytes("l.csv", original);
        var document = CsvDocument.Open(path, new CsvOptions { Encoding = CsvEncodings.FromName("ISO-8859-1") });
        document.RowAt(0).SetValue("ville", "Besançon");
        document.Save();
        Assert.Equal([.. "nom;ville\nRen"u8, 0xE9, .. ";Besan"u8, 0xE7, .. "on\n"u8], File.ReadAllBytes(path));
    }

    [Fact]
    public void Utf16_file_keeps_its_mark_and_encoding()
    {
        var encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        var path = _folder.WriteBytes("w.csv", [.. encoding.GetPreamble(), .. encoding.GetBytes("a,b\n1,2\n")]);
        var document = CsvDocument.Open(path);
        document.AddRow(["€", "ß"]);
        document.Save();
        Assert.Equal([.. encoding.GetPreamble(), .. encoding.GetBytes("a,b\n1,2\n€,ß\n")], File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("a,b\r\n1,2\r\n", "a,b\r\n1,2\r\n3,4\r\n")]
    [InlineData("a,b\n1,2", "a,b\n1,2\n3,4")]
    [InlineData("a,b", "a,b\r\n3,4")]
    [InlineData("a,b\n", "a,b\n3,4\n")]
    [InlineData("a,b\r\n1,2\n3,4\n", "a,b\r\n1,2\n3,4\n3,4\n")]
    public void Added_row_uses_the_dominant_line_ending_and_keeps_the_final_one(string text, string expected)
    {
        var path = Write(text);
        var document = CsvDocument.Open(path);
        var row = document.AddRow(["3", "4"]);
        Assert.Equal(document.Rows.Count - 1, row.Index);
        Assert.Equal(0, row.LineNumber);
        document.Save();
        Assert.Equal(expected, Read(path));
    }

    [Fact]
    public void Added_row_is_padded_quoted_where_needed_and_checked()
    {
        var path = Write("a,b,c\n");
        var document = CsvDocument.Open(path);
        document.AddRow(["x,y"]);
        document.AddRow();
        Assertions.Fails(CsvErrorCodes.ColumnOutOfRange, () => document.AddRow(["1", "2", "3", "4"]));
        document.Save();
        Assert.Equal("a,b,c\n\"x,y\",,\n,,\n", Read(path));
    }

    [Fact]
    public void Empty_row_of_one_column_survives_at_the_end_of_a_file_without_line_ending()
    {
        var path = Write("a\n1");
        var document = CsvDocument.Open(path);
        document.AddRow([string.Empty]);
        document.Save();
        Assert.Equal("a\n1\n\"\"", Read(path));
        Assert.Equal(["1", string.Empty], CsvDocument.Open(path).Rows.Select(r => r[0]));
    }

    [Fact]
    public void Inserted_rows_shift_the_following_ones()
    {
        var path = Write("a\n1\n2");
        var document = CsvDocument.Open(path);
        var one = document.RowAt(0);
        document.InsertRow(0, ["0"]);
        document.InsertRow(2, ["1.5"]);
        document.InsertRow(document.Rows.Count, ["3"]);
        Assertions.Fails(CsvErrorCodes.RowOutOfRange, () => document.InsertRow(9));
        Assertions.Fails(CsvErrorCodes.RowOutOfRange, () => document.InsertRow(-1));
        Assert.Equal(1, one.Index);
        Assert.Equal(["0", "1", "1.5", "2", "3"], document.Rows.Select(r => r[0]));
        Assert.Equal([0, 1, 2, 3, 4], document.Rows.Select(r => r.Index));
        document.Save();
        Assert.Equal("a\n0\n1\n1.5\n2\n3", Read(path));
    }

    [Theory]
    [InlineData("a\n1\n2\n3\n", 1, "a\n1\n3\n")]
    [InlineData("a\n1\n2\n3\n", 2, "a\n1\n2\n")]
    [InlineData("a\n1\n2\n3", 2, "a\n1\n2")]
    [InlineData("a\r\n1\r\n2", 1, "a\r\n1")]
    [InlineData("a\n1", 0, "a")]
    [InlineData("a\n1\n", 0, "a\n")]
    public void Removed_row_leaves_the_others_untouched(string text, int index, string expected)
    {
        var path = Write(text);
        var document = CsvDocument.Open(path);
        var removed = document.RowAt(index);
        document.RemoveRow(removed);
        Assert.True(removed.IsRemoved);
        Assert.Equal(-1, removed.Index);
        Assertions.Fails(CsvErrorCodes.RemovedRow, () => removed.SetValue(0, "x"));
        Assertions.Fails(CsvErrorCodes.RemovedRow, () => document.RemoveRow(removed));
        document.Save();
        Assert.Equal(expected, Read(path));
    }

    [Fact]
    public void Removing_by_index_checks_the_index()
    {
        var document = CsvDocument.Open(Write("a\n1\n"));
        Assertions.Fails(CsvErrorCodes.RowOutOfRange, () => document.RemoveRowAt(1));
        Assertions.Fails(CsvErrorCodes.RowOutOfRange, () => document.RowAt(-1));
        document.RemoveRowAt(0);
        Assert.Empty(document.Rows);
    }

    [Fact]
    public void Added_column_goes_into_the_header_and_every_row()
    {
        var path = Write("a,b\r\n1,2\r\n3\r\n4,5,6\r\n");
        var document = CsvDocument.Open(path);
        var column = document.AddColumn("c d", "0");
        Assert.Equal(2, column.Index);
        Assert.Equal("c d", column.Name);
        Assert.Equal(["0", "0", "0"], document.Rows.Select(r => r["c d"]));
        Assert.Equal("6", document.RowAt(2)[3]);
        document.Save();
        Assert.Equal("a,b,c d\r\n1,2,0\r\n3,,0\r\n4,5,0,6\r\n", Read(path));
    }

    [Fact]
    public void Added_column_without_header_has_no_name()
    {
        var path = Write("1,2\n");
        var document = CsvDocument.Open(path, new CsvOptions { HasHeader = false });
        Assertions.Fails(CsvErrorCodes.HeaderRequired, () => document.AddColumn("x"));
        var column = document.AddColumn(null, "z");
        Assert.Null(column.Name);
        document.Save();
        Assert.Equal("1,2,z\n", Read(path));
    }

    [Fact]
    public void Created_file_holds_the_header_and_is_then_edited_in_place()
    {
        var path = _folder.PathOf("new.csv");
        var document = CsvDocument.Create(path, ["id", "full, name"]);
        Assert.Equal("id,\"full, name\"\r\n", Read(path));
        Assert.False(document.IsModified);
        Assert.Equal(["id", "full, name"], document.Columns.Select(c => c.Name));
        document.AddRow(["1", "Ada Lovelace"]);
        document.AddRow(["2", "Alan \"Turing\""]);
        Assert.True(document.Save());
        Assert.Equal("id,\"full, name\"\r\n1,Ada Lovelace\r\n2,\"Alan \"\"Turing\"\"\"\r\n", Read(path));
        Assert.Equal("Alan \"Turing\"", CsvDocument.Open(path).RowAt(1)["full, name"]);
    }

    [Fact]
    public void Created_file_follows_the_options()
    {
        var path = _folder.PathOf("new.csv");
        var options = new CsvOptions { Delimiter = ';', NewLine = "\n", Encoding = CsvEncodings.FromName("UTF-16LE") };
        var document = CsvDocument.Create(path, ["a", "b"], options);
        document.AddRow(["1", "2"]);
        document.Save();
        Assert.Equal([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("a;b\n1;2\n")], File.ReadAllBytes(path));
        var again = CsvDocument.Open(path);
        Assert.Equal(';', again.Delimiter);
        Assert.Equal("2", again.RowAt(0)["b"]);
    }

    [Fact]
    public void Created_empty_file_gets_its_first_column_later()
    {
        var path = _folder.PathOf("empty.csv");
        var document = CsvDocument.Create(path, []);
        Assert.Empty(File.ReadAllBytes(path));
        Assert.Empty(document.Columns);
        document.AddColumn("x");
        document.AddRow(["1"]);
        document.Save();
        Assert.Equal("x\r\n1\r\n", Read(path));
    }

    [Fact]
    public void Creating_refuses_an_existing_file_and_a_header_without_header_option()
    {
        var path = Write("keep me");
        Assertions.Fails(CsvErrorCodes.FileExists, () => CsvDocument.Create(path, ["a"]));
        Assert.Equal("keep me", Read(path));
        Assertions.Fails(CsvErrorCodes.HeaderRequired,
            () => CsvDocument.Create(_folder.PathOf("n.csv"), ["a"], new CsvOptions { HasHeader = false }));
        Assert.False(File.Exists(_folder.PathOf("n.csv")));
    }

    [Fact]
    public void Saved_document_saves_again_only_after_a_new_change()
    {
        var path = Write("a\n1\n");
        var document = CsvDocument.Open(path);
        document.RowAt(0).SetValue(0, "2");
        Assert.True(document.Save());
        var saved = File.GetLastWriteTimeUtc(path);
        Assert.False(document.Save());
        Assert.Equal(saved, File.GetLastWriteTimeUtc(path));
        document.RowAt(0).SetValue(0, "3");
        Assert.True(document.Save());
        Assert.Equal("a\n3\n", Read(path));
    }

    [Fact]
    public void Random_edits_round_trip_through_the_file()
    {
        var random = new Random(1234);
        string[] pieces = ["a", "b c", ",", ";", "\"", "\r\n", "\n", "\r", "é", " ", ""];
        string Value() => string.Concat(Enumerable.Range(0, random.Next(4)).Select(_ => pieces[random.Next(pieces.Length)]));
        var path = _folder.PathOf("random.csv");
        var document = CsvDocument.Create(path, ["k", "v", "w"]);
        var expected = new List<string[]>();
        for (var i = 0; i < 200; i++)
        {
            string[] values = [Value(), Value(), Value()];
            document.AddRow(values);
            expected.Add(values);
        }

        document.Save();
        var reopened = CsvDocument.Open(path, new CsvOptions { Delimiter = ',', Strict = true });
        for (var i = 0; i < 300; i++)
        {
            var (row, column, value) = (random.Next(expected.Count), random.Next(3), Value());
            reopened.RowAt(row).SetValue(column, value);
            expected[row][column] = value;
        }

        reopened.Save();
        var final = CsvDocument.Open(path, new CsvOptions { Delimiter = ',', Strict = true });
        Assert.Equal(expected.Count, final.Rows.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], final.RowAt(i).Values);
        }

        var streamed = CsvFile.SelectRows(path, _ => true, new CsvOptions { Delimiter = ',' }).Select(r => r.Values).ToList();
        Assert.Equal(expected, streamed);
    }
}
