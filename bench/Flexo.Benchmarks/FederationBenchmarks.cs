using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Flexo.Adapters.Excel;
using Flexo.Execution;
using Flexo.Fml.Semantics;
using Flexo.Host;
using Flexo.Runtime;
using nietras.SeparatedValues;

namespace Flexo.Benchmarks;

/// <summary>
/// Federated sources, each beside the raw library in the same run: selecting the rows of a 1,000,000-row CSV file that
/// match a condition, through an FML <c>select CSVRow from doc where (...)</c> (which streams the file) and through a
/// raw Sep loop; reading every cell of a 100,000-row workbook through Flexo's streaming sheet reader and through a raw
/// OpenXML SAX (<c>OpenXmlReader</c>) loop.
/// </summary>
[Config(typeof(RuntimeBenchmarkConfig))]
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FederationBenchmarks
{
    private const int CsvRows = 1_000_000;
    private const int SheetRows = 100_000;
    private const string Model = """
        use org.openflexo.technologyadapter.csv.CSVModelSlot as CSV;

        @URI("http://bench/Products.fml")
        model Products {
          CSVDocument data with CSV::CSVModelSlot(delimiter=",", hasHeader=true);
          create(String path) { connect data using parameters.path; }
          public int count(String category) {
            return (select CSVRow from data where (selected.get("category") == parameters.category)).size();
          }
        }
        """;

    private string _folder = string.Empty;
    private string _csv = string.Empty;
    private string _xlsx = string.Empty;
    private FlexoHost _host = null!;
    private VirtualModelInstance _products = null!;
    private BehaviourSymbol _count = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "flexo-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _csv = Path.Combine(_folder, "products.csv");
        using (var writer = new StreamWriter(_csv))
        {
            writer.WriteLine("id,name,category,price");
            for (var i = 0; i < CsvRows; i++)
            {
                writer.WriteLine($"{i},product {i},{(i % 100 == 7 ? "rare" : "common")},{i % 1000}.5");
            }
        }

        _xlsx = Path.Combine(_folder, "sheet.xlsx");
        WriteWorkbook(_xlsx);
        _host = FlexoHost.FromDocuments([new FmlDocument("Products.fml", Model, "http://bench/Products.fml")], new HostOptions
        {
            Engine = EngineOptions.Default with { MaxSteps = 0, Timeout = TimeSpan.Zero },
        });
        if (_host.HasErrors)
        {
            throw new InvalidOperationException("The benchmark model does not check: " + string.Join("; ", _host.Diagnostics.SelectMany(d => d.Value).Where(d => d.IsError)));
        }

        _products = _host.Engine.CreateModelInstance(_host.GetModel("Products"), "p", [_csv]);
        _count = FmlEngine.FindBehaviour(_products.Concept, "count", 1);
        if ((int)CsvSelectFml()! != CsvSelectSep())
        {
            throw new InvalidOperationException("FML and Sep disagree on the selected rows.");
        }

        if (SheetFlexo() != SheetSax())
        {
            throw new InvalidOperationException("Flexo and OpenXML disagree on the cells.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.Close();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "CSV 10^6 rows, select 1%: raw Sep")]
    [BenchmarkCategory("csv select")]
    public int CsvSelectSep()
    {
        using var reader = Sep.Reader().FromFile(_csv);
        var category = reader.Header.IndexOf("category");
        var matches = new List<string[]>();
        foreach (var row in reader)
        {
            if (row[category].Span.SequenceEqual("rare"))
            {
                matches.Add(row[0..row.ColCount].ToStringsArray());
            }
        }

        return matches.Count;
    }

    [Benchmark(Description = "CSV 10^6 rows, select 1%: FML select CSVRow")]
    [BenchmarkCategory("csv select")]
    public object? CsvSelectFml() => _host.Engine.Call(_products, _count, ["rare"]);

    [Benchmark(Baseline = true, Description = "XLSX 10^5 rows x 5 cells: raw OpenXML SAX")]
    [BenchmarkCategory("xlsx read")]
    public long SheetSax()
    {
        using var document = SpreadsheetDocument.Open(_xlsx, false);
        var part = document.WorkbookPart!.WorksheetParts.First();
        using var reader = OpenXmlReader.Create(part);
        long cells = 0;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                if (cell.CellValue is not null || cell.InlineString is not null)
                {
                    cells++;
                }
            }
        }

        return cells;
    }

    [Benchmark(Description = "XLSX 10^5 rows x 5 cells: Flexo sheet reader")]
    [BenchmarkCategory("xlsx read")]
    public long SheetFlexo()
    {
        using var reader = ExcelSheetReader.Open(_xlsx, "Data");
        long cells = 0;
        while (reader.ReadRow())
        {
            foreach (var cell in reader.Cells)
            {
                if (cell.Value.Kind != ExcelValueKind.Empty)
                {
                    cells++;
                }
            }
        }

        return cells;
    }

    private static void WriteWorkbook(string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            for (var r = 1; r <= SheetRows; r++)
            {
                writer.WriteStartElement(new Row { RowIndex = (uint)r });
                for (var c = 0; c < 5; c++)
                {
                    var reference = $"{(char)('A' + c)}{r}";
                    writer.WriteElement(c % 2 == 0
                        ? new Cell { CellReference = reference, CellValue = new CellValue(r * 10 + c), DataType = CellValues.Number }
                        : new Cell { CellReference = reference, InlineString = new InlineString(new Text($"text {r}/{c}")), DataType = CellValues.InlineString });
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Data" }));
        workbook.Workbook.Save();
    }
}
