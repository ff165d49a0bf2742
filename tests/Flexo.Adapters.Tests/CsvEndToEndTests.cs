using System.Text;
using Flexo.Adapters.Csv.Fml;
using Flexo.Execution;

namespace Flexo.Adapters.Tests;

public sealed class CsvEndToEndTests
{
    private const string Shop = """
        use org.openflexo.technologyadapter.csv.CSVModelSlot as CSV;

        model Shop {
            CSVDocument data with CSV::CSVModelSlot(delimiter=";", hasHeader=true);
            CSVRow best with CSVRowRole();

            create(String path) {
                connect data using parameters.path;
            }

            public int total() {
                int sum = 0;
                for (CSVRow row : select CSVRow from data) {
                    sum = sum + row.getInt("qty");
                }
                return sum;
            }

            public List<CSVRow> large(int minimum) {
                return select CSVRow from data where (selected.getInt("qty") >= parameters.minimum);
            }

            public String firstName(int minimum) {
                CSVRow found = select unique CSVRow from data where (selected.getInt("qty") >= parameters.minimum);
                best = found;
                return found.get("name");
            }

            public CSVRow add(String name, int qty) {
                CSVRow row = CSV::AddCSVRow(values=List.of(parameters.name, parameters.qty)) in data;
                return row;
            }

            public void rename(int index, String name) {
                CSVRow row = data.getRowAt(parameters.index);
                row.set("name", parameters.name);
            }

            public String bestName() {
                return best.get("name");
            }

            public int rows() {
                return data.rowCount;
            }

            public int named(String n) {
                return (select CSVRow from data where (selected.get("name") == parameters.n)).size();
            }

            public int firstColumn(String n) {
                return (select CSVRow from data where (parameters.n == selected.get(0), selected.getInt("qty") > 0)).size();
            }
        }
        """;

    private const string Content = "name;qty\r\nbolt;5\r\n\"nut; small\";12\r\nwasher;40\r\n";

    [Fact]
    public void Selects_and_typed_cells_run_through_the_adapter()
    {
        using var temp = new TempFolder();
        var path = temp.File("stock.csv", Content);
        using var host = Hosts.OpenClean(temp.Path, Shop);
        var shop = host.CreateModelInstance("Shop", "main", [path]);
        Assert.Equal(57, host.Call(shop, "total"));
        var large = Assert.IsType<List<object?>>(host.Call(shop, "large", [10]));
        Assert.Equal(2, large.Count);
        Assert.Equal("nut; small", host.Call(shop, "firstName", [10]));
        Assert.Equal(3, host.Call(shop, "rows"));
    }

    [Fact]
    public void Equality_on_a_column_is_filtered_while_streaming_and_still_exact()
    {
        using var temp = new TempFolder();
        var path = temp.File("stock.csv", Content + "bolt;7\r\nbolts;1\r\n");
        using var host = Hosts.OpenClean(temp.Path, Shop);
        var shop = host.CreateModelInstance("Shop", "main", [path]);
        Assert.Equal(2, host.Call(shop, "named", ["bolt"]));
        Assert.Equal(1, host.Call(shop, "named", ["nut; small"]));
        Assert.Equal(0, host.Call(shop, "named", ["Bolt"]));
        Assert.Equal(2, host.Call(shop, "firstColumn", ["bolt"]));
        host.Call(shop, "rename", [1, "bolt"]);
        Assert.Equal(3, host.Call(shop, "named", ["bolt"]));
    }

    [Fact]
    public void Edits_write_back_only_what_changed_byte_for_byte()
    {
        using var temp = new TempFolder();
        var path = temp.File("stock.csv", Content);
        using var host = Hosts.OpenClean(temp.Path, Shop);
        var shop = host.CreateModelInstance("Shop", "main", [path]);
        host.Call(shop, "add", ["screw", 7]);
        host.Call(shop, "rename", [2, "ring"]);
        host.SaveResources();
        Assert.Equal("name;qty\r\nbolt;5\r\n\"nut; small\";12\r\nring;40\r\nscrew;7\r\n", File.ReadAllText(path, Encoding.UTF8));
    }

    [Fact]
    public void Saving_without_a_change_leaves_the_file_untouched()
    {
        using var temp = new TempFolder();
        var path = temp.File("stock.csv", Content);
        var stamp = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);
        using var host = Hosts.OpenClean(temp.Path, Shop);
        var shop = host.CreateModelInstance("Shop", "main", [path]);
        Assert.Equal(57, host.Call(shop, "total"));
        host.SaveResources();
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
        Assert.Equal(Content, File.ReadAllText(path));
    }

    [Fact]
    public void A_select_over_a_large_file_streams_without_loading_it()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("big.csv");
        using (var writer = new StreamWriter(path))
        {
            writer.Write("name;qty\n");
            for (var i = 0; i < 200_000; i++)
            {
                writer.Write($"item{i};{i % 1000}\n");
            }
        }

        using var host = Hosts.OpenClean(temp.Path, Shop);
        var shop = host.CreateModelInstance("Shop", "main", [path]);
        var large = Assert.IsType<List<object?>>(host.Call(shop, "large", [999]));
        Assert.Equal(200, large.Count);
        var resource = Assert.IsType<CsvResource>(Assert.Single(host.Adapters.Runtime("csv")!.Resources.Open));
        Assert.False(resource.IsLoaded);
    }

    [Fact]
    public void A_missing_column_is_a_run_time_error_naming_it()
    {
        using var temp = new TempFolder();
        var path = temp.File("stock.csv", "name;count\r\nbolt;5\r\n");
        using var host = Hosts.OpenClean(temp.Path, Shop);
        var shop = host.CreateModelInstance("Shop", "main", [path]);
        var error = Assert.Throws<FmlExecutionException>(() => host.Call(shop, "total"));
        Assert.Equal("FML5001", error.Code);
        Assert.Contains("qty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_holding_a_row_is_saved_as_its_uri_and_resolved_after_loading()
    {
        using var temp = new TempFolder();
        var path = temp.File("stock.csv", Content);
        string saved;
        using (var host = Hosts.OpenClean(temp.Path, Shop))
        {
            var shop = host.CreateModelInstance("Shop", "main", [path]);
            Assert.Equal("nut; small", host.Call(shop, "firstName", [10]));
            saved = host.Save(shop, temp.Combine("instances"));
        }

        var xml = File.ReadAllText(Path.Combine(saved, "main.fml.rt.xml"));
        Assert.Contains("TechnologyActorReference", xml, StringComparison.Ordinal);
        Assert.Contains("stock.csv#row=1", xml, StringComparison.Ordinal);

        using var again = Hosts.OpenClean(temp.Path, Shop);
        var (loaded, _) = again.Load(saved);
        Assert.Equal("nut; small", again.Call(loaded, "bestName"));
        Assert.Equal(57, again.Call(loaded, "total"));
        var resaved = again.Save(loaded, temp.Combine("instances"));
        Assert.Equal(xml, File.ReadAllText(Path.Combine(resaved, "main.fml.rt.xml")));
    }
}
