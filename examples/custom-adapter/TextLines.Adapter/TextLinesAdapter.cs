using Flexo.Adapters;

[assembly: FlexoAdapter(typeof(TextLines.Adapter.TextLinesAdapter))]

namespace TextLines.Adapter;

/// <summary>
/// The XX template adapter: <c>use org.openflexo.technologyadapter.xx.XXModelSlot as XX;</c>, a model slot on a text
/// file, lines as elements, <c>AddXXLine</c>, <c>SelectXXLine</c> and <c>SelectUniqueXXLine</c>.
/// </summary>
public sealed class TextLinesAdapter : TechnologyAdapter
{
    /// <inheritdoc />
    public override void Declare(AdapterBuilder adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        adapter.Identity("xx", "Text lines")
            .AnswersTo("org.openflexo.technologyadapter.xx.XXModelSlot", "XXModelSlot")
            .Resource(new TextFileKind())
            .Reference<TextLine>(l => l.Uri);
        adapter.Type<TextFile>("XXText")
            .Property("lines", f => f.Lines)
            .Property("size", f => f.Lines.Count)
            .Method("line", (TextFile f, int i) => f.At(i));
        adapter.Type<TextLine>("XXLine")
            .Property("text", l => l.Text)
            .Property("index", l => l.File.IndexOf(l))
            .Command("setText", (TextLine l, string text) => l.Text = text);
        adapter.ModelSlot("XXModelSlot", "XXText")
            .Role("XXLineRole", "XXLine")
            .Action("AddXXLine", p => p.Required<string>("text").Optional<TextFile>("file"),
                call => call.Target<TextFile>("file").Add(call.Get<string>("text")))
            .Fetch("SelectXXLine", "XXLine", p => p.Optional<TextFile>("file"), call => call.Target<TextFile>("file").Lines)
            .Fetch("SelectUniqueXXLine", "XXLine", p => p.Optional<TextFile>("file"), call => call.Target<TextFile>("file").Lines);
    }

    private sealed class TextFileKind : ResourceKind<TextFile>
    {
        public override IReadOnlyList<string> Extensions { get; } = [".txt"];

        public override TextFile Open(string path, SlotSettings settings) => TextFile.Open(path);

        public override TextFile Create(string path, SlotSettings settings) => TextFile.Create(path);

        public override string UriOf(TextFile resource) => resource.Uri;

        public override void Save(TextFile resource) => resource.Save();

        public override object? Resolve(TextFile resource, string uri)
        {
            var at = uri.LastIndexOf("#line=", StringComparison.Ordinal);
            return at >= 0 && int.TryParse(uri[(at + 6)..], out var index) ? resource.At(index) : null;
        }
    }
}
