using Flexo.Execution;

namespace Flexo.Adapters.Csv.Fml;

/// <summary>CSV files: opened lazily with the model slot's <c>delimiter</c>, <c>encoding</c> and <c>hasHeader</c>.</summary>
internal sealed class CsvResourceKind : ResourceKind<CsvResource>
{
    public override IReadOnlyList<string> Extensions { get; } = [".csv", ".tsv", ".txt"];

    public override CsvResource Open(string path, SlotSettings settings)
    {
        var options = Options(settings);
        _ = CsvFile.ReadHeader(path, options);
        return new CsvResource(path, options);
    }

    public override CsvResource Create(string path, SlotSettings settings)
    {
        var options = Options(settings);
        var header = settings.Get<List<string>>("header", []);
        var document = CsvDocument.Create(path, header, options);
        return new CsvResource(path, options, document);
    }

    public override string UriOf(CsvResource resource) => resource.Uri;

    public override void Save(CsvResource resource) => resource.Save();

    public override ResourceRefresh Refresh(CsvResource resource) => resource.Refresh() ? ResourceRefresh.Reloaded : ResourceRefresh.KeptEdits;

    public override object? Resolve(CsvResource resource, string uri) => resource.Document.Resolve(uri);

    internal static CsvOptions Options(SlotSettings settings)
    {
        var delimiter = settings.Get<string?>("delimiter", null);
        if (delimiter is { Length: not 1 })
        {
            throw new TechnologyException($"a CSV delimiter is one character, not \"{delimiter}\"");
        }

        var encoding = settings.Get<string?>("encoding", null);
        return new CsvOptions
        {
            Delimiter = delimiter?[0],
            Encoding = encoding is null ? null : CsvEncodings.FromName(encoding),
            HasHeader = settings.Get("hasHeader", true),
        };
    }
}
