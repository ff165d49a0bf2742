using Flexo.Runtime;

namespace Flexo.Persistence.Tests;

public sealed class ErrorTests
{
    private const string Head = """<FMLRTVirtualModelInstance uri="http://rc/Main.fml.rt" virtualModelURI="http://test/Library.fml" userID="SYL" flexoID="0">""";
    private const string Tail = "</FMLRTVirtualModelInstance>";

    private static string Wrap(string body) => Head + "\n" + body + "\n" + Tail;

    private static string Book(string values, long id = 1) =>
        $"""<FlexoConceptInstance flexoConceptURI="http://test/Library.fml#Book" flexoID="{id}">{values}</FlexoConceptInstance>""";

    private static PersistenceDiagnostic Fails(string xml, string code, Func<string, VirtualModelInstance?>? resolver = null)
    {
        var result = FmlRtStore.Read(xml, Fixture.Compilation, resolver: resolver, fileName: "Main.fml.rt.xml");
        Assert.Null(result.Instance);
        Assert.Empty(result.Instances);
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal("Main.fml.rt.xml", diagnostic.File);
        Assert.StartsWith($"Main.fml.rt.xml({diagnostic.Line},{diagnostic.Column}): error {code}: ", diagnostic.ToString(), StringComparison.Ordinal);
        return diagnostic;
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { "FML4001", "<FMLRTVirtualModelInstance" },
        { "FML4001", "" },
        { "FML4001", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><FMLRTVirtualModelInstance/>" },
        { "FML4002", "<VirtualModel uri=\"x\"/>" },
        { "FML4003", "<FMLRTVirtualModelInstance uri=\"http://rc/Main.fml.rt\"/>" },
        { "FML4003", Wrap("""<FlexoConceptInstance flexoConceptURI="http://test/Library.fml#Book"/>""") },
        { "FML4003", Wrap("""<FlexoConceptInstance flexoID="1"/>""") },
        { "FML4003", Wrap("""<PrimitiveActorReference valueAsString="x"/>""") },
        { "FML4004", Wrap(Book(string.Empty).Replace("flexoID=\"1\"", "flexoID=\"x1\"", StringComparison.Ordinal)) },
        { "FML4004", Wrap(Book(string.Empty, 0)) },
        { "FML4004", Wrap(Book(string.Empty).Replace("flexoID", "userID=\"A_B\" flexoID", StringComparison.Ordinal)) },
        { "FML4005", Wrap(string.Empty).Replace("http://test/Library.fml", "http://test/Nothing.fml", StringComparison.Ordinal) },
        { "FML4005", Wrap(string.Empty).Replace("http://test/Library.fml", "http://test/Library.fml#Book", StringComparison.Ordinal) },
        { "FML4006", Wrap("""<FlexoConceptInstance flexoConceptURI="http://test/Library.fml#Magazine" flexoID="1"/>""") },
        { "FML4006", Wrap("""<FlexoConceptInstance flexoConceptURI="http://test/Library.fml/Branch.fml#Desk" flexoID="1"/>""") },
        { "FML4006", Wrap("""<FlexoConceptInstance flexoConceptURI="http://test/Library.fml#Genre" flexoID="1"/>""") },
        { "FML4007", Wrap(Book("""<PrimitiveActorReference roleName="color" valueAsString="red"/>""")) },
        { "FML4008", Wrap(Book("""<PrimitiveActorReference roleName="author" valueAsString="Ann"/>""")) },
        { "FML4008", Wrap(Book("""<PrimitiveActorReference roleName="doubled" valueAsString="4"/>""")) },
        { "FML4008", Wrap(Book("""<ModelObjectActorReference roleName="pages" objectReference="http://rc/Main.fml.rt#SYL_1"/>""")) },
        { "FML4008", Wrap(Book("""<ModelObjectActorReference roleName="genre" objectReference="http://rc/Main.fml.rt#SYL_1"/>""")) },
        { "FML4009", Wrap(Book("""<PrimitiveActorReference roleName="pages" valueAsString="many"/>""")) },
        { "FML4009", Wrap(Book("""<PrimitiveActorReference roleName="pages" valueAsString="3000000000"/>""")) },
        { "FML4009", Wrap(Book("""<PrimitiveActorReference roleName="available" valueAsString="yes"/>""")) },
        { "FML4009", Wrap(Book("""<PrimitiveActorReference roleName="shelf" valueAsString="ab"/>""")) },
        { "FML4009", Wrap(Book("""<PrimitiveActorReference roleName="published" valueAsString="18/02/21"/>""")) },
        { "FML4009", Wrap(Book("""<PrimitiveActorReference roleName="published" valueAsString="dd/MM/yy,31/02/21"/>""")) },
        { "FML4009", Wrap(Book("""<JavaActorReference roleName="loan" valueAsString="1 hour"/>""")) },
        { "FML4009", Wrap(Book("""<JavaActorReference roleName="ratings" valueAsString="[1,,2]"/>""")) },
        { "FML4009", Wrap(Book("""<JavaActorReference roleName="anything" valueAsString="x"/>""")) },
        { "FML4010", Wrap(Book("""<FlexoEnumValueActorReference roleName="genre" valueAsString="http://test/Library.fml#Genre#COMIC"/>""")) },
        { "FML4011", Wrap(Book(string.Empty, 3) + Book(string.Empty, 3)) },
        { "FML4012", Wrap("""<FlexoConceptInstance flexoConceptURI="http://test/Library.fml#Book#Chapter" flexoID="1"/>""") },
        { "FML4012", Wrap(Book("""<EmbeddedFlexoConceptInstance flexoConceptURI="http://test/Library.fml#Author" flexoID="2"/>""")) },
        { "FML4012", Wrap(Book("""<EmbeddedFlexoConceptInstance flexoConceptURI="http://test/Library.fml#Book#Chapter#Note" flexoID="2"/>""")) },
        { "FML4013", Wrap(Book("""<PrimitiveActorReference roleName="pages" valueAsString="1"/><PrimitiveActorReference roleName="pages" valueAsString="2"/>""")) },
        { "FML4014", Wrap(Book("""<ModelObjectActorReference roleName="author" objectReference="http://rc/Gone.fml.rt#SYL_1"/>""")) },
        { "FML4015", Wrap(Book("""<ModelObjectActorReference roleName="author" objectReference="http://rc/Main.fml.rt#SYL_1"/>""")) },
        { "FML4015", Wrap(Book(string.Empty) + """<VirtualModelModelSlotInstance roleName="partner" virtualModelInstanceURI="http://rc/Main.fml.rt#SYL_1"/>""") },
        { "FML4017", Wrap("""<TypeAwareModelSlotInstance modelSlotName="diagram" modelURI="http://rc/d.diagram"/>""") },
        { "FML4017", Wrap(Book("""<ExcelActorReference roleName="cell" objectURI="x"/>""")) },
        { "FML4018", Wrap(string.Empty).Replace("uri=\"http://rc/Main.fml.rt\" ", string.Empty, StringComparison.Ordinal) },
        { "FML4021", Wrap(Book(string.Concat(Enumerable.Repeat("<EmbeddedFlexoConceptInstance flexoConceptURI=\"x\" flexoID=\"9\">", 300)) + string.Concat(Enumerable.Repeat("</EmbeddedFlexoConceptInstance>", 300)))) },
        { "FML4022", Wrap("""<FlexoConceptInstance flexoConceptURI="http://test/Library.fml#Item" flexoID="1"/>""") },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_file_is_reported_with_its_code_and_nothing_is_loaded(string code, string xml) => Fails(xml, code);

    [Fact]
    public void Positions_are_the_line_and_column_of_the_offending_element()
    {
        var xml = Wrap("  " + Book("\n    <PrimitiveActorReference roleName=\"pages\" valueAsString=\"x\"/>"));
        var diagnostic = Fails(xml, "FML4009");
        Assert.Equal((3, 6), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("'x' is not a valid value for 'pages' of 'Book'", diagnostic.Message, StringComparison.Ordinal);
        var syntax = Fails(Wrap("<FlexoConceptInstance>"), "FML4001");
        Assert.Equal(3, syntax.Line);
    }

    [Fact]
    public void Every_error_is_reported_not_only_the_first()
    {
        var xml = Wrap(Book("""<PrimitiveActorReference roleName="pages" valueAsString="x"/><PrimitiveActorReference roleName="nope" valueAsString="1"/>"""));
        var result = FmlRtStore.Read(xml, Fixture.Compilation);
        Assert.Equal(["FML4009", "FML4007"], result.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void A_failed_load_does_not_touch_the_instances_it_refers_to()
    {
        var other = Fixture.NewLibrary("Other");
        var author = other.CreateInstance(Fixture.Concept("Author"));
        using var observed = other.ObserveAll(new Recorder());
        var xml = Wrap(Book($"""<ModelObjectActorReference roleName="author" objectReference="{author.Uri}"/><PrimitiveActorReference roleName="pages" valueAsString="x"/>"""));
        Fails(xml, "FML4009", FmlRtStore.ResolverFor([other]));

        // Had the reference been stored, deleting the author would have cleared it on the half-loaded book.
        var recorder = new Recorder();
        using var subscription = author.Observe(recorder);
        author.Delete();
        Assert.Equal([InstanceChangeKind.Deleted], recorder.Changes.Select(c => c.Kind));
    }

    [Fact]
    public void Folder_problems_are_reported()
    {
        using var folder = new TempFolder();
        AssertCode(FmlRtStore.Load(folder.Combine("Missing.fml.rt"), Fixture.Compilation, Fixture.BaseUri), "FML4019");
        Directory.CreateDirectory(folder.Combine("Empty.fml.rt"));
        AssertCode(FmlRtStore.Load(folder.Combine("Empty.fml.rt"), Fixture.Compilation, Fixture.BaseUri), "FML4019");
        AssertCode(FmlRtStore.Load(folder.Path, Fixture.Compilation, Fixture.BaseUri), "FML4019");

        var path = FmlRtStore.Save(Fixture.NewLibrary(), folder.Path);
        AssertCode(FmlRtStore.LoadAll([path, path], Fixture.Compilation), "FML4023");
    }

    [Fact]
    public void A_contained_model_instance_whose_uri_disagrees_with_its_place_is_loaded_with_a_warning()
    {
        using var folder = new TempFolder();
        var vmi = Fixture.NewLibrary();
        vmi.CreateContainedModelInstance(Fixture.Branch, "North");
        var path = FmlRtStore.Save(vmi, folder.Path);
        var file = Path.Join(path, "North.fml.rt", "North.fml.rt.xml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("http://rc/Main.fml.rt/North.fml.rt", "http://elsewhere/North.fml.rt", StringComparison.Ordinal));

        var result = FmlRtStore.Load(path, Fixture.Compilation);
        Assert.True(result.Succeeded);
        Assert.Equal("http://rc/Main.fml.rt/North.fml.rt", result.Instance!.ContainedModelInstances[0].Uri);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("FML4020", false), (warning.Code, warning.IsError));
        Assert.Equal(file, warning.File);
    }

    private static void AssertCode(LoadResult result, string code)
    {
        Assert.Null(result.Instance);
        Assert.Equal(code, Assert.Single(result.Diagnostics).Code);
    }

    private sealed class Recorder : IInstanceObserver
    {
        public List<InstanceChange> Changes { get; } = [];

        public void OnChange(InstanceChange change) => Changes.Add(change);
    }
}
