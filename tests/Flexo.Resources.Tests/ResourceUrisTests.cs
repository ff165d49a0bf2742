namespace Flexo.Resources.Tests;

public sealed class ResourceUrisTests
{
    [Theory]
    [InlineData("http://example.org/rc", "A.fml", "http://example.org/rc/A.fml")]
    [InlineData("http://example.org/rc/", "A.fml", "http://example.org/rc/A.fml")]
    [InlineData("http://example.org/rc", "sub/A.fml", "http://example.org/rc/sub/A.fml")]
    [InlineData("http://example.org/rc", "sub\\A.fml", "http://example.org/rc/sub/A.fml")]
    [InlineData("file:///", "A.fml", "file:///A.fml")]
    [InlineData("http://example.org/rc", "My Model.fml", "http://example.org/rc/My Model.fml")]
    [InlineData("http://example.org/rc", "", "http://example.org/rc")]
    public void Combine_puts_exactly_one_slash_between_base_and_relative_path(string baseUri, string relative, string expected)
    {
        Assert.Equal(expected, ResourceUris.Combine(baseUri, relative));
    }

    [Fact]
    public void Contained_model_uri_is_the_container_uri_and_the_folder_name()
    {
        Assert.Equal("http://example.org/flexo/examples/Library.fml/Loans.fml",
            ResourceUris.Contained("http://example.org/flexo/examples/Library.fml", "Loans.fml"));
    }

    [Fact]
    public void Default_base_uri_of_the_file_system_root()
    {
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal("file:///", ResourceUris.DefaultBaseUri("/"));
            Assert.Equal("file:///", ResourceUris.DefaultBaseUri("/"));
            Assert.Equal("file:///tmp/x", ResourceUris.DefaultBaseUri("/tmp/x/"));
        }
    }

    [Theory]
    [InlineData("A.fml", true, false)]
    [InlineData("A.FML", true, false)]
    [InlineData(".fml", false, false)]
    [InlineData("A.fml.rt", false, true)]
    [InlineData("A.fml.xml", false, false)]
    [InlineData("Localized", false, false)]
    public void Resource_folder_names(string name, bool model, bool instance)
    {
        Assert.Equal(model, ResourceNames.IsModelFolderName(name));
        Assert.Equal(instance, ResourceNames.IsInstanceFolderName(name));
    }
}
