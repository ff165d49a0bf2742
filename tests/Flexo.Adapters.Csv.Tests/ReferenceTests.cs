namespace Flexo.Adapters.Csv.Tests;

public sealed class ReferenceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("row=12")]
    [InlineData("row=12&col=3")]
    [InlineData("row=0&col=price")]
    [InlineData("col=3")]
    [InlineData("col=unit%20price")]
    [InlineData("col=%342")]
    public void Locator_text_round_trips(string fragment)
    {
        var locator = CsvLocator.Parse(fragment);
        Assert.Equal(fragment, locator.ToString());
        Assert.Equal(locator, CsvLocator.Parse("#" + fragment));
    }

    [Fact]
    public void Locator_kinds_and_parts()
    {
        Assert.Equal(CsvLocatorKind.Row, CsvLocator.ForRow(1).Kind);
        Assert.Equal(CsvLocatorKind.Cell, CsvLocator.ForCell(1, "a").Kind);
        Assert.Equal(CsvLocatorKind.Column, CsvLocator.ForColumn(2).Kind);
        var cell = CsvLocator.Parse("row=4&col=a%26b");
        Assert.Equal(4, cell.Row);
        Assert.Equal("a&b", cell.ColumnName);
        Assert.Null(cell.ColumnIndex);
        Assert.Equal("col=%342", CsvLocator.ForColumn("42").ToString());
        Assert.Equal("42", CsvLocator.Parse("col=%342").ColumnName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("row=")]
    [InlineData("row=-1")]
    [InlineData("row=1&row=2")]
    [InlineData("line=3")]
    [InlineData("row=1&col=")]
    public void Malformed_locators_are_errors(string fragment)
    {
        Assert.False(CsvLocator.TryParse(fragment, out _));
        Assertions.Fails(CsvErrorCodes.InvalidReference, () => CsvLocator.Parse(fragment));
    }

    [Fact]
    public void Document_uri_is_the_file_uri_by_default_or_the_resource_uri()
    {
        var path = _folder.Write("my data.csv", "a\n1\n");
        Assert.Equal(new Uri(path).AbsoluteUri, CsvDocument.Open(path).Uri);
        Assert.EndsWith("my%20data.csv", CsvDocument.Open(path).Uri, StringComparison.Ordinal);
        var document = CsvDocument.Open(path, new CsvOptions { ResourceUri = "http://example.org/rc/data.csv" });
        Assert.Equal("http://example.org/rc/data.csv#row=0", document.RowAt(0).Uri);
    }

    [Fact]
    public void Row_cell_and_column_references_resolve_to_the_same_objects()
    {
        var document = CsvDocument.Open(_folder.Write("r.csv", "id,unit price,7\n1,2.5,x\n2,3.5,y\n"));
        var row = document.RowAt(1);
        Assert.EndsWith("#row=1", row.Uri, StringComparison.Ordinal);
        Assert.Same(row, document.ResolveRow(row.Uri));
        Assert.Same(row, document.Resolve("#row=1"));

        var cell = row.Cell("unit price");
        Assert.EndsWith("#row=1&col=unit%20price", cell.Uri, StringComparison.Ordinal);
        Assert.Equal(cell, document.ResolveCell(cell.Uri));
        Assert.Equal("3.5", document.ResolveCell("#row=1&col=1").Value);

        var column = document.Column(0);
        Assert.EndsWith("#col=id", column.Uri, StringComparison.Ordinal);
        Assert.Same(column, document.ResolveColumn(column.Uri));
        Assert.EndsWith("#col=%37", document.Column(2).Uri, StringComparison.Ordinal);
        Assert.Same(document.Column(2), document.ResolveColumn(document.Column(2).Uri));
    }

    [Fact]
    public void Column_without_unique_name_is_referenced_by_index()
    {
        var document = CsvDocument.Open(_folder.Write("r.csv", "a,a,,B\n1,2,3,4\n"));
        Assert.Equal("col=0", document.Column(0).Locator.ToString());
        Assert.Equal("col=2", document.Column(2).Locator.ToString());
        Assert.Equal("col=B", document.Column(3).Locator.ToString());
        Assert.Equal("row=0&col=1", document.RowAt(0).Cell(1).Locator.ToString());

        var headerless = CsvDocument.Open(_folder.Write("n.csv", "1,2\n"), new CsvOptions { HasHeader = false });
        Assert.Equal("row=0&col=1", headerless.RowAt(0).Cell(1).Locator.ToString());
    }

    [Fact]
    public void References_follow_rows_while_the_document_is_edited()
    {
        var document = CsvDocument.Open(_folder.Write("r.csv", "a\n1\n2\n"));
        var second = document.RowAt(1);
        document.InsertRow(0, ["0"]);
        Assert.Equal(2, second.Index);
        Assert.Same(second, document.ResolveRow(second.Uri));
        document.RemoveRow(second);
        Assertions.Fails(CsvErrorCodes.RemovedRow, () => second.Uri);
        Assertions.Fails(CsvErrorCodes.RemovedRow, () => second.Cell(0).Uri);
    }

    [Fact]
    public void Streamed_row_references_resolve_in_the_loaded_document()
    {
        var path = _folder.Write("s.csv", "k,v\na,1\n\"b\nb\",2\nc,3\n");
        var record = CsvFile.FirstRow(path, r => r[0].SequenceEqual("c"));
        var document = CsvDocument.Open(path);
        Assert.NotNull(record);
        Assert.Equal("3", document.ResolveRow(record.Uri)["v"]);
        Assert.Equal(record.LineNumber, document.ResolveRow(record.Uri).LineNumber);
    }

    [Fact]
    public void Reference_problems_are_reported()
    {
        var document = CsvDocument.Open(_folder.Write("r.csv", "a\n1\n"));
        Assertions.Fails(CsvErrorCodes.InvalidReference, () => document.Resolve("row=0"));
        Assertions.Fails(CsvErrorCodes.InvalidReference, () => document.Resolve("#rows=0"));
        Assertions.Fails(CsvErrorCodes.InvalidReference, () => document.ResolveRow("#col=a"));
        Assertions.Fails(CsvErrorCodes.InvalidReference, () => document.ResolveColumn("#row=0&col=a"));
        Assertions.Fails(CsvErrorCodes.ForeignReference, () => document.Resolve("file:///elsewhere.csv#row=0"));
        Assertions.Fails(CsvErrorCodes.RowOutOfRange, () => document.Resolve("#row=1"));
        Assertions.Fails(CsvErrorCodes.UnknownColumn, () => document.Resolve("#row=0&col=b"));
        Assertions.Fails(CsvErrorCodes.ColumnOutOfRange, () => document.Resolve("#col=1"));
    }
}
