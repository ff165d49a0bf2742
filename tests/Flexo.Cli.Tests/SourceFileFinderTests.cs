using Flexo.Cli.Files;

namespace Flexo.Cli.Tests;

public sealed class SourceFileFinderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private List<string> Found(params string[] paths) =>
        SourceFileFinder.Find(paths).Files
            .Select(f => Path.GetRelativePath(_temp.Path, f.DisplayPath).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();

    [Fact]
    public void Folders_are_scanned_recursively_in_name_order()
    {
        _temp.Write("b.fml", Fml.Valid);
        _temp.Write("a/deep/er/c.fml", Fml.Valid);
        _temp.Write("a/a.fml", Fml.Valid);

        Assert.Equal(["a/a.fml", "a/deep/er/c.fml", "b.fml"], Found(_temp.Path));
    }

    [Fact]
    public void Openflexo_resource_folder_named_like_a_file_is_descended_into()
    {
        _temp.Write("Project/Hello.fml/Hello.fml", Fml.Valid);
        _temp.Write("Project/Hello.fml/.metadata", "uri=x\n");
        _temp.Write("Project/Hello.fml/Child.fml/Child.fml", Fml.Valid);
        _temp.Write("Project/Hello.fml/Hello.fml.xml", "<VirtualModel/>");

        Assert.Equal(["Project/Hello.fml/Child.fml/Child.fml", "Project/Hello.fml/Hello.fml"], Found(_temp.Path));
    }

    [Fact]
    public void Resource_folder_given_directly_is_descended_into()
    {
        _temp.Write("Hello.fml/Hello.fml", Fml.Valid);

        Assert.Equal(["Hello.fml/Hello.fml"], Found(_temp["Hello.fml"]));
    }

    [Fact]
    public void Build_and_git_folders_are_skipped()
    {
        _temp.Write("src/A.fml", Fml.Valid);
        _temp.Write("src/bin/Debug/A.fml", Fml.Valid);
        _temp.Write("src/obj/A.fml", Fml.Valid);
        _temp.Write(".git/A.fml", Fml.Valid);
        _temp.Write("binary/B.fml", Fml.Valid);

        Assert.Equal(["binary/B.fml", "src/A.fml"], Found(_temp.Path));
    }

    [Fact]
    public void Only_fml_files_are_taken_from_folders()
    {
        _temp.Write("A.fml", Fml.Valid);
        _temp.Write("A.fml.xml", "<x/>");
        _temp.Write("notes.txt", "x");
        _temp.Write("Run.fml.rt/Run.fml.rt.xml", "<x/>");
        _temp.Write("B.FML", Fml.Valid);

        Assert.Equal(["A.fml", "B.FML"], Found(_temp.Path));
    }

    [Fact]
    public void File_given_explicitly_is_taken_whatever_its_extension()
    {
        var file = _temp.Write("model.txt", Fml.Valid);

        Assert.Equal(["model.txt"], Found(file));
    }

    [Fact]
    public void Each_file_is_listed_once()
    {
        var file = _temp.Write("a/A.fml", Fml.Valid);

        Assert.Equal(["a/A.fml"], Found(_temp["a"], file, _temp.Path));
    }

    [Fact]
    public void Missing_paths_are_reported_not_thrown()
    {
        _temp.Write("A.fml", Fml.Valid);

        var set = SourceFileFinder.Find([_temp.Path, _temp["nope"], ""]);

        Assert.Single(set.Files);
        Assert.Equal([_temp["nope"], ""], set.MissingPaths.ToArray());
    }

    [Fact]
    public void Dash_is_standard_input()
    {
        var set = SourceFileFinder.Find(["-", "-"]);

        var file = Assert.Single(set.Files);
        Assert.True(file.IsStandardInput);
        Assert.Equal("<stdin>", file.DisplayPath);
    }

    [Fact]
    public void Symbolic_links_to_folders_are_not_followed_while_scanning()
    {
        _temp.Write("real/A.fml", Fml.Valid);
        Directory.CreateSymbolicLink(_temp["real/loop"], _temp["real"]);

        Assert.Equal(["real/A.fml"], Found(_temp.Path));
    }
}
