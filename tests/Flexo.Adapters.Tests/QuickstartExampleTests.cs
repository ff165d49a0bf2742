using System.IO.Compression;
using Flexo.Adapters.Excel;
using Flexo.Adapters.Tests.Workbooks;
using Flexo.Execution;
using Flexo.Host;
using Flexo.Host.Scripts;
using Flexo.Runtime;

namespace Flexo.Adapters.Tests;

/// <summary>
/// Runs examples/quickstart as <c>flexo run</c> does (a host on the folder, then its main.fmlscript) on a copy made
/// in a temporary folder, and checks what it writes. With FLEXO_UPDATE_EXAMPLES=1, the test that compares the shipped
/// catalogue.xlsx with the generated one writes the shipped file instead (then review and commit it).
/// </summary>
public sealed class QuickstartExampleTests
{
    private static readonly string[] ComplianceRows =
    [
        "sku|product|status|worst share of a limit|findings",
        "KTL-100|Kettle 1.7 l|OK|0.4|",
        "LMP-220|Desk lamp|NON-COMPLIANT|1.8|Lead 1800 ppm (limit 1000, RoHS)",
        "CBL-010|USB-C cable 1 m|NON-COMPLIANT|2.5|DEHP 2500 ppm (limit 1000, RoHS)",
        "TOY-330|Rubber duck|NON-COMPLIANT|3|Benzo[a]pyrene 3 ppm (limit 1, REACH Annex XVII)",
        "BAT-500|Power bank 10 Ah|OK|0.4|",
        "HND-040|Garden hose handle|WATCH|0.95|",
    ];

    [Fact]
    public void Running_the_shipped_example_prints_the_summary_and_changes_no_file()
    {
        using var temp = new TempFolder();
        var folder = CopyExample(temp);
        var before = Snapshot(folder);

        var output = Run(folder, out var violations);

        Assert.Empty(violations);
        Assert.Contains("[1/4] Synchronising", output, StringComparison.Ordinal);
        Assert.Contains("22 instances created, 0 removed", output, StringComparison.Ordinal);
        Assert.Contains("3 violation(s)", output, StringComparison.Ordinal);
        Assert.Contains("catalogue.xlsx already up to date, left untouched", output, StringComparison.Ordinal);
        Assert.Contains("| LMP-220 | Desk lamp | NON-COMPLIANT | 180% | Lead 1800 ppm (limit 1000, RoHS) |", output, StringComparison.Ordinal);
        Assert.Contains("| HND-040 | Garden hose handle | WATCH | 95% |  |", output, StringComparison.Ordinal);
        Assert.Contains(
            "Summary: 6 products, 7 restricted substances, 9 composition lines: 2 OK, 1 to watch, 3 non-compliant (3 violations)",
            output,
            StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(folder));
    }

    [Fact]
    public void A_first_run_writes_the_compliance_sheet_and_a_second_run_changes_nothing()
    {
        using var temp = new TempFolder();
        var folder = CopyExample(temp);
        var catalogue = Path.Combine(folder, "catalogue.xlsx");
        File.Delete(catalogue);
        QuickstartCatalogue.Write(catalogue);
        var pristine = Parts(catalogue);
        var csv = File.ReadAllBytes(Path.Combine(folder, "restricted-substances.csv"));

        var first = Run(folder);

        Assert.Contains("catalogue.xlsx updated", first, StringComparison.Ordinal);
        Assert.Equal(ComplianceRows, SheetRows(catalogue, "Compliance"));
        using (var workbook = ExcelWorkbook.Open(catalogue))
        {
            var sheet = workbook.GetSheet("Compliance");
            Assert.True(sheet.GetCell("A1").Style.Bold);
            Assert.Equal("FFC7CE", sheet.GetCell("C3").Style.FillColor);
            Assert.Equal("FFEB9C", sheet.GetCell("C7").Style.FillColor);
            Assert.Equal("C6EFCE", sheet.GetCell("C2").Style.FillColor);
            Assert.Equal("0%", sheet.GetCell("D2").NumberFormat);
            Assert.Equal("E2*1.2", workbook.GetSheet("Products").GetCell("F2").Formula);
        }

        // Only the new sheet and the parts that list sheets, strings and styles changed.
        var after = Parts(catalogue);
        Assert.Equal(pristine["xl/worksheets/sheet1.xml"], after["xl/worksheets/sheet1.xml"]);
        Assert.Equal(pristine["xl/worksheets/sheet2.xml"], after["xl/worksheets/sheet2.xml"]);
        Assert.Equal(csv, File.ReadAllBytes(Path.Combine(folder, "restricted-substances.csv")));

        var written = File.ReadAllBytes(catalogue);
        var second = Run(folder);
        Assert.Contains("catalogue.xlsx already up to date, left untouched", second, StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllBytes(catalogue));
        Assert.Equal(csv, File.ReadAllBytes(Path.Combine(folder, "restricted-substances.csv")));
    }

    [Fact]
    public void A_product_removed_from_the_catalogue_leaves_the_model_and_the_compliance_sheet()
    {
        using var temp = new TempFolder();
        var folder = CopyExample(temp);
        var catalogue = Path.Combine(folder, "catalogue.xlsx");
        using (var workbook = ExcelWorkbook.Open(catalogue))
        {
            // The lamp (row 3) and its two composition lines (rows 4 and 5) are emptied.
            foreach (var cell in workbook.GetSheet("Products").GetRow(3).Cells)
            {
                cell.Clear();
            }

            foreach (var row in new[] { 4, 5 })
            {
                foreach (var cell in workbook.GetSheet("Composition").GetRow(row).Cells)
                {
                    cell.Clear();
                }
            }

            workbook.Save();
        }

        var output = Run(folder);

        Assert.Contains("Summary: 5 products, 7 restricted substances, 7 composition lines: 2 OK, 1 to watch, 2 non-compliant (2 violations)", output, StringComparison.Ordinal);
        Assert.Equal([.. ComplianceRows.Where(r => !r.StartsWith("LMP-220", StringComparison.Ordinal))], SheetRows(catalogue, "Compliance"));
    }

    [Fact]
    public void A_composition_line_of_an_unknown_product_is_reported_and_skipped()
    {
        using var temp = new TempFolder();
        var folder = CopyExample(temp);
        using (var workbook = ExcelWorkbook.Open(Path.Combine(folder, "catalogue.xlsx")))
        {
            workbook.GetSheet("Composition").AddRow([ExcelValue.FromText("ZZZ-999"), ExcelValue.FromText("Lead"), ExcelValue.FromText("7439-92-1"), ExcelValue.FromNumber(10)]);
            workbook.Save();
        }

        var output = Run(folder);

        Assert.Single(output.Split('\n'), l => l.Contains("warning: Composition row 11 names an unknown product ZZZ-999; skipped", StringComparison.Ordinal));
        Assert.Contains("9 composition lines: 2 OK", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_limit_in_the_regulation_changes_the_verdict()
    {
        using var temp = new TempFolder();
        var folder = CopyExample(temp);
        var csv = Path.Combine(folder, "restricted-substances.csv");
        File.WriteAllText(csv, File.ReadAllText(csv).Replace("Lead,7439-92-1,1000,RoHS", "Lead,7439-92-1,900,RoHS", StringComparison.Ordinal));

        var output = Run(folder);

        Assert.Contains("| HND-040 | Garden hose handle | NON-COMPLIANT | 106% | Lead 950 ppm (limit 900, RoHS) |", output, StringComparison.Ordinal);
        Assert.Contains("HND-040|Garden hose handle|NON-COMPLIANT", string.Join("\n", SheetRows(Path.Combine(folder, "catalogue.xlsx"), "Compliance")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_product_that_breaks_an_invariant_is_reported_by_validation()
    {
        using var temp = new TempFolder();
        var folder = CopyExample(temp);
        var catalogue = Path.Combine(folder, "catalogue.xlsx");
        using (var workbook = ExcelWorkbook.Open(catalogue))
        {
            workbook.GetSheet("Products").GetCell("D5").SetValue(-60);
            workbook.Save();
        }

        Run(folder, out var violations);

        var violation = Assert.Single(violations);
        Assert.StartsWith("FML5009 Product:", violation, StringComparison.Ordinal);
        Assert.Contains("weight > 0", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_catalogue_is_the_generated_one_after_one_run()
    {
        using var temp = new TempFolder();
        var folder = CopyExample(temp);
        var generated = Path.Combine(folder, "catalogue.xlsx");
        File.Delete(generated);
        QuickstartCatalogue.Write(generated);
        Run(folder);

        var shipped = Path.Combine(ExampleFolder(), "catalogue.xlsx");
        if (Environment.GetEnvironmentVariable("FLEXO_UPDATE_EXAMPLES") == "1")
        {
            File.Copy(generated, shipped, overwrite: true);
        }

        foreach (var sheet in new[] { "Products", "Composition", "Compliance" })
        {
            Assert.Equal(SheetRows(generated, sheet), SheetRows(shipped, sheet));
        }
    }

    /// <summary>Runs the example folder's main.fmlscript as <c>flexo run</c> does; returns what it printed.</summary>
    private static string Run(string folder) => Run(folder, out _);

    /// <summary>Runs the example; <paramref name="violations"/> are the invariants the model instance breaks afterwards.</summary>
    private static string Run(string folder, out List<string> violations)
    {
        var output = new StringWriter();
        using var host = FlexoHost.Open(new HostOptions { Paths = [folder], Engine = EngineOptions.Default with { Log = new TextWriterLogSink(output) } });
        Assert.False(host.HasErrors, string.Join("\n", host.Diagnostics.Values.SelectMany(d => d).Where(d => d.IsError)));
        var runner = new ScriptRunner(host, output, folder);
        var result = runner.RunFile(Path.Combine(folder, "main.fmlscript"));
        Assert.True(result.Failure is null, result.Failure + "\n" + output);
        var instance = Assert.IsType<VirtualModelInstance>(runner.Variables["c"]);
        violations = [.. host.Validate(instance).Select(v => v.Code + " " + v.Instance.Concept.Name + ": " + v.Message)];
        return output.ToString();
    }

    private static List<string> SheetRows(string path, string sheetName)
    {
        using var workbook = ExcelWorkbook.Open(path);
        return [.. workbook.GetSheet(sheetName).Rows.Where(r => r.Cells.Any(c => !c.Value.IsEmpty)).Select(r => string.Join("|", Enumerable.Range(1, r.Cells[^1].ColumnIndex).Select(c => r.GetCell(c).Value.ToString())))];
    }

    private static Dictionary<string, byte[]> Parts(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    private static string CopyExample(TempFolder temp)
    {
        var source = ExampleFolder();
        var target = temp.Combine("quickstart");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    private static string ExampleFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Flexo.sln")))
            {
                return Path.Combine(folder.FullName, "examples", "quickstart");
            }
        }

        throw new InvalidOperationException("the repository root (Flexo.sln) was not found above the test folder");
    }
}
