using System.IO.Compression;
using System.Text;
using Flexo.Adapters.Excel.Tests.Fixtures;

namespace Flexo.Adapters.Excel.Tests;

public sealed class ErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_text_file_is_not_a_workbook()
    {
        var path = _folder.File("notes.xlsx");
        File.WriteAllText(path, "just some text");
        var error = AssertFails(ExcelErrors.CorruptPackage, () => ExcelWorkbook.Open(path));
        Assert.Equal(path, error.FilePath);
        Assert.StartsWith(path + ": error FML7050: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_not_a_workbook()
    {
        var path = _folder.File("empty.xlsx");
        File.WriteAllBytes(path, []);
        AssertFails(ExcelErrors.CorruptPackage, () => ExcelWorkbook.Open(path));
    }

    [Fact]
    public void A_damaged_zip_is_reported_as_damaged()
    {
        var path = _folder.File("damaged.xlsx");
        File.WriteAllBytes(path, [.. "PK\u0003\u0004"u8, .. Encoding.ASCII.GetBytes(new string('x', 200))]);
        AssertFails(ExcelErrors.CorruptPackage, () => ExcelWorkbook.Open(path));
        AssertFails(ExcelErrors.CorruptPackage, () => ExcelSheetReader.Open(path, 0));
    }

    [Fact]
    public void A_damaged_sheet_is_reported_with_its_name_when_first_read()
    {
        var path = WorkbookFixtures.Shop(_folder.Path);
        ReplaceEntry(path, "xl/worksheets/sheet1.xml", "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData><x:row>");
        using var workbook = ExcelWorkbook.Open(path);
        Assert.Equal("Remember the milk", workbook.GetSheet("Notes").GetCell("A1").Value.Text);
        var error = AssertFails(ExcelErrors.CorruptPackage, () => workbook.GetSheet("Products").GetCell("A1").Value);
        Assert.Equal("Products", error.SheetName);
        Assert.StartsWith(path + "['Products']: error FML7050: ", error.Message, StringComparison.Ordinal);

        using var reader = ExcelSheetReader.Open(path, "Products");
        AssertFails(ExcelErrors.CorruptPackage, () => reader.ReadRow());
    }

    [Fact]
    public void A_password_protected_workbook_is_recognised()
    {
        var path = _folder.File("secret.xlsx");
        File.WriteAllBytes(path, CompoundFileWriter.Write("EncryptionInfo", "EncryptedPackage"));
        AssertFails(ExcelErrors.Encrypted, () => ExcelWorkbook.Open(path));
        AssertFails(ExcelErrors.Encrypted, () => ExcelSheetReader.Open(path, "Sheet1"));
    }

    [Fact]
    public void A_legacy_xls_workbook_is_recognised()
    {
        var path = _folder.File("old.xls");
        File.WriteAllBytes(path, CompoundFileWriter.Write("Workbook", "\u0005SummaryInformation"));
        var error = AssertFails(ExcelErrors.LegacyFormat, () => ExcelWorkbook.Open(path));
        Assert.Contains(".xls", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_compound_file_is_not_a_workbook()
    {
        var path = _folder.File("other.xlsx");
        File.WriteAllBytes(path, CompoundFileWriter.Write("WordDocument"));
        AssertFails(ExcelErrors.CorruptPackage, () => ExcelWorkbook.Open(path));
    }

    [Fact]
    public void A_binary_xlsb_workbook_is_recognised()
    {
        var path = _folder.File("binary.xlsb");
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            Write(archive, "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Override PartName=\"/xl/workbook.bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/></Types>");
            Write(archive, "_rels/.rels",
                "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>");
            Write(archive, "xl/workbook.bin", "\u0083\u0001\u0000");
        }

        AssertFails(ExcelErrors.LegacyFormat, () => ExcelWorkbook.Open(path));
    }

    [Fact]
    public void A_word_document_is_not_a_spreadsheet()
    {
        var path = WorkbookFixtures.WordDocument(_folder.Path);
        AssertFails(ExcelErrors.NotASpreadsheet, () => ExcelWorkbook.Open(path));
    }

    [Fact]
    public void A_missing_file_or_a_folder_cannot_be_read()
    {
        AssertFails(ExcelErrors.FileNotReadable, () => ExcelWorkbook.Open(_folder.File("nowhere.xlsx")));
        AssertFails(ExcelErrors.FileNotReadable, () => ExcelWorkbook.Open(_folder.Path));
        AssertFails(ExcelErrors.FileNotReadable, () => ExcelSheetReader.Open(_folder.File("nowhere.xlsx"), 0));
    }

    [Fact]
    public void A_missing_sheet_is_reported_with_its_name()
    {
        var path = WorkbookFixtures.Shop(_folder.Path);
        using var workbook = ExcelWorkbook.Open(path);
        var error = AssertFails(ExcelErrors.MissingSheet, () => workbook.GetSheet("Orders"));
        Assert.Equal("Orders", error.SheetName);
        AssertFails(ExcelErrors.MissingSheet, () => workbook.GetSheet(2));
        AssertFails(ExcelErrors.MissingSheet, () => workbook.GetSheet(-1));
        AssertFails(ExcelErrors.MissingSheet, () => workbook.Resolve(workbook.Uri + "#sheet=Orders&cell=A1"));
        AssertFails(ExcelErrors.MissingSheet, () => ExcelSheetReader.Open(path, "Orders"));
        AssertFails(ExcelErrors.MissingSheet, () => ExcelSheetReader.Open(path, 5));
    }

    [Theory]
    [InlineData("")]
    [InlineData("A0")]
    [InlineData("1A")]
    [InlineData("A")]
    [InlineData("XFE1")]
    [InlineData("A1048577")]
    [InlineData("$A$1")]
    [InlineData("A1:B2")]
    [InlineData("A01")]
    [InlineData(" A1")]
    public void An_invalid_cell_reference_is_reported_with_the_sheet_and_reference(string reference)
    {
        using var workbook = ExcelWorkbook.Open(WorkbookFixtures.Shop(_folder.Path));
        var error = AssertFails(ExcelErrors.InvalidCellReference, () => workbook.GetSheet("Products").GetCell(reference));
        Assert.Equal("Products", error.SheetName);
        Assert.Equal(reference, error.CellReference);
    }

    [Fact]
    public void Rows_and_columns_outside_the_sheet_are_invalid_references()
    {
        using var workbook = ExcelWorkbook.Open(WorkbookFixtures.Shop(_folder.Path));
        var sheet = workbook.GetSheet("Products");
        AssertFails(ExcelErrors.InvalidCellReference, () => sheet.GetRow(0));
        AssertFails(ExcelErrors.InvalidCellReference, () => sheet.GetRow(1_048_577));
        AssertFails(ExcelErrors.InvalidCellReference, () => sheet.GetColumn("ABCD"));
        AssertFails(ExcelErrors.InvalidCellReference, () => sheet.GetColumn(16_385));
        AssertFails(ExcelErrors.InvalidCellReference, () => sheet.GetCell(1, 0));
        AssertFails(ExcelErrors.InvalidCellReference, () => sheet.MergeCells("A1-B2"));
    }

    [Fact]
    public void An_identity_of_another_workbook_or_a_malformed_one_is_refused()
    {
        using var workbook = ExcelWorkbook.Open(WorkbookFixtures.Shop(_folder.Path));
        AssertFails(ExcelErrors.InvalidIdentity, () => workbook.Resolve("file:///elsewhere/Other.xlsx#sheet=Products"));
        AssertFails(ExcelErrors.InvalidIdentity, () => workbook.Resolve(workbook.Uri + "#cell=A1"));
        AssertFails(ExcelErrors.InvalidIdentity, () => ExcelReference.Parse("not a uri"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("This name is far too long for a sheet")]
    [InlineData("Q1/Q2")]
    [InlineData("What?")]
    [InlineData("[draft]")]
    [InlineData("'quoted'")]
    [InlineData("history")]
    [InlineData("products")]
    public void An_invalid_sheet_name_is_refused(string name)
    {
        using var workbook = ExcelWorkbook.Open(WorkbookFixtures.Shop(_folder.Path));
        var error = AssertFails(ExcelErrors.InvalidSheetName, () => workbook.AddSheet(name));
        Assert.Equal(name, error.SheetName);
        Assert.False(workbook.IsModified);
    }

    [Fact]
    public void Values_that_cannot_be_stored_are_refused_with_the_cell()
    {
        using var workbook = ExcelWorkbook.Open(WorkbookFixtures.Shop(_folder.Path));
        var cell = workbook.GetSheet("Products").GetCell("G7");
        var error = AssertFails(ExcelErrors.InvalidValue, () => cell.SetValue(double.PositiveInfinity));
        Assert.Equal("G7", error.CellReference);
        Assert.StartsWith(workbook.FilePath + "['Products'!G7]: error FML7059: ", error.Message, StringComparison.Ordinal);
        AssertFails(ExcelErrors.InvalidValue, () => cell.SetValue(new string('x', 32_768)));
        AssertFails(ExcelErrors.InvalidValue, () => cell.SetValue(ExcelValue.FromError("#OOPS")));
        AssertFails(ExcelErrors.InvalidValue, () => cell.SetValue(new DateTime(1899, 12, 31)));
        AssertFails(ExcelErrors.InvalidValue, () => cell.SetFormula("="));
        AssertFails(ExcelErrors.InvalidValue, () => cell.SetFormula(" "));
        Assert.False(cell.Exists);
        Assert.False(workbook.IsModified);
    }

    [Fact]
    public void A_date_before_1904_is_refused_in_a_1904_workbook()
    {
        using var workbook = ExcelWorkbook.Open(WorkbookFixtures.Shop(_folder.Path, date1904: true));
        AssertFails(ExcelErrors.InvalidValue, () => workbook.GetSheet("Products").GetCell("G7").SetValue(new DateTime(1903, 12, 31)));
    }

    [Fact]
    public void Invalid_styles_are_refused()
    {
        using var workbook = ExcelWorkbook.Open(WorkbookFixtures.Shop(_folder.Path));
        var cell = workbook.GetSheet("Products").GetCell("A1");
        AssertFails(ExcelErrors.InvalidStyle, () => cell.ApplyStyle(new ExcelCellStyle { FillColor = "red" }));
        AssertFails(ExcelErrors.InvalidStyle, () => cell.ApplyStyle(new ExcelCellStyle { FillColor = "#12345" }));
        AssertFails(ExcelErrors.InvalidStyle, () => cell.ApplyStyle(new ExcelCellStyle { NumberFormat = "" }));
    }

    [Fact]
    public void Single_cell_and_overlapping_merges_are_refused()
    {
        using var workbook = ExcelWorkbook.Open(WorkbookFixtures.Shop(_folder.Path));
        var sheet = workbook.GetSheet("Products");
        AssertFails(ExcelErrors.InvalidMerge, () => sheet.MergeCells("C3:C3"));
        var error = AssertFails(ExcelErrors.InvalidMerge, () => sheet.MergeCells("B6:C8"));
        Assert.Equal("B6:C8", error.CellReference);
        Assert.False(workbook.IsModified);
    }

    [Fact]
    public void Create_refuses_to_overwrite_and_reports_folders_that_do_not_exist()
    {
        var existing = WorkbookFixtures.Shop(_folder.Path);
        var bytes = File.ReadAllBytes(existing);
        AssertFails(ExcelErrors.FileExists, () => ExcelWorkbook.Create(existing));
        Assert.Equal(bytes, File.ReadAllBytes(existing));
        AssertFails(ExcelErrors.SaveFailed, () => ExcelWorkbook.Create(_folder.File("missing/New.xlsx")));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.7)]
    [InlineData(0.95)]
    public void A_truncated_workbook_gives_an_error_or_its_content_never_a_crash(double fraction)
    {
        var path = WorkbookFixtures.Shop(_folder.Path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(int)(bytes.Length * fraction)]);
        try
        {
            using var workbook = ExcelWorkbook.Open(path);
            foreach (var sheet in workbook.Sheets)
            {
                _ = sheet.Rows.SelectMany(r => r.Cells).Select(c => c.Value).ToList();
            }
        }
        catch (ExcelException e)
        {
            Assert.StartsWith("FML70", e.Code, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_code_is_in_the_reserved_range_and_unique()
    {
        var codes = typeof(ExcelErrors).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.InRange(int.Parse(code[3..], System.Globalization.CultureInfo.InvariantCulture), 7050, 7099));
    }

    private static ExcelException AssertFails(string code, Func<object?> action) => AssertFails(code, () => { _ = action(); });

    private static ExcelException AssertFails(string code, Action action)
    {
        var error = Assert.Throws<ExcelException>(action);
        Assert.Equal(code, error.Code);
        Assert.Contains("error " + code + ": ", error.Message, StringComparison.Ordinal);
        return error;
    }

    private static void ReplaceEntry(string path, string name, string content)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Update);
        archive.GetEntry(name)!.Delete();
        Write(archive, name, content);
    }

    private static void Write(ZipArchive archive, string name, string content)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open());
        writer.Write(content);
    }
}
