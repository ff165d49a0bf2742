namespace Flexo.Adapters.Tests.Workbooks;

/// <summary>A small stock workbook: a Products sheet (header, numbers, texts, booleans, dates, a formula) and a Notes sheet.</summary>
internal static class StockWorkbook
{
    public static string Write(string folder, string name = "stock.xlsx")
    {
        var path = Path.Combine(folder, name);
        SheetWriter.Write(
            path,
            ("Products",
            [
                ["sku", "name", "qty", "price", "active", "since", "value"],
                ["B-1", "Bolt", 5, 0.25, true, new DateTime(2024, 1, 15), new Formula("C2*D2", 1.25)],
                ["N-2", "Nut; small", 12, 0.1, false, new DateTime(2023, 6, 1), new Formula("C3*D3", 1.2)],
                ["W-3", "Washer", 40, 0.05, true, new DateTime(2022, 11, 30), new Formula("C4*D4", 2)],
            ]),
            ("Notes", [["Stock taken by hand on Mondays."]]));
        return path;
    }
}
