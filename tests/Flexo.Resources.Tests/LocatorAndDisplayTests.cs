namespace Flexo.Resources.Tests;

public sealed class LocatorAndDisplayTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Plain_folder_is_its_own_root()
    {
        var folder = _temp.Folder("models");

        Assert.Equal(new ResourceCenterLocation(folder, ""), ResourceCenterLocator.Locate(folder));
    }

    [Fact]
    public void Model_folder_and_its_files_are_located_in_the_folder_holding_the_outermost_model()
    {
        var file = _temp.Write("p/Library.fml/Loans.fml/Loans.fml", Fml.Model("Loans"));

        Assert.Equal(new ResourceCenterLocation(_temp["p"], "Library.fml/Loans.fml/Loans.fml"), ResourceCenterLocator.Locate(file));
        Assert.Equal(new ResourceCenterLocation(_temp["p"], "Library.fml"), ResourceCenterLocator.Locate(_temp["p/Library.fml"]));
    }

    [Fact]
    public void Nearest_marker_above_decides_the_root()
    {
        _temp.Marker("outer", "http://x/outer");
        _temp.Marker("outer/inner", "http://x/inner");
        var file = _temp.Write("outer/inner/a/B.fml", Fml.Model("B"));

        Assert.Equal(new ResourceCenterLocation(_temp["outer/inner"], "a/B.fml"), ResourceCenterLocator.Locate(file));
        Assert.Equal(new ResourceCenterLocation(_temp["outer/inner"], ""), ResourceCenterLocator.Locate(_temp["outer/inner"]));
    }

    [Fact]
    public void Plain_file_is_located_in_its_folder()
    {
        var file = _temp.Write("x/Hello.fml", Fml.Model("Hello"));

        Assert.Equal(new ResourceCenterLocation(_temp["x"], "Hello.fml"), ResourceCenterLocator.Locate(file));
    }

    [Theory]
    [InlineData("models", "/w/models", true, "/w/models/a/B.fml", "models/a/B.fml")]
    [InlineData("models/", "/w/models", true, "/w/models/B.fml", "models/B.fml")]
    [InlineData("./m", "/w/m", true, "/w/m/B.fml", "./m/B.fml")]
    [InlineData("L.fml/C.fml/C.fml", "/w/L.fml/C.fml/C.fml", false, "/w/L.fml/L.fml", "L.fml/L.fml")]
    [InlineData("C.fml", "/w/L.fml/C.fml/C.fml", false, "/w/L.fml/L.fml", "../L.fml")]
    [InlineData("sub", "/w/rc/sub", true, "/w/rc/META-INF/x", "META-INF/x")]
    [InlineData("../sub", "/w/rc/sub", true, "/w/rc/META-INF/x", "../META-INF/x")]
    [InlineData("/w/m/X.fml", "/w/m/X.fml", false, "/w/m/X.fml", "/w/m/X.fml")]
    public void Display_paths_start_with_the_path_as_given(string display, string full, bool isFolder, string found, string expected)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Assert.Equal(expected, DisplayPaths.Relative(display, full, isFolder, found));
    }
}
