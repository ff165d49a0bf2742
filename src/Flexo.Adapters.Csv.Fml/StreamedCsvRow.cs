namespace Flexo.Adapters.Csv.Fml;

/// <summary>
/// A row met while streaming a file (FML type <c>CSVRow</c>): read members work on the copy; members that need the live
/// row (cells, edits) load the document and use <see cref="Row"/>.
/// </summary>
public sealed class StreamedCsvRow
{
    internal StreamedCsvRow(CsvResource resource, CsvRecord record)
    {
        Resource = resource;
        Record = record;
    }

    /// <summary>The resource it was streamed from.</summary>
    public CsvResource Resource { get; }

    /// <summary>The streamed values.</summary>
    public CsvRecord Record { get; }

    /// <summary>The live row of the loaded document (loads it).</summary>
    public CsvRow Row => Resource.Document.ResolveRow(Record.Uri);
}
