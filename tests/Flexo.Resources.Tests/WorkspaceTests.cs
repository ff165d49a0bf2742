using Flexo.Fml.Semantics;

namespace Flexo.Resources.Tests;

public sealed class WorkspaceTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Workspace Load(params string[] paths)
    {
        var set = new ResourceCenterSet();
        foreach (var path in paths)
        {
            Assert.True(set.TryAddPath(path), path);
        }

        return set.Load();
    }

    [Fact]
    public void Several_resource_centers_make_one_compilation_where_each_keeps_its_base_uri()
    {
        _temp.Marker("stock", "http://example.org/stock");
        _temp.Write("stock/Stock.fml/Stock.fml", Fml.Model("Stock"));
        _temp.Marker("shop", "http://example.org/shop/");
        _temp.Write("shop/Shop.fml/Shop.fml", Fml.Importing("Shop", "http://example.org/stock/Stock.fml"));

        var workspace = Load(_temp["shop"], _temp["stock"]);

        Assert.Equal(["http://example.org/shop/Shop.fml", "http://example.org/stock/Stock.fml"], workspace.Sources.Select(s => s.Uri));
        Assert.Equal([_temp["shop/Shop.fml/Shop.fml"], _temp["stock/Stock.fml/Stock.fml"]], workspace.Sources.Select(s => s.Path));
        Assert.Equal(2, workspace.Compilation.Documents.Count());
        Assert.Equal(_temp["stock/Stock.fml/Stock.fml"], workspace.FindByUri("http://example.org/stock/Stock.fml")?.Path);
        Assert.Equal(["http://example.org/shop/", "http://example.org/stock"], workspace.ResourceCenters.Select(c => c.BaseUri));
        Assert.Empty(workspace.Problems);
    }

    [Fact]
    public void Folders_and_loose_files_combine_and_a_file_reached_twice_is_read_once()
    {
        _temp.Write("rc/A.fml/A.fml", Fml.Model("A"));
        _temp.Write("rc/B.fml", Fml.Model("B"));
        var loose = _temp.Write("elsewhere/Loose.fml", Fml.Model("Loose"));

        var workspace = Load(_temp["rc/B.fml"], _temp["rc"], loose);

        Assert.Equal([_temp["rc/B.fml"], _temp["rc/A.fml/A.fml"], loose], workspace.Sources.Select(s => s.Path));
        Assert.Equal(3, workspace.Compilation.Documents.Count());
        Assert.Equal(ResourceUris.DefaultBaseUri(_temp["elsewhere"]) + "/Loose.fml", workspace.Sources[2].Uri);
    }

    [Fact]
    public void Default_uris_do_not_depend_on_which_folder_was_given()
    {
        _temp.Write("p/lib/Library.fml/Library.fml", Fml.Model("Library"));

        var fromTop = Load(_temp["p"]).Sources.Single().Uri;
        var fromLib = Load(_temp["p/lib"]).Sources.Single().Uri;
        var fromFolder = Load(_temp["p/lib/Library.fml"]).Sources.Single().Uri;
        var fromFile = Load(_temp["p/lib/Library.fml/Library.fml"]).Sources.Single().Uri;

        Assert.Equal(ResourceUris.DefaultBaseUri(_temp["p/lib"]) + "/Library.fml", fromTop);
        Assert.Equal([fromTop, fromTop, fromTop], [fromLib, fromFolder, fromFile]);
    }

    [Fact]
    public void Folder_inside_a_marked_resource_center_uses_its_base_uri()
    {
        _temp.Marker("rc", "http://example.org/rc");
        _temp.Write("rc/sub/deeper/A.fml/A.fml", Fml.Model("A"));

        var workspace = Load(_temp["rc/sub"]);

        var source = Assert.Single(workspace.Sources);
        Assert.Equal("http://example.org/rc/sub/deeper/A.fml", source.Uri);
        Assert.Equal(_temp["rc/sub/deeper/A.fml/A.fml"], source.Path);
        var center = Assert.Single(workspace.ResourceCenters);
        Assert.Equal(_temp["rc"], center.RootPath);
        Assert.Equal(["sub"], center.Scopes.ToArray());
    }

    [Fact]
    public void Contained_model_given_alone_brings_its_containers_as_context()
    {
        _temp.Marker("rc", "http://example.org/rc");
        _temp.Write("rc/Library.fml/Library.fml", Fml.Model("Library"));
        _temp.Write("rc/Library.fml/Loans.fml/Loans.fml", Fml.Model("Loans"));
        _temp.Write("rc/Library.fml/Loans.fml/Fines.fml/Fines.fml", Fml.Model("Fines"));

        var workspace = Load(_temp["rc/Library.fml/Loans.fml/Fines.fml/Fines.fml"]);

        var fines = Assert.Single(workspace.Sources);
        Assert.Equal("http://example.org/rc/Library.fml/Loans.fml/Fines.fml", fines.Uri);
        Assert.Equal([_temp["rc/Library.fml/Library.fml"], _temp["rc/Library.fml/Loans.fml/Loans.fml"]],
            workspace.ContextSources.Select(s => s.Path));
        Assert.Equal(_temp["rc/Library.fml/Loans.fml/Loans.fml"], fines.Document?.ContainerPath);
        Assert.Equal(_temp["rc/Library.fml/Library.fml"], workspace.ContextSources[1].Document?.ContainerPath);
        Assert.Equal(3, workspace.Compilation.Documents.Count());
        Assert.Single(workspace.Entries);
    }

    [Fact]
    public void Context_model_given_later_becomes_a_requested_source_and_containment_follows_its_path()
    {
        _temp.Write("rc/Library.fml/Library.fml", Fml.Model("Library"));
        _temp.Write("rc/Library.fml/Loans.fml/Loans.fml", Fml.Model("Loans"));

        var set = new ResourceCenterSet();
        set.TryAddPath(_temp["rc/Library.fml/Loans.fml"]);
        set.TryAddPath(_temp["rc"], "shown");
        var workspace = set.Load();

        Assert.Equal([_temp["rc/Library.fml/Loans.fml/Loans.fml"], Path.Join("shown", "Library.fml", "Library.fml")],
            workspace.Sources.Select(s => s.Path));
        Assert.Empty(workspace.ContextSources);
        Assert.Equal(Path.Join("shown", "Library.fml", "Library.fml"), workspace.Sources[0].Document?.ContainerPath);
    }

    [Fact]
    public void Missing_container_source_of_a_contained_model_given_alone_is_reported()
    {
        _temp.Write("rc/P.fml/C.fml/C.fml", Fml.Model("C"));

        var workspace = Load(_temp["rc/P.fml/C.fml/C.fml"]);

        Assert.Equal(2, workspace.Entries.Length);
        var problem = Assert.IsType<WorkspaceProblem>(workspace.Entries[0]);
        Assert.Equal(ResourceProblemKind.MissingSourceFile, problem.Problem.Kind);
        Assert.Equal(_temp["rc/P.fml"], problem.Path);
        Assert.Null(workspace.Sources.Single().Document?.ContainerPath);
    }

    [Fact]
    public void Entries_keep_scan_order_with_problems_and_instances_in_place()
    {
        _temp.Write("a.fml", Fml.Model("A"));
        _temp.WriteBytes("b.fml", [0xC3]);
        _temp.Write("c.fml/readme.txt", "no source");
        _temp.Write("d.fml.rt/d.fml.rt.xml", "<x/>");
        _temp.Write("e.fml", Fml.Model("E"));

        var workspace = Load(_temp.Path);

        Assert.Equal(
            [
                ("WorkspaceSource", _temp["a.fml"]),
                ("WorkspaceSource", _temp["b.fml"]),
                ("WorkspaceProblem", _temp["c.fml"]),
                ("WorkspaceInstance", _temp["d.fml.rt"]),
                ("WorkspaceSource", _temp["e.fml"]),
            ],
            workspace.Entries.Select(e => (e.GetType().Name, e.Path)));
        Assert.Equal(ResourceProblemKind.InvalidUtf8, workspace.Sources[1].Problem?.Kind);
        Assert.Null(workspace.Sources[1].Document);
        Assert.Equal(2, workspace.Problems.Length);
        Assert.Equal(2, workspace.Compilation.Documents.Count());
        Assert.Single(workspace.Instances);
    }

    [Fact]
    public void In_memory_documents_join_the_compilation()
    {
        _temp.Write("A.fml", Fml.Model("A"));
        var set = new ResourceCenterSet();
        set.TryAddPath(_temp.Path);
        set.AddDocument(new FmlDocument("<stdin>", Fml.Model("B"), "urn:stdin"));
        set.AddDocument(new FmlDocument("<stdin>", Fml.Model("C"), "urn:stdin"));

        var workspace = set.Load(new CompilationOptions { SyntaxOnly = true });

        Assert.Equal([_temp["A.fml"], "<stdin>"], workspace.Sources.Select(s => s.Path));
        Assert.True(workspace.Compilation.Options.SyntaxOnly);
        Assert.Equal(Fml.Model("B"), workspace.FindByPath("<stdin>")?.Document?.Text);
    }

    [Fact]
    public void Whole_resource_center_added_explicitly_is_shown_relative_to_its_display_root()
    {
        _temp.Marker("rc", "http://example.org/rc");
        _temp.Write("rc/A.fml/A.fml", Fml.Model("A"));

        var workspace = new ResourceCenterSet().AddResourceCenter(_temp["rc"], "rc").Load();

        Assert.Equal(Path.Join("rc", "A.fml", "A.fml"), Assert.Single(workspace.Sources).Path);
        Assert.Same(workspace.Sources[0], workspace.FindByPath(_temp["rc/A.fml/A.fml"]));
    }

    [Fact]
    public void Missing_paths_are_refused()
    {
        var set = new ResourceCenterSet();

        Assert.False(set.TryAddPath(_temp["nope"]));
        Assert.False(set.TryAddPath(""));
        Assert.Equal(0, set.Count);
    }

    [Fact]
    public void Loading_again_sees_the_changes_on_disk()
    {
        _temp.Write("A.fml", Fml.Model("A"));
        var set = new ResourceCenterSet();
        set.TryAddPath(_temp.Path);
        var before = set.Load();

        _temp.Write("B.fml", Fml.Model("B"));
        var after = set.Load();

        Assert.Single(before.Sources);
        Assert.Equal(2, after.Sources.Length);
    }

    [Fact]
    public void Reloading_keeps_unchanged_trees_and_lists_what_changed()
    {
        _temp.Write("A.fml", Fml.Model("A"));
        _temp.Write("B.fml", Fml.Model("B"));
        _temp.Write("C.fml", Fml.Model("C"));
        var set = new ResourceCenterSet();
        set.TryAddPath(_temp.Path);
        var before = set.Load(new CompilationOptions { SyntaxOnly = true });
        var treeA = before.Compilation.GetSyntaxTree(_temp["A.fml"]);

        _temp.Write("B.fml", Fml.Model("B2"));
        File.Delete(_temp["C.fml"]);
        _temp.Write("D.fml", Fml.Model("D"));
        var after = set.Reload(before);
        var changes = after.ChangesSince(before);

        Assert.True(after.Compilation.Options.SyntaxOnly);
        Assert.Same(treeA, after.Compilation.GetSyntaxTree(_temp["A.fml"]));
        Assert.Equal([_temp["D.fml"]], changes.Added.Select(d => d.Path));
        Assert.Equal([_temp["B.fml"]], changes.Changed.Select(d => d.Path));
        Assert.Equal([_temp["C.fml"]], changes.Removed.ToArray());
        Assert.Equal(3, after.Compilation.Documents.Count());
        Assert.True(set.Reload(after).ChangesSince(after).IsEmpty);
    }
}
