using Flexo.Adapters.Excel.Tests.Fixtures;

namespace Flexo.Adapters.Excel.Tests;

/// <summary>Reading a workbook again after its file changed on disk.</summary>
public sealed class ReloadTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _path;

    public ReloadTests()
    {
        _path = WorkbookFixtures.Shop(_folder.Path);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reload_reads_the_new_content_and_handles_stay_valid()
    {
        using var reader = ExcelWorkbook.Open(_path);
        var cell = reader.GetSheet("Products").GetCell("A2");
        var before = cell.Value;
        using (var writer = ExcelWorkbook.Open(_path))
        {
            writer.GetSheet("Products").GetCell("A2").SetValue("changed elsewhere");
            writer.Save();
        }

        Assert.Equal(before, cell.Value);
        Assert.True(reader.Reload());
        Assert.Equal("changed elsewhere", cell.Value.ToString());
        Assert.False(reader.IsModified);
    }

    [Fact]
    public void Reload_keeps_unsaved_edits()
    {
        using var workbook = ExcelWorkbook.Open(_path);
        workbook.GetSheet("Products").GetCell("A2").SetValue("mine");
        Assert.False(workbook.Reload());
        Assert.Equal("mine", workbook.GetSheet("Products").GetCell("A2").Value.ToString());
        Assert.True(workbook.IsModified);
    }
}
