using System.Text;

namespace Flexo.Adapters.Csv.Tests;

public sealed class AtomicSaveTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Failed_save_leaves_the_original_and_no_temporary_file()
    {
        var path = _folder.Write("data.csv", "a,b\n1,2\n");
        var document = CsvDocument.Open(path);
        document.RowAt(0).SetValue("b", "changed");
        document.BeforeReplace = _ => throw new IOException("disk full");
        var error = Assertions.Fails(CsvErrorCodes.SaveFailed, () => document.Save());
        Assert.Contains("disk full", error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.FilePath);
        Assert.Equal("a,b\n1,2\n", File.ReadAllText(path));
        Assert.Equal(["data.csv"], _folder.Files());
        Assert.True(document.IsModified);

        document.BeforeReplace = null;
        Assert.True(document.Save());
        Assert.Equal("a,b\n1,changed\n", File.ReadAllText(path));
        Assert.Equal(["data.csv"], _folder.Files());
    }

    [Fact]
    public void Temporary_file_is_complete_before_it_replaces_the_original()
    {
        var path = _folder.Write("data.csv", "a\n1\n");
        var document = CsvDocument.Open(path);
        document.AddRow(["2"]);
        string? seen = null;
        document.BeforeReplace = temp =>
        {
            seen = File.ReadAllText(temp);
            Assert.Equal("a\n1\n", File.ReadAllText(path));
        };
        document.Save();
        Assert.Equal("a\n1\n2\n", seen);
    }

    [Fact]
    public void File_changed_on_disk_is_not_overwritten_unless_asked()
    {
        var path = _folder.Write("data.csv", "a\n1\n");
        var document = CsvDocument.Open(path);
        document.RowAt(0).SetValue(0, "mine");
        File.WriteAllText(path, "a\ntheirs, longer\n");
        Assertions.Fails(CsvErrorCodes.ChangedOnDisk, () => document.Save());
        Assert.Equal("a\ntheirs, longer\n", File.ReadAllText(path));
        Assert.True(document.Save(overwriteExternalChanges: true));
        Assert.Equal("a\nmine\n", File.ReadAllText(path));
    }

    [Fact]
    public void File_removed_on_disk_is_not_recreated_unless_asked()
    {
        var path = _folder.Write("data.csv", "a\n1\n");
        var document = CsvDocument.Open(path);
        document.AddRow(["2"]);
        File.Delete(path);
        Assertions.Fails(CsvErrorCodes.ChangedOnDisk, () => document.Save());
        Assert.False(File.Exists(path));
        document.Save(overwriteExternalChanges: true);
        Assert.Equal("a\n1\n2\n", File.ReadAllText(path));
    }

    [Fact]
    public void Saving_keeps_the_file_permissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = _folder.Write("data.csv", "a\n1\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var document = CsvDocument.Open(path);
        document.AddRow(["2"]);
        document.Save();
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Saving_through_a_symbolic_link_updates_its_target()
    {
        var target = _folder.Write("target.csv", "a\n1\n");
        var link = _folder.PathOf("link.csv");
        File.CreateSymbolicLink(link, target);
        var document = CsvDocument.Open(link);
        document.AddRow(["2"]);
        document.Save();
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal("a\n1\n2\n", File.ReadAllText(target));
    }

    [Fact]
    public void Value_the_encoding_cannot_hold_is_refused_at_once()
    {
        var path = _folder.WriteBytes("l.csv", [.. "prix\n12\n"u8]);
        var document = CsvDocument.Open(path, new CsvOptions { Encoding = CsvEncodings.FromName("ISO-8859-1") });
        var error = Assertions.Fails(CsvErrorCodes.UnencodableValue, () => document.RowAt(0).SetValue("prix", "12 €"));
        Assert.Equal(2, error.Line);
        Assert.Contains("ISO-8859-1", error.Message, StringComparison.Ordinal);
        Assertions.Fails(CsvErrorCodes.UnencodableValue, () => document.AddRow(["€"]));
        Assertions.Fails(CsvErrorCodes.UnencodableValue, () => document.AddColumn("€"));
        Assert.False(document.IsModified);
        Assert.Equal("12", document.RowAt(0)[0]);
        Assert.Single(document.Columns);
    }

    [Fact]
    public void Lone_surrogate_cannot_be_written_as_utf8()
    {
        var document = CsvDocument.Open(_folder.Write("u.csv", "a\n1\n"));
        Assertions.Fails(CsvErrorCodes.UnencodableValue, () => document.RowAt(0).SetValue(0, "\uD800"));
        Assert.Equal(Encoding.UTF8.WebName, document.Encoding.WebName);
    }
}
