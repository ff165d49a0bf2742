using System.Xml.Linq;
using Flexo.Adapters.Excel.Tests.Fixtures;

namespace Flexo.Adapters.Excel.Tests;

public sealed class PreservationTests : IDisposable
{
    private const string ProductsPart = "xl/worksheets/sheet1.xml";
    private const string WorkbookPart = "xl/workbook.xml";

    private readonly TempFolder _folder = new();
    private readonly string _path;

    public PreservationTests()
    {
        _path = WorkbookFixtures.Shop(_folder.Path);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Editing_a_number_rewrites_only_the_edited_sheet()
    {
        var path = WorkbookFixtures.Shop(_folder.Path, "NoChain.xlsx", calculationChain: false);
        var before = PackageParts.Read(path);
        using (var workbook = ExcelWorkbook.Open(path))
        {
            // Read everything first, so every part is loaded: reading must not make a part rewritten.
            foreach (var sheet in workbook.Sheets)
            {
                _ = sheet.Rows.SelectMany(r => r.Cells).Select(c => (c.Value, c.Style)).ToList();
            }

            workbook.GetSheet("Products").GetCell("B3").SetValue(13);
            workbook.Save();
        }

        var after = PackageParts.Read(path);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (name, content) in before)
        {
            if (name != ProductsPart)
            {
                Assert.True(content.AsSpan().SequenceEqual(after[name]), $"{name} changed");
            }
        }

        Assert.False(before[ProductsPart].AsSpan().SequenceEqual(after[ProductsPart]));
    }

    [Fact]
    public void In_a_workbook_with_formulas_an_edit_also_asks_for_recalculation_and_nothing_else()
    {
        var before = PackageParts.Read(_path);
        using (var workbook = ExcelWorkbook.Open(_path))
        {
            workbook.GetSheet("Products").GetCell("B3").SetValue(13);
            workbook.Save();
        }

        var after = PackageParts.Read(_path);
        foreach (var (name, content) in before)
        {
            if (name is not ProductsPart and not WorkbookPart)
            {
                Assert.True(content.AsSpan().SequenceEqual(after[name]), $"{name} changed");
            }
        }

        var original = Xml(before[WorkbookPart]);
        var edited = Xml(after[WorkbookPart]);
        var flag = edited.Descendants().Single(e => e.Name.LocalName == "calcPr").Attribute("fullCalcOnLoad");
        Assert.Equal("1", flag?.Value);
        flag!.Remove();
        Assert.True(XNode.DeepEquals(Normalize(original), Normalize(edited)));
    }

    private static XDocument Xml(byte[] content) => XDocument.Parse(System.Text.Encoding.UTF8.GetString(content));

    private static XElement Normalize(XDocument document)
    {
        // Namespace declarations may move between elements when a part is written again; the content may not.
        var root = new XElement(document.Root!);
        foreach (var element in root.DescendantsAndSelf())
        {
            element.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        }

        return root;
    }

    [Fact]
    public void The_edited_sheet_keeps_column_widths_merges_unknown_elements_and_other_cells()
    {
        using (var workbook = ExcelWorkbook.Open(_path))
        {
            workbook.GetSheet("Products").GetCell("B3").SetValue(13);
            workbook.Save();
        }

        var xml = PackageParts.Text(_path, ProductsPart);
        Assert.Contains("width=\"24.5\"", xml, StringComparison.Ordinal);
        Assert.Contains("<x:mergeCell ref=\"A7:B7\"", xml, StringComparison.Ordinal);
        Assert.Contains($"xmlns:t=\"{WorkbookFixtures.UnknownNamespace}\"", xml, StringComparison.Ordinal);
        Assert.Contains("t:flag=\"1\"", xml, StringComparison.Ordinal);
        Assert.Contains("<t:inner", xml[xml.IndexOf("<t:keep", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("<x:f t=\"shared\" ref=\"C4:C5\" si=\"0\">B2+1</x:f>", xml, StringComparison.Ordinal);

        using var reopened = ExcelWorkbook.Open(_path);
        var products = reopened.GetSheet("Products");
        Assert.Equal("B2*2", products.GetCell("E2").Formula);
        Assert.Equal(19, products.GetCell("E2").Value.Number);
        Assert.Equal("Gadget", products.GetCell("A3").Value.Text);
    }

    [Fact]
    public void Adding_a_sheet_keeps_every_existing_part()
    {
        var before = PackageParts.Read(_path);
        using (var workbook = ExcelWorkbook.Open(_path))
        {
            workbook.AddSheet("Extra");
            workbook.Save();
        }

        var after = PackageParts.Read(_path);
        string[] touched = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"];
        foreach (var (name, content) in before)
        {
            Assert.True(after.ContainsKey(name), $"{name} was lost");
            if (!touched.Contains(name))
            {
                Assert.True(content.AsSpan().SequenceEqual(after[name]), $"{name} changed");
            }
        }

        Assert.Equal(before.Count + 1, after.Count);
    }

    [Fact]
    public void Saving_an_unchanged_workbook_does_not_rewrite_the_file()
    {
        var bytes = File.ReadAllBytes(_path);
        var stamp = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(_path, stamp);
        using (var workbook = ExcelWorkbook.Open(_path))
        {
            _ = workbook.GetSheet("Products").Rows.SelectMany(r => r.Cells).Select(c => c.Value).ToList();
            workbook.Save();
        }

        Assert.Equal(bytes, File.ReadAllBytes(_path));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(_path));
        Assert.Single(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void Saving_twice_writes_only_once()
    {
        using var workbook = ExcelWorkbook.Open(_path);
        workbook.GetSheet("Notes").GetCell("A2").SetValue(1);
        workbook.Save();
        var bytes = File.ReadAllBytes(_path);
        var stamp = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(_path, stamp);
        workbook.Save();
        Assert.Equal(bytes, File.ReadAllBytes(_path));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(_path));
    }

    [Fact]
    public void A_failed_save_leaves_the_file_intact_and_the_edits_in_memory()
    {
        var bytes = File.ReadAllBytes(_path);
        using var workbook = ExcelWorkbook.Open(_path);
        workbook.GetSheet("Products").GetCell("B2").SetValue(99);
        workbook.BeforeReplaceForTesting = _ => throw new IOException("disk full");

        var error = Assert.Throws<ExcelException>(workbook.Save);

        Assert.Equal(ExcelErrors.SaveFailed, error.Code);
        Assert.Equal(_path, error.FilePath);
        Assert.Equal(bytes, File.ReadAllBytes(_path));
        Assert.Single(Directory.GetFiles(_folder.Path));
        Assert.True(workbook.IsModified);
        Assert.Equal(99, workbook.GetSheet("Products").GetCell("B2").Value.Number);

        workbook.BeforeReplaceForTesting = null;
        workbook.Save();
        using var reopened = ExcelWorkbook.Open(_path);
        Assert.Equal(99, reopened.GetSheet("Products").GetCell("B2").Value.Number);
        Assert.Equal("Remember the milk", reopened.GetSheet("Notes").GetCell("A1").Value.Text);
    }

    [Fact]
    public void A_failed_edit_changes_nothing()
    {
        using var workbook = ExcelWorkbook.Open(_path);
        var cell = workbook.GetSheet("Products").GetCell("B2");
        Assert.Throws<ExcelException>(() => cell.SetValue(double.NaN));
        Assert.Throws<ExcelException>(() => cell.ApplyStyle(new ExcelCellStyle { FillColor = "yellow" }));
        Assert.Throws<ExcelException>(() => workbook.AddSheet("Products"));
        Assert.False(workbook.IsModified);
        Assert.Equal(9.5, cell.Value.Number);
    }
}
