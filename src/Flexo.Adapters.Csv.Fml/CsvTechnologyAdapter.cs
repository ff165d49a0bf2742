using Flexo.Execution;

[assembly: Flexo.Adapters.FlexoAdapter(typeof(Flexo.Adapters.Csv.Fml.CsvTechnologyAdapter))]

namespace Flexo.Adapters.Csv.Fml;

/// <summary>
/// The CSV adapter: <c>use org.openflexo.technologyadapter.csv.CSVModelSlot as CSV;</c> (docs/adapters.md). Model slot
/// <c>CSVModelSlot(delimiter, encoding, hasHeader)</c>; types <c>CSVDocument</c>, <c>CSVRow</c>, <c>CSVCell</c>,
/// <c>CSVColumn</c> with their roles; actions <c>AddCSVRow</c>, <c>AddCSVCell</c>, <c>CreateCSVResource</c>; fetch
/// requests <c>SelectCSVRow</c>, <c>SelectCSVCell</c> and their unique forms.
/// </summary>
public sealed class CsvTechnologyAdapter : TechnologyAdapter
{
    /// <inheritdoc />
    public override void Declare(AdapterBuilder adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        adapter.Identity("csv", "CSV")
            .AnswersTo("org.openflexo.technologyadapter.csv.CSVModelSlot", "CSVModelSlot", "CSV")
            .Resource(new CsvResourceKind())
            .Reference<CsvRow>(r => r.Uri)
            .Reference<StreamedCsvRow>(r => r.Record.Uri)
            .Reference<CsvCell>(c => c.Uri)
            .Reference<CsvColumn>(c => c.Uri);

        DeclareTypes(adapter);

        adapter.ModelSlot("CSVModelSlot", "CSVDocument", p => p.Optional<string>("delimiter").Optional<string>("encoding").Optional<bool>("hasHeader"))
            .Role("CSVDocumentRole", "CSVDocument")
            .Role("CSVRowRole", "CSVRow")
            .Role("CSVCellRole", "CSVCell")
            .Role("CSVColumnRole", "CSVColumn");

        adapter.Action("AddCSVRow", p => p.Optional<CsvResource>("csvDocument").Optional<int>("rowIndex").Optional<List<object>>("values"), AddRow)
            .Action("AddCSVCell", p => p.Optional<CsvRow>("row").Optional<CsvResource>("csvDocument").Optional<int>("rowIndex")
                .Optional<int>("columnIndex").Optional<string>("column").Optional<object>("value"), AddCell)
            .Action("CreateCSVResource", p => p.Required<string>("resourceName").Optional<string>("relativePath").Optional<List<string>>("header")
                .Optional<string>("delimiter").Optional<string>("encoding").Optional<bool>("hasHeader"), CreateResource);

        adapter.Fetch("SelectCSVRow", "CSVRow", p => p.Optional<CsvResource>("csvDocument").Optional<int>("rowIndex"), SelectRows)
            .Fetch("SelectUniqueCSVRow", "CSVRow", p => p.Optional<CsvResource>("csvDocument").Optional<int>("rowIndex"), SelectRows)
            .Fetch("SelectCSVCell", "CSVCell", p => p.Optional<CsvResource>("csvDocument").Optional<CsvRow>("csvRow").Optional<string>("column"), SelectCells)
            .Fetch("SelectUniqueCSVCell", "CSVCell", p => p.Optional<CsvResource>("csvDocument").Optional<CsvRow>("csvRow").Optional<string>("column"), SelectCells);
    }

    private static void DeclareTypes(AdapterBuilder adapter)
    {
        adapter.Type<CsvResource>("CSVDocument")
            .Property("rows", r => r.Document.Rows)
            .Property("columns", r => r.Document.Columns)
            .Property("hasHeader", r => r.Options.HasHeader)
            .Property("delimiter", r => r.Document.Delimiter.ToString())
            .Property("rowCount", r => r.IsLoaded ? r.Document.Rows.Count : (int)CsvFile.CountRows(r.Path, null, r.Options))
            .Property("uri", r => r.Uri)
            .Property("isModified", r => r.IsLoaded && r.Document.IsModified)
            .Method("getRowAt", (CsvResource r, int i) => r.Document.RowAt(i))
            .Method("column", (CsvResource r, string name) => r.Document.Column(name))
            .Method("save", r => r.Save());

        adapter.Type<CsvRow>("CSVRow")
            .Property("rowIndex", r => r.Index)
            .Property("lineNumber", r => r.LineNumber)
            .Property("cells", r => r.Cells)
            .Property("values", r => r.Values)
            .Property("uri", r => r.Uri)
            .Method("getCellAt", (CsvRow r, int i) => r.Cell(i))
            .Method("cell", (CsvRow r, string column) => r.Cell(column))
            .Method("get", (CsvRow r, int i) => r[i])
            .Method("get", (CsvRow r, string column) => r[column])
            .Method("getInt", (CsvRow r, string column) => r.Cell(column).GetInt32())
            .Method("getLong", (CsvRow r, string column) => r.Cell(column).GetInt64())
            .Method("getDouble", (CsvRow r, string column) => r.Cell(column).GetDouble())
            .Method("getBoolean", (CsvRow r, string column) => r.Cell(column).GetBoolean())
            .Method("getDate", (CsvRow r, string column) => r.Cell(column).GetDate())
            .Command("set", (CsvRow r, string column, object value) => r.SetValue(column, CellText.Of(value)))
            .Command("set", (CsvRow r, int column, object value) => r.SetValue(column, CellText.Of(value)));

        adapter.Type<StreamedCsvRow>("CSVRow")
            .Property("rowIndex", r => r.Record.Index)
            .Property("lineNumber", r => r.Record.LineNumber)
            .Property("cells", r => r.Row.Cells)
            .Property("values", r => r.Record.Values)
            .Property("uri", r => r.Record.Uri)
            .Method("getCellAt", (StreamedCsvRow r, int i) => r.Row.Cell(i))
            .Method("cell", (StreamedCsvRow r, string column) => r.Row.Cell(column))
            .Method("get", (StreamedCsvRow r, int i) => r.Record[i])
            .Method("get", (StreamedCsvRow r, string column) => r.Record[column])
            .Method("getInt", (StreamedCsvRow r, string column) => r.Record.Value(column).GetInt32())
            .Method("getLong", (StreamedCsvRow r, string column) => r.Record.Value(column).GetInt64())
            .Method("getDouble", (StreamedCsvRow r, string column) => r.Record.Value(column).GetDouble())
            .Method("getBoolean", (StreamedCsvRow r, string column) => r.Record.Value(column).GetBoolean())
            .Method("getDate", (StreamedCsvRow r, string column) => r.Record.Value(column).GetDate())
            .Command("set", (StreamedCsvRow r, string column, object value) => r.Row.SetValue(column, CellText.Of(value)))
            .Command("set", (StreamedCsvRow r, int column, object value) => r.Row.SetValue(column, CellText.Of(value)));

        adapter.Type<CsvCell>("CSVCell")
            .Property("value", c => c.Value)
            .Property("columnIndex", c => c.ColumnIndex)
            .Property("columnName", c => c.Column?.Name)
            .Property("row", c => c.Row)
            .Property("uri", c => c.Uri)
            .Method("getInt", c => c.GetInt32())
            .Method("getLong", c => c.GetInt64())
            .Method("getDouble", c => c.GetDouble())
            .Method("getBoolean", c => c.GetBoolean())
            .Method("getDate", c => c.GetDate())
            .Command("setValue", (CsvCell c, object value) => c.SetValue(CellText.Of(value)));

        adapter.Type<CsvColumn>("CSVColumn")
            .Property("index", c => c.Index)
            .Property("name", c => c.Name)
            .Property("cells", c => c.Cells.ToList())
            .Property("uri", c => c.Uri);
    }

    private static CsvRow AddRow(TechnologyCall call)
    {
        var document = call.Target<CsvResource>("csvDocument").Document;
        var values = call.Get<List<object>>("values", []).Select(CellText.Of).ToList();
        return call.Has("rowIndex") ? document.InsertRow(call.Get<int>("rowIndex"), values) : document.AddRow(values);
    }

    private static CsvCell AddCell(TechnologyCall call)
    {
        var row = call.Has("row") ? call.Get<CsvRow>("row") : call.Target<CsvResource>("csvDocument").Document.RowAt(call.Get<int>("rowIndex"));
        var document = row.Document;
        int column;
        if (call.Has("column"))
        {
            var name = call.Get<string>("column");
            column = document.TryGetColumn(name, out var found) && found is not null ? found.Index : document.AddColumn(name).Index;
        }
        else
        {
            column = call.Get<int>("columnIndex");
        }

        row.SetValue(column, CellText.Of(call.Has("value") ? call.Get<object>("value") : null));
        return row.Cell(column);
    }

    private static CsvResource CreateResource(TechnologyCall call)
    {
        var name = call.Get<string>("resourceName");
        if (Path.GetExtension(name).Length == 0)
        {
            name += ".csv";
        }

        var settings = new SlotSettings(new Dictionary<string, object?>
        {
            ["header"] = call.Get<List<string>>("header", []),
            ["delimiter"] = call.Get<string?>("delimiter", null),
            ["encoding"] = call.Get<string?>("encoding", null),
            ["hasHeader"] = call.Get("hasHeader", true),
        });
        return (CsvResource)call.Resources.CreateResource(Path.Combine(call.Get("relativePath", string.Empty), name), settings, "CSVDocument");
    }

    private static IEnumerable<object> SelectRows(TechnologyCall call)
    {
        var resource = call.Target<CsvResource>("csvDocument");
        if (call.Has("rowIndex"))
        {
            return [resource.Document.RowAt(call.Get<int>("rowIndex"))];
        }

        // select CSVRow from doc where (selected.get(column) == "text"): compare the raw field while streaming.
        return call.EqualityHint("get") is [var column and (string or int), string text] ? resource.RowsWhere(column, text) : resource.Rows;
    }

    private static IEnumerable<object> SelectCells(TechnologyCall call)
    {
        IEnumerable<CsvRow> rows = call.Has("csvRow") ? [call.Get<CsvRow>("csvRow")] : call.Target<CsvResource>("csvDocument").Document.Rows;
        var column = call.Get<string?>("column", null);
        return rows.SelectMany(r => column is null ? r.Cells : [r.Cell(column)]);
    }
}
