using Flexo.Cli.Files;

namespace Flexo.Cli.Tests;

public sealed class SourceReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static SourceContent Decode(byte[] bytes) =>
        SourceReader.Decode(new SourceFile("x.fml", "/x.fml"), bytes);

    [Fact]
    public void Utf8_text_is_decoded()
    {
        var content = Decode("model Café {\n}\n"u8.ToArray());

        Assert.Null(content.Error);
        Assert.Equal("model Café {\n}\n", content.Text.Text);
        Assert.False(content.HasByteOrderMark);
        Assert.Equal("x.fml", content.Text.Path);
    }

    [Fact]
    public void Byte_order_mark_is_removed_and_remembered()
    {
        var content = Decode([0xEF, 0xBB, 0xBF, .. "model M {}"u8]);

        Assert.Null(content.Error);
        Assert.Equal("model M {}", content.Text.Text);
        Assert.True(content.HasByteOrderMark);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, 0, 1, 1)]
    [InlineData(new byte[] { 0x61, 0x0A, 0x62, 0xC3 }, 3, 2, 2)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0xC0, 0x80 }, 4, 1, 2)]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 0, 1, 1)]
    public void Invalid_utf8_points_at_the_first_bad_byte(byte[] bytes, int offset, int line, int column)
    {
        var content = Decode(bytes);

        Assert.NotNull(content.Error);
        Assert.Equal("FML0002", content.Error.Code);
        Assert.Contains($"byte offset {offset}", content.Error.Message);
        var position = content.Text.GetLinePosition(content.Error.Span.Start);
        Assert.Equal((line, column), (position.Line, position.Column));
    }

    [Fact]
    public void File_that_vanished_is_a_diagnostic_not_an_exception()
    {
        var file = new SourceFile("gone.fml", _temp["gone.fml"]);

        var parsed = ParsedFile.Load(file, new CliConsole(TextWriter.Null, TextWriter.Null));

        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal("FML0001", diagnostic.Code);
        Assert.Equal("gone.fml(1,1): error FML0001: Cannot read the file: no such file.", diagnostic.Format(parsed.Text));
        Assert.Null(parsed.Tree);
    }

    [Fact]
    public void Unreadable_folder_found_while_scanning_is_reported_as_fml0001()
    {
        var file = new SourceFile("locked", _temp["locked"], ScanError: "permission denied");

        var parsed = ParsedFile.Load(file, new CliConsole(TextWriter.Null, TextWriter.Null));

        Assert.Equal("locked(1,1): error FML0001: Cannot read the file: permission denied.", parsed.Diagnostics[0].Format(parsed.Text));
    }
}
