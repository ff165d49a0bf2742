namespace Flexo.Adapters.Tests;

/// <summary>Roles pointing at external elements, saved and loaded again.</summary>
public sealed class TechnologyRoleTests
{
    private const string Model = """
        use org.openflexo.technologyadapter.csv.CSVModelSlot as CSV;

        model Picks {
            CSVDocument data with CSV::CSVModelSlot(delimiter=";", hasHeader=true);
            CSVRow[0,*] picked with CSVRowRole();
            create(String path) { connect data using parameters.path; }
            public void pick(String name) {
                for (CSVRow row : select CSVRow from data where (selected.get("name") == parameters.name)) { picked.add(row); }
            }
            public String names() {
                String text = "";
                for (CSVRow row : picked) { text = text + row.get("name") + "/" + row.getInt("qty") + " "; }
                return text;
            }
        }
        """;

    [Fact]
    public void Multi_valued_role_is_saved_as_references_and_resolved_after_a_load()
    {
        using var temp = new TempFolder();
        var path = temp.File("stock.csv", "name;qty\nbolt;5\nnut;12\nwasher;40\n");
        var saved = temp.Combine("saved");
        string folder;
        using (var host = Hosts.OpenClean(temp.Path, Model))
        {
            var picks = host.CreateModelInstance("Picks", "p", [path]);
            host.Call(picks, "pick", ["washer"]);
            host.Call(picks, "pick", ["bolt"]);
            Assert.Equal("washer/40 bolt/5 ", host.Call(picks, "names"));
            folder = host.Save(picks, saved);
        }

        using var reopened = Hosts.OpenClean(temp.Path, Model);
        var (loaded, _) = reopened.Load(folder);
        Assert.Equal("washer/40 bolt/5 ", reopened.Call(loaded, "names"));
        Assert.Equal("name;qty\nbolt;5\nnut;12\nwasher;40\n", File.ReadAllText(path));
    }
}
