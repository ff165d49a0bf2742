using Flexo.Runtime;

namespace Flexo.Persistence.Tests;

public sealed class OpenflexoFileTests
{
    /// <summary>A file in the shape Openflexo writes: PAMELA ids, identities on every object, a title, no uri, a Date in the RI encoding.</summary>
    private const string OpenflexoFile = """
        <?xml version="1.0" encoding="UTF-8"?>
        <FMLRTVirtualModelInstance id="0" virtualModelURI="http://test/Library.fml" flexoConceptURI="http://test/Library.fml" title="Acme library" modelVersion="1.0" version="0.3" userID="SYL" flexoID="1" lastUpdate="whatever">
          <Metadata id="99" key="ignored"><Nested/></Metadata>
          <PrimitiveActorReference id="1" roleName="motto" valueAsString="Claim Handling" userID="SYL" flexoID="40"/>
          <FlexoConceptInstance id="2" flexoConceptURI="http://test/Library.fml#Author" userID="BOB" flexoID="19">
            <PrimitiveActorReference id="3" roleName="name" valueAsString="Ann" userID="SYL" flexoID="20"/>
          </FlexoConceptInstance>
          <FlexoConceptInstance id="4" flexoConceptURI="http://test/Library.fml#Book" userID="SYL" flexoID="2">
            <PrimitiveActorReference id="5" roleName="pages" valueAsString="412" userID="SYL" flexoID="6"/>
            <PrimitiveActorReference id="6" roleName="published" valueAsString="dd/MM/yy HH:mm,18/02/21 10:47" userID="SYL" flexoID="7"/>
            <PrimitiveActorReference id="7" roleName="available" valueAsString="TRUE" userID="SYL" flexoID="8"/>
            <PrimitiveActorReference id="8" roleName="price" valueAsString="12.5" userID="SYL" flexoID="9"/>
            <ModelObjectActorReference id="10" roleName="coAuthors" objectReference="http://www.openflexo.org/Acme.fml.rt#BOB_19#org.openflexo.foundation.fml.rt.FlexoConceptInstance" userID="SYL" flexoID="11"/>
            <ModelObjectActorReference idref="10"/>
            <FlexoEnumValueActorReference id="12" roleName="genre" valueAsString="http://test/Library.fml#Genre#POETRY" userID="SYL" flexoID="13"/>
            <EmbeddedFlexoConceptInstance id="20" flexoConceptURI="http://test/Library.fml#Book#Chapter" userID="SYL" flexoID="21">
              <PrimitiveActorReference id="21" roleName="heading" valueAsString="Begin" userID="SYL" flexoID="22"/>
            </EmbeddedFlexoConceptInstance>
          </FlexoConceptInstance>
          <VirtualModelModelSlotInstance id="30" modelSlotName="partner" roleName="partner" virtualModelInstanceURI="http://www.openflexo.org/Acme.fml.rt" userID="SYL" flexoID="31"/>
        </FMLRTVirtualModelInstance>
        """;

    [Fact]
    public void A_file_written_by_openflexo_is_read_with_its_identities_and_values()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("Acme.fml.rt"));
        File.WriteAllText(folder.Combine("Acme.fml.rt", "Acme.fml.rt.xml"), OpenflexoFile);

        var result = FmlRtStore.Load(folder.Combine("Acme.fml.rt"), Fixture.Compilation, "http://www.openflexo.org/");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var vmi = result.Instance!;
        Assert.Equal("http://www.openflexo.org/Acme.fml.rt", vmi.Uri);
        Assert.Equal("Acme", vmi.Name);
        Assert.Equal("SYL", vmi.UserId);
        Assert.Equal(1, vmi.FlexoId);
        Assert.Equal("Claim Handling", vmi.Get("motto"));
        Assert.Same(vmi, vmi.Get("partner"));

        var author = Assert.Single(vmi.InstancesOf(Fixture.Concept("Author")));
        Assert.Equal("http://www.openflexo.org/Acme.fml.rt#BOB_19", author.Uri);
        Assert.Equal("Ann", author.Get("name"));

        var book = Assert.Single(vmi.InstancesOf(Fixture.Concept("Book")));
        Assert.Equal(2, book.FlexoId);
        Assert.Equal(412, book.Get("pages"));
        Assert.Equal(new DateTime(2021, 2, 18, 10, 47, 0, DateTimeKind.Utc), book.Get("published"));
        Assert.Equal(true, book.Get("available"));
        Assert.Equal(12.5, book.Get("price"));
        Assert.Equal([author], book.GetList("coAuthors"));
        Assert.Same(Fixture.Genre("POETRY"), book.Get("genre"));
        var chapter = Assert.Single(book.EmbeddedInstances);
        Assert.Equal("Begin", chapter.Get("heading"));
        Assert.Equal(21, chapter.FlexoId);

        // Identities continue after the highest one used in the file, objects other than instances included.
        Assert.Equal(41, vmi.CreateInstance(Fixture.Concept("Shelf")).FlexoId);
    }

    [Fact]
    public void A_file_read_from_openflexo_is_written_back_with_the_same_names_and_identities()
    {
        var result = FmlRtStore.Read(OpenflexoFile, Fixture.Compilation, "http://www.openflexo.org", fileName: "Acme.fml.rt.xml");
        var vmi = Assert.IsType<VirtualModelInstance>(result.Instance);
        var xml = FmlRtStore.Write(vmi);
        Assert.Contains("<FMLRTVirtualModelInstance id=\"0\" uri=\"http://www.openflexo.org/Acme.fml.rt\" virtualModelURI=\"http://test/Library.fml\"", xml, StringComparison.Ordinal);
        Assert.Contains("userID=\"SYL\" flexoID=\"1\">", xml, StringComparison.Ordinal);
        Assert.Contains("flexoConceptURI=\"http://test/Library.fml#Author\" userID=\"BOB\" flexoID=\"19\">", xml, StringComparison.Ordinal);
        Assert.Contains("roleName=\"published\" valueAsString=\"yyyy-MM-dd HH:mm:ss.SSS Z,2021-02-18 10:47:00.000 +0000\"", xml, StringComparison.Ordinal);
        Assert.Contains("objectReference=\"http://www.openflexo.org/Acme.fml.rt#BOB_19\"", xml, StringComparison.Ordinal);
        Assert.Contains("<EmbeddedFlexoConceptInstance id=", xml, StringComparison.Ordinal);

        var again = FmlRtStore.Read(xml, Fixture.Compilation);
        Assert.Equal(xml, FmlRtStore.Write(again.Instance!));
    }
}
