using Flexo.Runtime;

namespace Flexo.Persistence.Tests;

public sealed class SaveTests
{
    private static readonly DateTime s_old = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Saving_an_unchanged_instance_rewrites_no_file()
    {
        using var folder = new TempFolder();
        var vmi = Fixture.NewLibrary();
        vmi.CreateInstance(Fixture.Concept("Book")).Set("pages", 5);
        vmi.CreateContainedModelInstance(Fixture.Branch, "North").Set("size", 2);
        var path = FmlRtStore.Save(vmi, folder.Path);
        var files = Directory.GetFiles(path, "*.xml", SearchOption.AllDirectories);
        Assert.Equal(2, files.Length);
        var bytes = files.ToDictionary(f => f, File.ReadAllBytes);
        foreach (var file in files)
        {
            File.SetLastWriteTimeUtc(file, s_old);
        }

        Assert.Equal(path, FmlRtStore.Save(vmi, folder.Path));
        foreach (var file in files)
        {
            Assert.Equal(s_old, File.GetLastWriteTimeUtc(file));
            Assert.Equal(bytes[file], File.ReadAllBytes(file));
        }

        Assert.Equal(files.Order(StringComparer.Ordinal), Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_the_files_that_changed_are_rewritten()
    {
        using var folder = new TempFolder();
        var vmi = Fixture.NewLibrary();
        var north = vmi.CreateContainedModelInstance(Fixture.Branch, "North");
        var path = FmlRtStore.Save(vmi, folder.Path);
        var main = Path.Join(path, "Main.fml.rt.xml");
        var child = Path.Join(path, "North.fml.rt", "North.fml.rt.xml");
        File.SetLastWriteTimeUtc(main, s_old);
        File.SetLastWriteTimeUtc(child, s_old);

        north.Set("size", 9);
        FmlRtStore.Save(vmi, folder.Path);
        Assert.Equal(s_old, File.GetLastWriteTimeUtc(main));
        Assert.NotEqual(s_old, File.GetLastWriteTimeUtc(child));
        Assert.Contains("valueAsString=\"9\"", File.ReadAllText(child), StringComparison.Ordinal);
    }

    [Fact]
    public void Saved_files_are_utf8_without_byte_order_mark_with_lf_line_ends()
    {
        using var folder = new TempFolder();
        var vmi = Fixture.NewLibrary();
        vmi.Set("motto", "é\r\nü");
        var bytes = File.ReadAllBytes(Path.Join(FmlRtStore.Save(vmi, folder.Path), "Main.fml.rt.xml"));
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.Contains("é&#xD;&#xA;ü", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    public static TheoryData<string, object?> Unsaveable => new()
    {
        { "motto", "bell \u0007" },
        { "visits", "twelve" },
        { "visits", 3_000_000_000L },
        { "published", new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(1) },
        { "anything", 42 },
        { "keywords", "not a list" },
    };

    [Theory]
    [MemberData(nameof(Unsaveable))]
    public void A_value_that_cannot_be_encoded_fails_the_save_and_leaves_the_previous_files_untouched(string property, object? value)
    {
        using var folder = new TempFolder();
        var vmi = Fixture.NewLibrary();
        var book = vmi.CreateInstance(Fixture.Concept("Book"));
        vmi.CreateContainedModelInstance(Fixture.Branch, "North");
        var path = FmlRtStore.Save(vmi, folder.Path);
        var before = RoundTripTests.Snapshot(folder.Path);

        vmi.CreateContainedModelInstance(Fixture.Branch, "South");
        vmi.ContainedModelInstances[0].Set("size", 4);
        var target = property is "motto" or "visits" ? (ConceptInstance)vmi : book;
        target.Set(property, value);

        var error = Assert.Throws<FmlPersistenceException>(() => FmlRtStore.Save(vmi, folder.Path));
        Assert.Equal("FML4030", error.Diagnostic.Code);
        Assert.Contains($"'{property}' of {target.Uri} cannot be saved", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Join(path, "Main.fml.rt.xml"), error.Diagnostic.File);
        Assert.Equal(before, RoundTripTests.Snapshot(folder.Path));
        Assert.Throws<FmlPersistenceException>(() => FmlRtStore.Write(vmi));
    }

    [Fact]
    public void A_lone_surrogate_cannot_be_saved()
    {
        var vmi = Fixture.NewLibrary();
        vmi.Set("motto", "lone \ud800 surrogate");
        var error = Assert.Throws<FmlPersistenceException>(() => FmlRtStore.Write(vmi));
        Assert.Contains("U+D800", error.Diagnostic.Message, StringComparison.Ordinal);
        vmi.Set("motto", "pair \ud83d\ude00");
        Assert.Contains("pair \ud83d\ude00", FmlRtStore.Write(vmi), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_written_fails_the_save_with_its_old_content_intact()
    {
        using var folder = new TempFolder();
        var vmi = Fixture.NewLibrary();
        var path = FmlRtStore.Save(vmi, folder.Path);
        var before = File.ReadAllText(Path.Join(path, "Main.fml.rt.xml"));
        var north = vmi.CreateContainedModelInstance(Fixture.Branch, "North");
        Directory.CreateDirectory(Path.Join(path, "North.fml.rt", "North.fml.rt.xml"));
        vmi.Set("visits", 1);

        var error = Assert.Throws<FmlPersistenceException>(() => FmlRtStore.Save(vmi, folder.Path));
        Assert.Equal("FML4031", error.Diagnostic.Code);
        Assert.Equal(Path.Join(path, "North.fml.rt", "North.fml.rt.xml"), error.Diagnostic.File);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
        Assert.NotNull(north);
        Assert.Contains("roleName=\"visits\"", File.ReadAllText(Path.Join(path, "Main.fml.rt.xml")), StringComparison.Ordinal);
        Assert.DoesNotContain("roleName=\"visits\"", before, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_of_deleted_contained_model_instances_are_removed()
    {
        using var folder = new TempFolder();
        var vmi = Fixture.NewLibrary();
        var north = vmi.CreateContainedModelInstance(Fixture.Branch, "North");
        vmi.CreateContainedModelInstance(Fixture.Branch, "South");
        var path = FmlRtStore.Save(vmi, folder.Path);
        Directory.CreateDirectory(Path.Join(path, "Notes.fml.rt"));
        north.Delete();

        FmlRtStore.Save(vmi, folder.Path);
        Assert.False(Directory.Exists(Path.Join(path, "North.fml.rt")));
        Assert.True(Directory.Exists(Path.Join(path, "South.fml.rt")));
        Assert.True(Directory.Exists(Path.Join(path, "Notes.fml.rt")), "a folder that holds no saved model instance is left alone");
        var reloaded = FmlRtStore.Load(path, Fixture.Compilation);
        Assert.False(reloaded.Succeeded);
        Directory.Delete(Path.Join(path, "Notes.fml.rt"));
        Assert.Equal(["South"], FmlRtStore.Load(path, Fixture.Compilation).Instance!.ContainedModelInstances.Select(c => c.Name));
    }

    [Fact]
    public void A_deleted_model_instance_cannot_be_saved()
    {
        using var folder = new TempFolder();
        var vmi = Fixture.NewLibrary();
        vmi.Delete();
        Assert.Throws<ArgumentException>(() => FmlRtStore.Save(vmi, folder.Path));
    }
}
