namespace Flexo.Adapters.Tests;

public sealed class CsvCheckerTests
{
    private static List<string> Check(string body)
    {
        using var temp = new TempFolder();
        var source = "use org.openflexo.technologyadapter.csv.CSVModelSlot as CSV;\nmodel Shop {\n" + body + "\n}\n";
        using var host = Hosts.Open(temp.Path, source);
        return [.. Hosts.Diagnostics(host).Select(d => $"{d.Code} {d.Span.Start}")];
    }

    private static List<string> Codes(string body) => [.. Check(body).Select(c => c.Split(' ')[0])];

    [Fact]
    public void A_correct_use_reports_nothing()
    {
        Assert.Empty(Codes("""
            CSVDocument data with CSV::CSVModelSlot(delimiter=";", encoding="UTF-8", hasHeader=true);
            public int first() { CSVRow row = data.getRowAt(0); return row.getInt("qty") + row.rowIndex; }
            """));
    }

    [Fact]
    public void An_unknown_keyword_is_reported() =>
        Assert.Equal(["FML2016"], Codes("CSVDocument data with CSV::CSVSlot();"));

    [Fact]
    public void An_unknown_parameter_is_reported() =>
        Assert.Equal(["FML2026"], Codes("CSVDocument data with CSV::CSVModelSlot(separator=\";\");"));

    [Fact]
    public void A_parameter_of_the_wrong_type_is_reported() =>
        Assert.Equal(["FML2036"], Codes("CSVDocument data with CSV::CSVModelSlot(hasHeader=\"yes\");"));

    [Fact]
    public void A_missing_required_action_parameter_is_reported() =>
        Assert.Equal(["FML2035"], Codes("public CSVDocument make() { return CSV::CreateCSVResource(relativePath=\"out\"); }"));

    [Fact]
    public void An_action_argument_of_the_wrong_type_is_reported_at_the_value()
    {
        var found = Check("CSVDocument data with CSV::CSVModelSlot();\npublic CSVRow add() { return CSV::AddCSVRow(rowIndex=\"two\") in data; }");
        var single = Assert.Single(found);
        Assert.StartsWith("FML2036", single, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_of_technology_types_are_checked()
    {
        Assert.Equal(["FML2003"], Codes("CSVDocument data with CSV::CSVModelSlot();\npublic int x() { return data.getRowAt(0).colour; }").Select(Normalize));
        Assert.NotEmpty(Codes("CSVDocument data with CSV::CSVModelSlot();\npublic int x() { return data.getRowAt(\"a\").rowIndex; }"));
    }

    [Fact]
    public void A_select_of_a_type_without_fetch_request_is_reported() =>
        Assert.Equal(["FML2037"], Codes("CSVDocument data with CSV::CSVModelSlot();\npublic List<CSVColumn> all() { return select CSVColumn from data; }"));

    [Fact]
    public void A_named_fetch_request_of_another_type_is_reported() =>
        Assert.Equal(["FML2037"], Codes("CSVDocument data with CSV::CSVModelSlot();\npublic List<CSVRow> all() { return select CSVRow with SelectCSVCell() from data; }"));

    private static string Normalize(string code) => code;
}
