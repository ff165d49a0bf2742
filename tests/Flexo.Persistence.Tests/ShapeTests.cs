using Flexo.Runtime;

namespace Flexo.Persistence.Tests;

public sealed class ShapeTests
{
    [Fact]
    public void Written_file_has_the_openflexo_shape_with_stable_attribute_order()
    {
        var vmi = Fixture.NewLibrary();
        vmi.Set("motto", "Read & <think>");
        var author = vmi.CreateInstance(Fixture.Concept("Author"));
        author.Set("name", "Ann");
        var book = vmi.CreateInstance(Fixture.Concept("Book"));
        book.Set("pages", 120);
        book.Set("genre", Fixture.Genre("ESSAY"));
        book.GetList("coAuthors").Add(author);
        book.GetList("coAuthors").Add(author);
        var chapter = vmi.CreateInstance(Fixture.Concept("Chapter"), book);
        chapter.Set("heading", "One");
        vmi.Set("partner", vmi);

        var expected = """
            <?xml version="1.0" encoding="utf-8"?>
            <FMLRTVirtualModelInstance id="0" uri="http://rc/Main.fml.rt" virtualModelURI="http://test/Library.fml" flexoConceptURI="http://test/Library.fml" name="Main" title="Main" modelVersion="1.0" version="0.1" userID="SYL" flexoID="0">
              <PrimitiveActorReference id="1" roleName="motto" valueAsString="Read &amp; &lt;think&gt;" />
              <FlexoConceptInstance id="2" flexoConceptURI="http://test/Library.fml#Author" userID="SYL" flexoID="1">
                <PrimitiveActorReference id="3" roleName="name" valueAsString="Ann" />
              </FlexoConceptInstance>
              <FlexoConceptInstance id="4" flexoConceptURI="http://test/Library.fml#Book" userID="SYL" flexoID="2">
                <PrimitiveActorReference id="5" roleName="pages" valueAsString="120" />
                <FlexoEnumValueActorReference id="6" roleName="genre" valueAsString="http://test/Library.fml#Genre#ESSAY" />
                <ModelObjectActorReference id="7" roleName="coAuthors" objectReference="http://rc/Main.fml.rt#SYL_1" />
                <ModelObjectActorReference id="8" roleName="coAuthors" objectReference="http://rc/Main.fml.rt#SYL_1" />
                <EmbeddedFlexoConceptInstance id="9" flexoConceptURI="http://test/Library.fml#Book#Chapter" userID="SYL" flexoID="3">
                  <PrimitiveActorReference id="10" roleName="heading" valueAsString="One" />
                </EmbeddedFlexoConceptInstance>
              </FlexoConceptInstance>
              <VirtualModelModelSlotInstance id="11" modelSlotName="partner" roleName="partner" virtualModelInstanceURI="http://rc/Main.fml.rt" />
            </FMLRTVirtualModelInstance>

            """;
        Assert.Equal(expected.Replace("\r\n", "\n", StringComparison.Ordinal), FmlRtStore.Write(vmi));
    }

    [Fact]
    public void Computed_properties_are_not_written()
    {
        var vmi = Fixture.NewLibrary();
        var book = vmi.CreateInstance(Fixture.Concept("Book"));
        book.Set("pages", 3);
        Assert.DoesNotContain("doubled", FmlRtStore.Write(vmi), StringComparison.Ordinal);
    }
}
