using System.Text;

namespace Flexo.Persistence.Tests;

public sealed class RobustnessTests
{
    private static string SampleXml()
    {
        var vmi = Fixture.NewLibrary();
        vmi.Set("partner", vmi);
        var author = vmi.CreateInstance(Fixture.Concept("Author"));
        var book = vmi.CreateInstance(Fixture.Concept("Book"));
        book.Set("author", author);
        book.Set("published", new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc));
        book.Set("ratings", new List<object?> { 1, 2 });
        book.Set("moods", new object?[] { Fixture.Genre("NOVEL") });
        vmi.CreateInstance(Fixture.Concept("Note"), vmi.CreateInstance(Fixture.Concept("Chapter"), book)).Set("text", "x");
        return FmlRtStore.Write(vmi);
    }

    [Fact]
    public void Every_truncation_of_a_file_is_reported_never_thrown()
    {
        var xml = SampleXml();
        for (var length = 0; length < xml.Length; length += 7)
        {
            var result = FmlRtStore.Read(xml[..length], Fixture.Compilation);
            Assert.Null(result.Instance);
            Assert.Contains(result.Diagnostics, d => d.IsError && d.Code.StartsWith("FML40", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Corrupted_files_give_diagnostics_or_an_instance_never_an_exception()
    {
        var xml = SampleXml();
        var random = new Random(20210218);
        const string alphabet = "<>/\"'=&#_ 0123456789abcXYZ\u00e9\u0001";
        for (var round = 0; round < 400; round++)
        {
            var text = new StringBuilder(xml);
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                text[random.Next(text.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            var result = FmlRtStore.Read(text.ToString(), Fixture.Compilation);
            Assert.Equal(result.Instance is null, result.Diagnostics.Any(d => d.IsError));
            if (result.Instance is { } loaded)
            {
                Assert.NotNull(FmlRtStore.Write(loaded));
            }
        }
    }
}
