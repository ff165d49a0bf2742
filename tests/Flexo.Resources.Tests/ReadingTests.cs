using Flexo.Fml.Semantics;

namespace Flexo.Resources.Tests;

public sealed class ReadingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Documents_carry_path_text_uri_and_container_path()
    {
        _temp.Marker("", "http://example.org/rc/");
        _temp.Write("Library.fml/Library.fml", Fml.Model("Library"));
        _temp.Write("Library.fml/Loans.fml/Loans.fml", Fml.Model("Loans"));

        var loaded = DirectoryResourceCenter.Open(_temp.Path).LoadDocuments();

        Assert.Empty(loaded.Problems);
        Assert.Equal(2, loaded.Documents.Length);
        var library = loaded.Documents[0];
        var loans = loaded.Documents[1];
        Assert.Equal(new FmlDocument(_temp["Library.fml/Library.fml"], Fml.Model("Library"), "http://example.org/rc/Library.fml"), library);
        Assert.Equal(new FmlDocument(_temp["Library.fml/Loans.fml/Loans.fml"], Fml.Model("Loans"),
            "http://example.org/rc/Library.fml/Loans.fml", library.Path), loans);
    }

    [Fact]
    public void Document_paths_can_be_chosen()
    {
        _temp.Write("A.fml/A.fml", Fml.Model("A"));
        _temp.Write("A.fml/B.fml/B.fml", Fml.Model("B"));

        var loaded = DirectoryResourceCenter.Open(_temp.Path).LoadDocuments(unit => unit.SourceRelativePath);

        Assert.Equal(["A.fml/A.fml", "A.fml/B.fml/B.fml"], loaded.Documents.Select(d => d.Path));
        Assert.Equal("A.fml/A.fml", loaded.Documents[1].ContainerPath);
    }

    [Fact]
    public void Compilation_of_a_center_has_every_document()
    {
        _temp.Write("A.fml", Fml.Model("A"));
        _temp.Write("B.fml", Fml.OneError);

        var compilation = DirectoryResourceCenter.Open(_temp.Path).CreateCompilation();

        Assert.Equal(2, compilation.Documents.Count());
        Assert.NotNull(compilation.GetSyntaxTree(_temp["A.fml"]));
        Assert.Contains(compilation.GetDiagnostics(_temp["B.fml"]), d => d.Code == "FML1012");
    }

    [Fact]
    public void Invalid_utf8_is_a_problem_with_its_position()
    {
        _temp.WriteBytes("Enc.fml", [.. "model M {\n\tString s = \""u8, 0xFF, .. "\";\n}\n"u8]);

        var center = DirectoryResourceCenter.Open(_temp.Path);
        var loaded = center.LoadDocuments();

        Assert.Single(center.Units);
        Assert.Empty(loaded.Documents);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(ResourceProblemKind.InvalidUtf8, problem.Kind);
        Assert.Equal("Enc.fml", problem.RelativePath);
        Assert.Equal(new Utf8Error(23, 23, 0xFF), problem.Utf8Error);
        Assert.Equal("model M {\n\tString s = \"", problem.DecodedText);
        Assert.Equal("invalid byte 0xFF at byte offset 23", problem.Reason);
    }

    [Fact]
    public void Byte_order_mark_is_accepted_and_removed()
    {
        _temp.WriteBytes("Bom.fml", [0xEF, 0xBB, 0xBF, .. "model M {\n}\n"u8]);

        var loaded = DirectoryResourceCenter.Open(_temp.Path).LoadDocuments();

        Assert.Equal("model M {\n}\n", Assert.Single(loaded.Documents).Text);
        Assert.True(ResourceFileReader.Read(_temp["Bom.fml"], "Bom.fml").HasByteOrderMark);
    }

    [Fact]
    public void Link_to_nothing_is_listed_and_reported_as_unreadable()
    {
        File.CreateSymbolicLink(_temp["Dangling.fml"], _temp["nowhere/Dangling.fml"]);

        var center = DirectoryResourceCenter.Open(_temp.Path);
        var loaded = center.LoadDocuments();

        Assert.Equal("Dangling.fml", Assert.Single(center.Units).RelativePath);
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(ResourceProblemKind.UnreadableFile, problem.Kind);
        Assert.Equal("no such file", problem.Reason);
    }

    [Fact]
    public void File_without_read_permission_is_reported_unless_running_as_superuser()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var file = _temp.Write("Secret.fml/Secret.fml", Fml.Model("Secret"));
        var center = DirectoryResourceCenter.Open(_temp.Path);

        ResourceDocuments loaded;
        using (TempFolder.Locked(file))
        {
            loaded = center.LoadDocuments();
        }

        Assert.Equal("Secret.fml", Assert.Single(center.Units).RelativePath);
        if (Environment.IsPrivilegedProcess)
        {
            // The superuser reads files whatever their permissions: nothing to report.
            Assert.Single(loaded.Documents);
            Assert.Empty(loaded.Problems);
        }
        else
        {
            Assert.Empty(loaded.Documents);
            var problem = Assert.Single(loaded.Problems);
            Assert.Equal(ResourceProblemKind.UnreadableFile, problem.Kind);
            Assert.Equal("Secret.fml/Secret.fml", problem.RelativePath);
            Assert.Equal("permission denied", problem.Reason);
        }
    }

    [Fact]
    public void Contained_model_of_an_unreadable_container_has_no_container_path()
    {
        _temp.WriteBytes("A.fml/A.fml", [0xC3]);
        _temp.Write("A.fml/B.fml/B.fml", Fml.Model("B"));

        var loaded = DirectoryResourceCenter.Open(_temp.Path).LoadDocuments();

        var b = Assert.Single(loaded.Documents);
        Assert.Null(b.ContainerPath);
        Assert.EndsWith("/A.fml/B.fml", b.Uri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, 0, 0)]
    [InlineData(new byte[] { 0x61, 0x0A, 0x62, 0xC3 }, 3, 3)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0xC0, 0x80 }, 4, 1)]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 0, 0)]
    [InlineData(new byte[] { 0xC3, 0xA9, 0xFE }, 2, 1)]
    public void Utf8_decoding_stops_at_the_first_invalid_byte(byte[] bytes, int byteOffset, int charOffset)
    {
        var decoded = Utf8Text.Decode(bytes);

        Assert.False(decoded.IsValid);
        Assert.Equal(byteOffset, decoded.Error!.Value.ByteOffset);
        Assert.Equal(charOffset, decoded.Error!.Value.CharOffset);
        Assert.Equal(charOffset, decoded.Text.Length);
    }

    [Fact]
    public void Utf8_decoding_of_valid_text()
    {
        var decoded = Utf8Text.Decode("model Café {}"u8);

        Assert.True(decoded.IsValid);
        Assert.Equal("model Café {}", decoded.Text);
        Assert.False(decoded.HasByteOrderMark);
    }
}
