using Flexo.Fml.Diagnostics;

namespace Flexo.Resources.Tests;

public sealed class DirectoryResourceCenterTests : IDisposable
{
    private const string Base = "http://example.org/rc";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private DirectoryResourceCenter OpenWithMarker(string content = Base)
    {
        _temp.Marker("", content);
        return DirectoryResourceCenter.Open(_temp.Path);
    }

    [Fact]
    public void Model_folder_with_its_source_is_a_unit()
    {
        _temp.Write("Hello.fml/Hello.fml", Fml.Model("Hello"));

        var center = OpenWithMarker();

        var unit = Assert.Single(center.Units);
        Assert.Equal("Hello.fml", unit.RelativePath);
        Assert.Equal(_temp["Hello.fml"], unit.FullPath);
        Assert.Equal("Hello.fml/Hello.fml", unit.SourceRelativePath);
        Assert.Equal(_temp["Hello.fml/Hello.fml"], unit.SourceFullPath);
        Assert.Equal("Hello", unit.Name);
        Assert.Equal(ResourceLayout.Folder, unit.Layout);
        Assert.Equal("http://example.org/rc/Hello.fml", unit.Uri);
        Assert.False(unit.IsContained);
        Assert.Empty(center.Problems);
    }

    [Fact]
    public void Contained_models_two_levels_deep_get_their_container_and_uri()
    {
        _temp.Write("Lib/Library.fml/Library.fml", Fml.Model("Library"));
        _temp.Write("Lib/Library.fml/Loans.fml/Loans.fml", Fml.Model("Loans"));
        _temp.Write("Lib/Library.fml/Loans.fml/Fines.fml/Fines.fml", Fml.Model("Fines"));

        var center = OpenWithMarker();

        Assert.Equal(["Lib/Library.fml", "Lib/Library.fml/Loans.fml", "Lib/Library.fml/Loans.fml/Fines.fml"],
            center.Units.Select(u => u.RelativePath));
        Assert.Equal(
            [
                "http://example.org/rc/Lib/Library.fml",
                "http://example.org/rc/Lib/Library.fml/Loans.fml",
                "http://example.org/rc/Lib/Library.fml/Loans.fml/Fines.fml",
            ],
            center.Units.Select(u => u.Uri));
        Assert.Equal([null, "Lib/Library.fml", "Lib/Library.fml/Loans.fml"], center.Units.Select(u => u.ContainerRelativePath));
        Assert.Equal("Lib/Library.fml/Loans.fml/Fines.fml/Fines.fml", center.Units[2].SourceRelativePath);
        Assert.True(center.Units[2].IsContained);
    }

    [Fact]
    public void Plain_fml_files_are_units_whose_uri_is_the_base_and_the_relative_path()
    {
        _temp.Write("HelloWorld.fml", Fml.Model("HelloWorld"));
        _temp.Write("misc/deep/Other.FML", Fml.Model("Other"));

        var center = OpenWithMarker();

        Assert.Equal(["HelloWorld.fml", "misc/deep/Other.FML"], center.Units.Select(u => u.RelativePath));
        Assert.All(center.Units, u => Assert.Equal(ResourceLayout.File, u.Layout));
        Assert.All(center.Units, u => Assert.Equal(u.RelativePath, u.SourceRelativePath));
        Assert.Equal(["http://example.org/rc/HelloWorld.fml", "http://example.org/rc/misc/deep/Other.FML"], center.Units.Select(u => u.Uri));
        Assert.Equal(["HelloWorld", "Other"], center.Units.Select(u => u.Name));
    }

    [Theory]
    [InlineData("http://openflexo.org/test/flexo-test-resources", "TestResourceCenter/TestAnnotations.fml",
        "http://openflexo.org/test/flexo-test-resources/TestResourceCenter/TestAnnotations.fml")]
    [InlineData("http://example.org/rc/", "Stock.fml", "http://example.org/rc/Stock.fml")]
    [InlineData("  http://example.org/rc\n", "Stock.fml", "http://example.org/rc/Stock.fml")]
    [InlineData("\uFEFFhttp://example.org/rc\r\n", "a/Stock.fml", "http://example.org/rc/a/Stock.fml")]
    public void Marker_file_content_trimmed_is_the_base_uri(string marker, string folder, string uri)
    {
        _temp.Write(folder + "/" + Path.GetFileName(folder), Fml.Model("M"));

        var center = OpenWithMarker(marker);

        Assert.Equal(BaseUriOrigin.MarkerFile, center.BaseUriOrigin);
        Assert.Equal(marker.Trim().TrimStart('\uFEFF'), center.BaseUri);
        Assert.Equal(uri, Assert.Single(center.Units).Uri);
        Assert.Empty(center.Problems);
    }

    [Fact]
    public void Without_marker_the_base_uri_is_the_folders_file_uri()
    {
        _temp.Write("Hello.fml/Hello.fml", Fml.Model("Hello"));

        var center = DirectoryResourceCenter.Open(_temp.Path);

        Assert.Equal(BaseUriOrigin.Default, center.BaseUriOrigin);
        Assert.Equal("file://" + _temp.Path.Replace('\\', '/'), center.BaseUri);
        Assert.Equal(center.BaseUri + "/Hello.fml", Assert.Single(center.Units).Uri);
    }

    [Fact]
    public void Default_base_uri_is_percent_encoded_and_has_no_at_sign()
    {
        var folder = _temp.Folder("my models@home #1/é");

        var uri = ResourceUris.DefaultBaseUri(folder);

        Assert.EndsWith("/my%20models%40home%20%231/%C3%A9", uri, StringComparison.Ordinal);
        Assert.StartsWith("file:///", uri, StringComparison.Ordinal);
        Assert.DoesNotContain('@', uri);
        Assert.DoesNotContain(' ', uri);
        Assert.True(Uri.TryCreate(uri, UriKind.Absolute, out var parsed), uri);
        Assert.Equal(folder, parsed.LocalPath);
    }

    [Fact]
    public void Explicit_base_uri_wins_over_the_marker()
    {
        _temp.Marker("", Base);
        _temp.Write("A.fml", Fml.Model("A"));

        var center = DirectoryResourceCenter.Open(_temp.Path, new ResourceCenterOptions { BaseUri = "urn:x/" });

        Assert.Equal(BaseUriOrigin.Explicit, center.BaseUriOrigin);
        Assert.Equal("urn:x/A.fml", Assert.Single(center.Units).Uri);
    }

    [Fact]
    public void Empty_marker_is_a_warning_and_the_default_base_is_used()
    {
        _temp.Write("A.fml", Fml.Model("A"));

        var center = OpenWithMarker(" \n");

        Assert.Equal(BaseUriOrigin.Default, center.BaseUriOrigin);
        var problem = Assert.Single(center.Problems);
        Assert.Equal(ResourceProblemKind.EmptyMarkerFile, problem.Kind);
        Assert.Equal(DiagnosticSeverity.Warning, problem.Severity);
        Assert.Equal(ResourceNames.MarkerFile, problem.RelativePath);
    }

    [Fact]
    public void Marker_that_is_not_utf8_is_reported_and_the_default_base_is_used()
    {
        _temp.WriteBytes(ResourceNames.MarkerFile, [0x68, 0x74, 0xFF]);

        var center = DirectoryResourceCenter.Open(_temp.Path);

        Assert.Equal(BaseUriOrigin.Default, center.BaseUriOrigin);
        Assert.Equal(ResourceProblemKind.InvalidUtf8, Assert.Single(center.Problems).Kind);
    }

    [Fact]
    public void Model_folder_without_its_source_is_a_problem_and_its_contained_models_are_still_found()
    {
        _temp.Write("Broken.fml/.metadata", "uri=x\n");
        _temp.Write("Broken.fml/Broken.fml.xml", "<VirtualModel/>");
        _temp.Write("Broken.fml/Child.fml/Child.fml", Fml.Model("Child"));

        var center = OpenWithMarker();

        var problem = Assert.Single(center.Problems);
        Assert.Equal(ResourceProblemKind.MissingSourceFile, problem.Kind);
        Assert.Equal(DiagnosticSeverity.Error, problem.Severity);
        Assert.Equal("Broken.fml", problem.RelativePath);
        Assert.Equal(_temp["Broken.fml"], problem.FullPath);
        Assert.Contains("'Broken.fml'", problem.Reason, StringComparison.Ordinal);
        var child = Assert.Single(center.Units);
        Assert.Equal("Broken.fml", child.ContainerRelativePath);
        Assert.Equal("http://example.org/rc/Broken.fml/Child.fml", child.Uri);
        Assert.Equal(center.Entries[0], problem);
    }

    [Fact]
    public void Metadata_localized_dictionaries_and_legacy_xml_are_ignored_silently()
    {
        _temp.Write("A.fml/A.fml", Fml.Model("A"));
        _temp.Write("A.fml/.metadata", "A.fml.uri=x\n");
        _temp.Write("A.fml/A.fml.xml", "<VirtualModel/>");
        _temp.Write("A.fml/Localized/English.dict", "k=v\n");
        _temp.Write("A.fml/Localized/Stray.fml", "not looked at");

        var center = OpenWithMarker();

        Assert.Equal(["A.fml"], center.Entries.Select(e => e.RelativePath));
    }

    [Fact]
    public void Other_fml_file_inside_a_model_folder_is_ignored_with_a_warning()
    {
        _temp.Write("A.fml/A.fml", Fml.Model("A"));
        _temp.Write("A.fml/Other.fml", Fml.Model("Other"));

        var center = OpenWithMarker();

        Assert.Single(center.Units);
        var problem = Assert.Single(center.Problems);
        Assert.Equal(ResourceProblemKind.IgnoredFile, problem.Kind);
        Assert.Equal(DiagnosticSeverity.Warning, problem.Severity);
        Assert.Equal("A.fml/Other.fml", problem.RelativePath);
    }

    [Fact]
    public void Instance_folders_are_listed_not_parsed()
    {
        _temp.Write("Run.fml.rt/Run.fml.rt.xml", "<FMLRTVirtualModelInstance/>");
        _temp.Write("Run.fml.rt/Sub.fml.rt/Sub.fml.rt.xml", "<FMLRTVirtualModelInstance/>");
        _temp.Write("A.fml/A.fml", Fml.Model("A"));
        _temp.Write("A.fml/Demo.fml.rt/Demo.fml.rt.xml", "<FMLRTVirtualModelInstance/>");

        var center = OpenWithMarker();

        Assert.Equal(["A.fml"], center.Units.Select(u => u.RelativePath));
        Assert.Equal(["A.fml/Demo.fml.rt", "Run.fml.rt", "Run.fml.rt/Sub.fml.rt"], center.Instances.Select(i => i.RelativePath));
        Assert.Equal(
            ["http://example.org/rc/A.fml/Demo.fml.rt", "http://example.org/rc/Run.fml.rt", "http://example.org/rc/Run.fml.rt/Sub.fml.rt"],
            center.Instances.Select(i => i.Uri));
        Assert.Equal(["A.fml", null, "Run.fml.rt"], center.Instances.Select(i => i.ContainerRelativePath));
        Assert.Equal(["Demo", "Run", "Sub"], center.Instances.Select(i => i.Name));
        Assert.Equal(_temp["Run.fml.rt/Run.fml.rt.xml"], center.Instances[1].DataFullPath);
        Assert.Empty(center.Problems);
    }

    [Fact]
    public void Instance_folder_without_its_data_file_is_a_problem()
    {
        _temp.Write("Run.fml.rt/notes.txt", "x");

        var center = OpenWithMarker();

        Assert.Empty(center.Instances);
        var problem = Assert.Single(center.Problems);
        Assert.Equal(ResourceProblemKind.MissingInstanceFile, problem.Kind);
        Assert.Contains("'Run.fml.rt.xml'", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_version_control_and_package_folders_are_skipped()
    {
        _temp.Write("src/A.fml", Fml.Model("A"));
        _temp.Write("src/bin/Debug/A.fml", Fml.Model("A"));
        _temp.Write("obj/A.fml", Fml.Model("A"));
        _temp.Write(".git/A.fml", Fml.Model("A"));
        _temp.Write("node_modules/x/A.fml/A.fml", Fml.Model("A"));
        _temp.Write("binary/B.fml", Fml.Model("B"));

        var center = OpenWithMarker();

        Assert.Equal(["binary/B.fml", "src/A.fml"], center.Entries.Select(e => e.RelativePath));
    }

    [Fact]
    public void Order_is_deterministic_ordinal_depth_first_with_containers_first()
    {
        _temp.Write("z.fml", Fml.Model("Z"));
        _temp.Write("B.fml/B.fml", Fml.Model("B"));
        _temp.Write("B.fml/A.fml/A.fml", Fml.Model("A"));
        _temp.Write("a.fml", Fml.Model("A"));
        _temp.Write("m/C.fml", Fml.Model("C"));
        _temp.Write("B.fml/X.fml.rt/X.fml.rt.xml", "<x/>");

        var first = OpenWithMarker();
        var second = DirectoryResourceCenter.Open(_temp.Path);

        Assert.Equal(["B.fml", "B.fml/A.fml", "B.fml/X.fml.rt", "a.fml", "m/C.fml", "z.fml"], first.Entries.Select(e => e.RelativePath));
        Assert.Equal(first.Entries.ToArray(), second.Entries.ToArray());
    }

    [Fact]
    public void Symbolic_links_to_folders_are_listed_as_not_followed()
    {
        _temp.Write("real/A.fml", Fml.Model("A"));
        Directory.CreateSymbolicLink(_temp["real/loop"], _temp["real"]);

        var center = OpenWithMarker();

        Assert.Equal(["real/A.fml"], center.Units.Select(u => u.RelativePath));
        var problem = Assert.Single(center.Problems);
        Assert.Equal(ResourceProblemKind.FolderLinkNotFollowed, problem.Kind);
        Assert.Equal(DiagnosticSeverity.Info, problem.Severity);
        Assert.Equal("real/loop", problem.RelativePath);
    }

    [Fact]
    public void Unreadable_folder_is_a_problem_not_an_exception()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _temp.Write("ok/A.fml", Fml.Model("A"));
        _temp.Write("locked/B.fml", Fml.Model("B"));
        _temp.Marker("", Base);

        DirectoryResourceCenter center;
        using (TempFolder.Locked(_temp["locked"]))
        {
            center = DirectoryResourceCenter.Open(_temp.Path);
        }

        if (Environment.IsPrivilegedProcess)
        {
            // Permissions do not stop the superuser: the folder is read like any other.
            Assert.Equal(["locked/B.fml", "ok/A.fml"], center.Units.Select(u => u.RelativePath));
            Assert.Empty(center.Problems);
        }
        else
        {
            Assert.Equal(["ok/A.fml"], center.Units.Select(u => u.RelativePath));
            var problem = Assert.Single(center.Problems);
            Assert.Equal(ResourceProblemKind.UnreadableFolder, problem.Kind);
            Assert.Equal("locked", problem.RelativePath);
            Assert.Equal("permission denied", problem.Reason);
        }
    }

    [Fact]
    public void Lookup_by_uri_and_by_relative_path()
    {
        _temp.Write("Lib/Library.fml/Library.fml", Fml.Model("Library"));
        _temp.Write("Lib/Library.fml/Loans.fml/Loans.fml", Fml.Model("Loans"));
        _temp.Write("Run.fml.rt/Run.fml.rt.xml", "<x/>");

        var center = OpenWithMarker();

        var loans = center.FindByUri("http://example.org/rc/Lib/Library.fml/Loans.fml");
        Assert.NotNull(loans);
        Assert.Equal("Loans", loans.Name);
        Assert.Same(loans, center.FindByPath("Lib/Library.fml/Loans.fml"));
        Assert.Same(loans, center.FindByPath("Lib/Library.fml/Loans.fml/Loans.fml"));
        Assert.Same(loans, center.FindByPath("./Lib\\Library.fml\\Loans.fml/"));
        Assert.Null(center.FindByUri("http://example.org/rc/Lib/Library.fml/Loans.fml/"));
        Assert.Null(center.FindByPath("Lib"));
        Assert.Equal("Run", center.FindInstanceByUri("http://example.org/rc/Run.fml.rt")?.Name);
        Assert.Equal("Run", center.FindInstanceByPath("Run.fml.rt")?.Name);
    }

    [Fact]
    public void Scope_inside_a_model_folder_keeps_containment_and_lists_the_enclosing_models()
    {
        _temp.Write("Lib/Library.fml/Library.fml", Fml.Model("Library"));
        _temp.Write("Lib/Library.fml/Loans.fml/Loans.fml", Fml.Model("Loans"));
        _temp.Write("Lib/Library.fml/Loans.fml/Fines.fml/Fines.fml", Fml.Model("Fines"));
        _temp.Write("Other.fml", Fml.Model("Other"));
        _temp.Marker("", Base);

        var center = DirectoryResourceCenter.Open(_temp.Path, ["Lib/Library.fml/Loans.fml/Fines.fml/Fines.fml"]);

        var fines = Assert.Single(center.Units);
        Assert.Equal("http://example.org/rc/Lib/Library.fml/Loans.fml/Fines.fml", fines.Uri);
        Assert.Equal("Lib/Library.fml/Loans.fml", fines.ContainerRelativePath);
        Assert.Equal(["Lib/Library.fml", "Lib/Library.fml/Loans.fml"], center.EnclosingUnits.Select(u => u.RelativePath));
        Assert.Equal(["Lib/Library.fml/Loans.fml/Fines.fml/Fines.fml"], center.Scopes.ToArray());
    }

    [Fact]
    public void Scope_outside_the_root_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => DirectoryResourceCenter.Open(_temp["a"], ["../b"]));
    }
}
