using Flexo.Host;

namespace Flexo.Adapters.Tests;

/// <summary>Files changed on disk while a host uses them.</summary>
public sealed class RefreshTests
{
    private const string Model = """
        use org.openflexo.technologyadapter.csv.CSVModelSlot as CSV;

        model Stock {
            CSVDocument data with CSV::CSVModelSlot(delimiter=";", hasHeader=true);
            create(String path) { connect data using parameters.path; }
            public int total() {
                int sum = 0;
                for (CSVRow row : select CSVRow from data) { sum = sum + row.getInt("qty"); }
                return sum;
            }
            public int rows() { return data.rowCount; }
            public void rename(int index, String name) { data.getRowAt(parameters.index).set("name", parameters.name); }
        }
        """;

    [Fact]
    public void Changed_csv_is_read_again_and_observers_are_told()
    {
        using var temp = new TempFolder();
        var path = temp.File("stock.csv", "name;qty\nbolt;5\nnut;12\n");
        using var host = Hosts.OpenClean(temp.Path, Model);
        var stock = host.CreateModelInstance("Stock", "s", [path]);
        Assert.Equal(2, host.Call(stock, "rows"));
        var seen = new List<ResourceChange>();
        host.ResourceChanged += (_, change) => seen.Add(change);

        File.WriteAllText(path, "name;qty\nbolt;5\nnut;12\nwasher;40\n");
        var changes = host.Refresh(path);

        Assert.Equal([new ResourceChange(Path.GetFullPath(path), ResourceChangeKind.DataReloaded)], changes);
        Assert.Equal(changes, seen);
        Assert.Equal(3, host.Call(stock, "rows"));
        Assert.Equal(57, host.Call(stock, "total"));
    }

    [Fact]
    public void Unsaved_edits_are_kept_when_the_file_changes()
    {
        using var temp = new TempFolder();
        var path = temp.File("stock.csv", "name;qty\nbolt;5\nnut;12\n");
        using var host = Hosts.OpenClean(temp.Path, Model);
        var stock = host.CreateModelInstance("Stock", "s", [path]);
        host.Call(stock, "rename", [0, "screw"]);
        File.WriteAllText(path, "name;qty\nother;1\n");

        var changes = host.Refresh(path);

        Assert.Equal(ResourceChangeKind.DataKeptEdits, Assert.Single(changes).Kind);
        Assert.Equal(2, host.Call(stock, "rows"));
    }

    [Fact]
    public void Watching_the_resource_folders_starts_and_stops()
    {
        using var temp = new TempFolder();
        using var host = Hosts.OpenClean(temp.Path, Model);
        var watcher = host.Watch();
        Assert.Equal(0, watcher.PendingCount);
        watcher.Dispose();
    }

    [Fact]
    public void Watcher_hands_queued_changes_to_the_host_on_its_thread()
    {
        using var temp = new TempFolder();
        var path = temp.File("stock.csv", "name;qty\nbolt;5\n");
        using var host = Hosts.OpenClean(temp.Path, Model);
        var stock = host.CreateModelInstance("Stock", "s", [path]);
        Assert.Equal(1, host.Call(stock, "rows"));
        using var watcher = host.Watch([]);
        File.WriteAllText(path, "name;qty\nbolt;5\nnut;7\n");
        watcher.Queue(path);
        watcher.Queue(path);
        Assert.Equal(1, watcher.PendingCount);

        var changes = watcher.ApplyPending();

        Assert.Equal(ResourceChangeKind.DataReloaded, Assert.Single(changes).Kind);
        Assert.Equal(0, watcher.PendingCount);
        Assert.Equal(2, host.Call(stock, "rows"));
        Assert.Empty(host.Refresh(temp.File("unrelated.txt", "x")));
    }

    [Fact]
    public void Data_files_of_a_resource_center_are_listed_with_their_adapter()
    {
        using var temp = new TempFolder();
        temp.File("Model.fml", Model);
        temp.File("data/stock.csv", "name;qty\n");
        temp.File("data/notes.md", "not data");
        using var host = FlexoHost.Open(new HostOptions { Paths = [temp.Path] });
        var resource = Assert.Single(host.DataResources);
        Assert.Equal("data/stock.csv", resource.RelativePath);
        Assert.EndsWith("/data/stock.csv", resource.Uri, StringComparison.Ordinal);
        Assert.Same(resource, host.FindDataResource("data/stock.csv"));
        Assert.Same(resource, host.FindDataResource(resource.Uri));
        Assert.Empty(host.DataResourceProblems);
    }
}
