using Flexo.Fml.Semantics;
using Flexo.Runtime;

namespace Flexo.Persistence.Tests;

public sealed class RoundTripTests
{
    private static VirtualModelInstance Reload(VirtualModelInstance vmi, Func<string, VirtualModelInstance?>? resolver = null)
    {
        var xml = FmlRtStore.Write(vmi);
        var result = FmlRtStore.Read(xml, Fixture.Compilation, resolver: resolver);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var loaded = Assert.IsType<VirtualModelInstance>(result.Instance);
        Assert.Equal(xml, FmlRtStore.Write(loaded));
        return loaded;
    }

    private static ConceptInstance Only(VirtualModelInstance vmi, string concept) =>
        Assert.Single(vmi.InstancesOf(Fixture.Concept(concept)));

    [Fact]
    public void Values_of_every_primitive_kind_round_trip_exactly()
    {
        var vmi = Fixture.NewLibrary();
        vmi.Set("motto", "tab\there, line\nend, cr\r, quote \" apostrophe ' amp & lt < emoji 😀 accent é");
        vmi.Set("visits", int.MinValue);
        var book = vmi.CreateInstance(Fixture.Concept("Book"));
        book.Set("label", string.Empty);
        book.Set("pages", 2147483647);
        book.Set("isbn", long.MinValue);
        book.Set("price", 0.1 + 0.2);
        book.Set("weight", 0.1f);
        book.Set("available", true);
        book.Set("shelf", '"');
        book.Set("rank", (sbyte)-128);
        book.Set("copies", (short)32767);
        book.Set("published", new DateTime(2021, 2, 18, 10, 47, 3, 123, DateTimeKind.Utc));
        book.Set("loan", -TimeSpan.FromHours(25.5) - TimeSpan.FromTicks(1));
        book.Set("keywords", new List<object?> { "a", "b,c", null, "\"q\"\\", "null", string.Empty });
        book.Set("ratings", new List<object?> { 1, null, -3 });

        var loaded = Only(Reload(vmi), "Book");
        Assert.Equal(vmi.Get("motto"), loaded.ModelInstance.Get("motto"));
        Assert.Equal(int.MinValue, loaded.ModelInstance.Get("visits"));
        Assert.Equal(string.Empty, loaded.Get("label"));
        Assert.Equal(2147483647, loaded.Get("pages"));
        Assert.Equal(long.MinValue, loaded.Get("isbn"));
        Assert.Equal(0.1 + 0.2, loaded.Get("price"));
        Assert.Equal(0.1f, loaded.Get("weight"));
        Assert.Equal(true, loaded.Get("available"));
        Assert.Equal('"', loaded.Get("shelf"));
        Assert.Equal((sbyte)-128, loaded.Get("rank"));
        Assert.Equal((short)32767, loaded.Get("copies"));
        var published = Assert.IsType<DateTime>(loaded.Get("published"));
        Assert.Equal(new DateTime(2021, 2, 18, 10, 47, 3, 123, DateTimeKind.Utc), published);
        Assert.Equal(DateTimeKind.Utc, published.Kind);
        Assert.Equal(-TimeSpan.FromHours(25.5) - TimeSpan.FromTicks(1), loaded.Get("loan"));
        Assert.Equal(new List<object?> { "a", "b,c", null, "\"q\"\\", "null", string.Empty }, loaded.Get("keywords"));
        Assert.Equal(new List<object?> { 1, null, -3 }, loaded.Get("ratings"));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(-0.0)]
    [InlineData(double.MaxValue)]
    [InlineData(double.Epsilon)]
    [InlineData(1e7)]
    [InlineData(123456.789e-20)]
    public void Doubles_round_trip_bit_for_bit(double value)
    {
        var vmi = Fixture.NewLibrary();
        vmi.CreateInstance(Fixture.Concept("Book")).Set("price", value);
        var loaded = Assert.IsType<double>(Only(Reload(vmi), "Book").Get("price"));
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(loaded));
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.MinValue)]
    [InlineData(float.NegativeInfinity)]
    [InlineData(-0.0f)]
    [InlineData(1.17549435E-38f)]
    [InlineData(3.3333333f)]
    public void Floats_round_trip_bit_for_bit(float value)
    {
        var vmi = Fixture.NewLibrary();
        vmi.CreateInstance(Fixture.Concept("Book")).Set("weight", value);
        var loaded = Assert.IsType<float>(Only(Reload(vmi), "Book").Get("weight"));
        Assert.Equal(BitConverter.SingleToInt32Bits(value), BitConverter.SingleToInt32Bits(loaded));
    }

    [Fact]
    public void Values_are_converted_to_the_declared_type_when_written()
    {
        var vmi = Fixture.NewLibrary();
        var book = vmi.CreateInstance(Fixture.Concept("Book"));
        book.Set("isbn", 7);
        book.Set("price", 2L);
        var loaded = Only(Reload(vmi), "Book");
        Assert.Equal(7L, loaded.Get("isbn"));
        Assert.Equal(2.0, loaded.Get("price"));
        Assert.Contains("valueAsString=\"2.0\"", FmlRtStore.Write(vmi), StringComparison.Ordinal);
    }

    [Fact]
    public void Multi_valued_roles_keep_their_order_duplicates_and_null_elements()
    {
        var vmi = Fixture.NewLibrary();
        var first = vmi.CreateInstance(Fixture.Concept("Author"));
        var second = vmi.CreateInstance(Fixture.Concept("Author"));
        var book = vmi.CreateInstance(Fixture.Concept("Book"));
        book.Set("coAuthors", new object?[] { second, first, second, null });
        book.Set("tags", new object?[] { "z", null, "a", "z" });
        book.Set("moods", new object?[] { Fixture.Genre("POETRY"), Fixture.Genre("NOVEL") });
        book.Set("genre", Fixture.Genre("ESSAY"));
        book.Set("author", first);

        var loaded = Reload(vmi);
        var authors = loaded.InstancesOf(Fixture.Concept("Author"));
        var copy = Only(loaded, "Book");
        Assert.Equal([authors[1], authors[0], authors[1], null], copy.GetList("coAuthors"));
        Assert.Equal(["z", null, "a", "z"], copy.GetList("tags"));
        Assert.Equal([Fixture.Genre("POETRY"), Fixture.Genre("NOVEL")], copy.GetList("moods"));
        Assert.Same(Fixture.Genre("ESSAY"), copy.Get("genre"));
        Assert.Same(authors[0], copy.Get("author"));
    }

    [Fact]
    public void Embedded_instances_keep_their_containment_identities_and_order()
    {
        var vmi = Fixture.NewLibrary(userId: "ANA");
        var book = vmi.CreateInstance(Fixture.Concept("Book"));
        var one = vmi.CreateInstance(Fixture.Concept("Chapter"), book);
        var shelf = vmi.CreateInstance(Fixture.Concept("Shelf"));
        var two = vmi.CreateInstance(Fixture.Concept("Chapter"), book);
        var note = vmi.CreateInstance(Fixture.Concept("Note"), two);
        note.Set("text", "see page 2");
        shelf.GetList("items").Add(book);
        shelf.Set("anyRef", note);
        one.Delete();

        var loaded = Reload(vmi);
        var copy = Only(loaded, "Book");
        var chapter = Assert.Single(copy.EmbeddedInstances);
        Assert.Equal(two.Uri, chapter.Uri);
        Assert.Equal("ANA", chapter.UserId);
        var copiedNote = Assert.Single(chapter.EmbeddedInstances);
        Assert.Equal(note.FlexoId, copiedNote.FlexoId);
        Assert.Equal("see page 2", copiedNote.Get("text"));
        Assert.Same(copiedNote, Only(loaded, "Shelf").Get("anyRef"));
        Assert.Equal([copy], Only(loaded, "Shelf").GetList("items"));
        Assert.Equal([copy, Only(loaded, "Shelf")], loaded.RootInstances);
        Assert.Equal(6, loaded.CreateInstance(Fixture.Concept("Author")).FlexoId);
    }

    [Fact]
    public void Model_properties_and_model_slots_round_trip()
    {
        var vmi = Fixture.NewLibrary();
        vmi.Set("partner", vmi);
        vmi.Set("visits", 4);
        var loaded = Reload(vmi);
        Assert.Same(loaded, loaded.Get("partner"));
        Assert.Equal(4, loaded.Get("visits"));
    }

    [Fact]
    public void References_across_model_instances_resolve_through_the_resolver()
    {
        var other = Fixture.NewLibrary("Other");
        var author = other.CreateInstance(Fixture.Concept("Author"));
        var vmi = Fixture.NewLibrary();
        var book = vmi.CreateInstance(Fixture.Concept("Book"));
        book.Set("author", author);
        vmi.Set("partner", other);

        var loaded = Reload(vmi, FmlRtStore.ResolverFor([other]));
        Assert.Same(author, Only(loaded, "Book").Get("author"));
        Assert.Same(other, loaded.Get("partner"));
    }

    [Fact]
    public void Model_instances_that_refer_to_each_other_load_together()
    {
        using var folder = new TempFolder();
        var a = Fixture.NewLibrary("A");
        var b = Fixture.NewLibrary("B");
        a.Set("partner", b);
        b.Set("partner", a);
        var author = b.CreateInstance(Fixture.Concept("Author"));
        a.CreateInstance(Fixture.Concept("Book")).Set("author", author);
        var pathA = FmlRtStore.Save(a, folder.Path);
        var pathB = FmlRtStore.Save(b, folder.Path);

        var result = FmlRtStore.LoadAll([pathA, pathB], Fixture.Compilation, Fixture.BaseUri);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var (loadedA, loadedB) = (result.Instances[0], result.Instances[1]);
        Assert.Same(loadedB, loadedA.Get("partner"));
        Assert.Same(loadedA, loadedB.Get("partner"));
        Assert.Same(Only(loadedB, "Author"), Only(loadedA, "Book").Get("author"));

        var alone = FmlRtStore.Load(pathA, Fixture.Compilation);
        Assert.Null(alone.Instance);
        Assert.Contains(alone.Diagnostics, d => d.Code == "FML4014" && d.Message.Contains("http://rc/B.fml.rt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reference_to_an_instance_that_no_longer_exists_reads_as_absent()
    {
        var other = Fixture.NewLibrary("Other");
        var gone = other.CreateInstance(Fixture.Concept("Author"));
        var kept = other.CreateInstance(Fixture.Concept("Author"));
        var vmi = Fixture.NewLibrary();
        var book = vmi.CreateInstance(Fixture.Concept("Book"));
        book.Set("author", gone);
        book.Set("coAuthors", new[] { gone, kept, gone });
        var xml = FmlRtStore.Write(vmi);
        gone.Delete();

        var result = FmlRtStore.Read(xml, Fixture.Compilation, resolver: FmlRtStore.ResolverFor([other]));
        Assert.True(result.Succeeded);
        var copy = Only(Assert.IsType<VirtualModelInstance>(result.Instance), "Book");
        Assert.Null(copy.Get("author"));
        Assert.Equal([kept], copy.GetList("coAuthors"));
        Assert.Equal(3, result.Diagnostics.Count(d => d.Code == "FML4016" && !d.IsError));
    }

    [Fact]
    public void Contained_model_instances_are_saved_in_sub_folders_and_loaded_back()
    {
        using var folder = new TempFolder();
        var vmi = Fixture.NewLibrary();
        var book = vmi.CreateInstance(Fixture.Concept("Book"));
        var north = vmi.CreateContainedModelInstance(Fixture.Branch, "North");
        var south = vmi.CreateContainedModelInstance(Fixture.Branch, "South");
        north.Set("size", 3);
        var desk = north.CreateInstance(Fixture.Concept("Desk"));
        desk.Set("link", book);
        vmi.CreateInstance(Fixture.Concept("Shelf")).Set("anyRef", desk);
        south.CreateInstance(Fixture.Concept("Desk")).Set("link", desk);

        var path = FmlRtStore.Save(vmi, folder.Path);
        Assert.Equal(folder.Combine("Main.fml.rt"), path);
        Assert.True(File.Exists(folder.Combine("Main.fml.rt", "Main.fml.rt.xml")));
        Assert.True(File.Exists(folder.Combine("Main.fml.rt", "North.fml.rt", "North.fml.rt.xml")));
        Assert.True(File.Exists(folder.Combine("Main.fml.rt", "South.fml.rt", "South.fml.rt.xml")));
        var before = Snapshot(folder.Path);

        var result = FmlRtStore.Load(path, Fixture.Compilation, Fixture.BaseUri);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var loaded = result.Instance!;
        Assert.Equal("http://rc/Main.fml.rt", loaded.Uri);
        Assert.Equal(["North", "South"], loaded.ContainedModelInstances.Select(c => c.Name));
        var loadedNorth = loaded.ContainedModelInstances[0];
        Assert.Equal("http://rc/Main.fml.rt/North.fml.rt", loadedNorth.Uri);
        Assert.Equal(3, loadedNorth.Get("size"));
        var loadedDesk = Only(loadedNorth, "Desk");
        Assert.Same(Only(loaded, "Book"), loadedDesk.Get("link"));
        Assert.Same(loadedDesk, Only(loaded, "Shelf").Get("anyRef"));
        Assert.Same(loadedDesk, Only(loaded.ContainedModelInstances[1], "Desk").Get("link"));

        using var again = new TempFolder();
        FmlRtStore.Save(loaded, again.Path);
        Assert.Equal(before, Snapshot(again.Path));
    }

    [Fact]
    public void Files_without_a_uri_take_it_from_the_base_uri()
    {
        var xml = FmlRtStore.Write(Fixture.NewLibrary()).Replace(" uri=\"http://rc/Main.fml.rt\"", string.Empty, StringComparison.Ordinal);
        var result = FmlRtStore.Read(xml, Fixture.Compilation, "http://other/base/");
        Assert.Equal("http://other/base/Main.fml.rt", result.Instance?.Uri);
    }

    internal static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText);
}
