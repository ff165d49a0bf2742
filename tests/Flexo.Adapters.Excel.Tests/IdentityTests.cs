using Flexo.Adapters.Excel.Tests.Fixtures;

namespace Flexo.Adapters.Excel.Tests;

public sealed class IdentityTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ExcelWorkbook _workbook;

    public IdentityTests()
    {
        _workbook = ExcelWorkbook.Open(WorkbookFixtures.Shop(_folder.Path));
    }

    public void Dispose()
    {
        _workbook.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Identities_have_the_documented_shape()
    {
        var uri = new Uri(_workbook.FilePath).AbsoluteUri;
        var sheet = _workbook.GetSheet("Products");
        Assert.Equal(uri, _workbook.Identity.ToString());
        Assert.StartsWith("file:///", uri, StringComparison.Ordinal);
        Assert.Equal(uri + "#sheet=Products", sheet.Identity.ToString());
        Assert.Equal(uri + "#sheet=Products&cell=B3", sheet.GetCell("b3").Identity.ToString());
        Assert.Equal(uri + "#sheet=Products&row=3", sheet.GetRow(3).Identity.ToString());
        Assert.Equal(uri + "#sheet=Products&col=B", sheet.GetColumn(2).Identity.ToString());
    }

    [Fact]
    public void Every_element_resolves_back_from_its_identity_text()
    {
        var sheet = _workbook.GetSheet("Products");
        ExcelElement[] elements = [_workbook, sheet, sheet.GetRow(4), sheet.GetColumn("AA"), sheet.GetCell("XFD1048576"), sheet.GetCell("C5")];
        foreach (var element in elements)
        {
            var resolved = _workbook.Resolve(element.Identity.ToString());
            Assert.Equal(element.GetType(), resolved.GetType());
            Assert.Equal(element.Identity, resolved.Identity);
        }

        var cell = Assert.IsType<ExcelCell>(_workbook.Resolve(sheet.GetCell("C5").Identity));
        Assert.Equal("B3+1", cell.Formula);
    }

    [Fact]
    public void Sheet_names_with_special_characters_are_percent_encoded_and_round_trip()
    {
        var sheet = _workbook.AddSheet("Q1 & Q2 #1 = ok");
        var text = sheet.GetCell("A1").Identity.ToString();
        Assert.EndsWith("#sheet=Q1%20%26%20Q2%20%231%20%3D%20ok&cell=A1", text, StringComparison.Ordinal);
        var reference = ExcelReference.Parse(text);
        Assert.Equal("Q1 & Q2 #1 = ok", reference.SheetName);
        Assert.Equal(ExcelReferenceKind.Cell, reference.Kind);
        Assert.Same(sheet, ((ExcelCell)_workbook.Resolve(reference)).Sheet);
    }

    [Fact]
    public void Identities_stay_the_same_across_a_save_and_a_reopen()
    {
        var identity = _workbook.GetSheet("Notes").GetCell("A1").Identity.ToString();
        _workbook.GetSheet("Notes").GetCell("A1").SetValue("changed");
        _workbook.Save();
        using var reopened = ExcelWorkbook.Open(_workbook.FilePath);
        var cell = (ExcelCell)reopened.Resolve(identity);
        Assert.Equal("changed", cell.Value.Text);
        Assert.Equal(identity, cell.Identity.ToString());
    }

    [Theory]
    [InlineData("file:///a/b.xlsx#sheet=S&row=3", ExcelReferenceKind.Row, 3, 0)]
    [InlineData("file:///a/b.xlsx#sheet=S&col=AB", ExcelReferenceKind.Column, 0, 28)]
    [InlineData("file:///a/b.xlsx#sheet=S&cell=c7", ExcelReferenceKind.Cell, 7, 3)]
    [InlineData("file:///a/b.xlsx#sheet=S", ExcelReferenceKind.Sheet, 0, 0)]
    [InlineData("file:///a/b.xlsx", ExcelReferenceKind.Workbook, 0, 0)]
    public void References_parse_into_their_parts(string text, ExcelReferenceKind kind, int row, int column)
    {
        Assert.True(ExcelReference.TryParse(text, out var reference));
        Assert.Equal(kind, reference.Kind);
        Assert.Equal(row, reference.Row);
        Assert.Equal(column, reference.Column);
        Assert.Equal("file:///a/b.xlsx", reference.WorkbookUri);
    }

    [Theory]
    [InlineData("")]
    [InlineData("relative/path.xlsx#sheet=S")]
    [InlineData("file:///a/b.xlsx#")]
    [InlineData("file:///a/b.xlsx#cell=A1")]
    [InlineData("file:///a/b.xlsx#sheet=S&cell=A0")]
    [InlineData("file:///a/b.xlsx#sheet=S&row=0")]
    [InlineData("file:///a/b.xlsx#sheet=S&col=1")]
    [InlineData("file:///a/b.xlsx#sheet=S&cell=A1&row=1")]
    [InlineData("file:///a/b.xlsx#sheet=S&zoom=2")]
    [InlineData("file:///a/b.xlsx#sheet=")]
    public void Malformed_references_are_refused(string text)
    {
        Assert.False(ExcelReference.TryParse(text, out _));
        var error = Assert.Throws<ExcelException>(() => ExcelReference.Parse(text));
        Assert.Equal(ExcelErrors.InvalidIdentity, error.Code);
    }

    [Fact]
    public void References_compare_by_value()
    {
        var a = ExcelReference.ForCell("file:///x.xlsx", "S", new ExcelCellAddress(3, 2));
        var b = ExcelReference.Parse("file:///x.xlsx#sheet=S&cell=B3");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ExcelReference.ForRow("file:///x.xlsx", "S", 3));
    }
}
