namespace Flexo.Adapters.Csv.Tests;

public sealed class ColumnTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Exact_name_wins_over_a_case_insensitive_match()
    {
        var document = CsvDocument.Open(_folder.Write("c.csv", "Name,name,AGE\n1,2,3\n"));
        Assert.Equal(0, document.Column("Name").Index);
        Assert.Equal(1, document.Column("name").Index);
        Assert.Equal(2, document.Column("age").Index);
        Assert.Equal("3", document.RowAt(0)["Age"]);
    }

    [Fact]
    public void Name_matching_several_columns_ignoring_case_is_ambiguous()
    {
        var document = CsvDocument.Open(_folder.Write("c.csv", "Name,NAME\n1,2\n"));
        var error = Assertions.Fails(CsvErrorCodes.AmbiguousColumn, () => document.Column("name"));
        Assert.Contains("'name'", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, document.Column("NAME").Index);
    }

    [Fact]
    public void Duplicate_exact_names_are_ambiguous()
    {
        var document = CsvDocument.Open(_folder.Write("c.csv", "a,a\n1,2\n"));
        Assertions.Fails(CsvErrorCodes.AmbiguousColumn, () => document.RowAt(0)["a"]);
        Assert.Equal("2", document.RowAt(0)[1]);
    }

    [Fact]
    public void Unknown_name_lists_the_columns()
    {
        var path = _folder.Write("c.csv", "id,price\n1,2\n");
        var document = CsvDocument.Open(path);
        var error = Assertions.Fails(CsvErrorCodes.UnknownColumn, () => document.Column("cost"));
        Assert.Equal(path, error.FilePath);
        Assert.Contains("'id', 'price'", error.Message, StringComparison.Ordinal);
        Assert.False(document.TryGetColumn("cost", out var none));
        Assert.Null(none);
        Assert.True(document.TryGetColumn("PRICE", out var price));
        Assert.Equal(1, price!.Index);
    }

    [Fact]
    public void Column_index_out_of_range_is_an_error()
    {
        var document = CsvDocument.Open(_folder.Write("c.csv", "a,b\n1,2\n"));
        Assertions.Fails(CsvErrorCodes.ColumnOutOfRange, () => document.Column(2));
        Assertions.Fails(CsvErrorCodes.ColumnOutOfRange, () => document.Column(-1));
        Assertions.Fails(CsvErrorCodes.ColumnOutOfRange, () => document.RowAt(0).Cell(5));
    }

    [Fact]
    public void Column_cells_go_down_the_rows()
    {
        var document = CsvDocument.Open(_folder.Write("c.csv", "a,b\n1,2\n3,4\n"));
        Assert.Equal(["2", "4"], document.Column("b").Cells.Select(c => c.Value));
        Assert.Equal("b", document.Column(1).ToString());
    }

    [Fact]
    public void Row_gives_values_and_cells()
    {
        var document = CsvDocument.Open(_folder.Write("c.csv", "a,b,c\n1,\"x\"\"y\"\n"));
        var row = document.RowAt(0);
        Assert.Equal(["1", "x\"y"], row.Values);
        Assert.Equal(3, row.Cells.Count);
        Assert.Equal(row.Cell(1), row.Cells[1]);
        Assert.Equal(row.Cell("b").GetHashCode(), row.Cell(1).GetHashCode());
        Assert.NotEqual(row.Cell(0), row.Cell(1));
    }
}
