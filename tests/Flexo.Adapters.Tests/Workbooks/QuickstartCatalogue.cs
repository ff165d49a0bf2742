namespace Flexo.Adapters.Tests.Workbooks;

/// <summary>
/// The product catalogue of examples/quickstart as it is before the example first runs: the sheets Products
/// (one product per row, with a formula column) and Composition (how much of each substance a product holds).
/// The shipped catalogue.xlsx is this workbook after one run (see QuickstartExampleTests).
/// </summary>
internal static class QuickstartCatalogue
{
    public static void Write(string path) => SheetWriter.Write(
        path,
        ("Products",
        [
            ["sku", "name", "category", "weight_g", "price_eur", "price_incl_vat", "launched", "in_stock"],
            ["KTL-100", "Kettle 1.7 l", "Kitchen", 1250, 39.9, new Formula("E2*1.2", 47.88), new DateTime(2023, 3, 1), true],
            ["LMP-220", "Desk lamp", "Lighting", 860, 24.5, new Formula("E3*1.2", 29.4), new DateTime(2022, 9, 15), true],
            ["CBL-010", "USB-C cable 1 m", "Electronics", 35, 7.99, new Formula("E4*1.2", 9.588), new DateTime(2024, 1, 10), true],
            ["TOY-330", "Rubber duck", "Toys", 60, 4.5, new Formula("E5*1.2", 5.4), new DateTime(2021, 5, 20), false],
            ["BAT-500", "Power bank 10 Ah", "Electronics", 210, 29, new Formula("E6*1.2", 34.8), new DateTime(2024, 6, 1), true],
            ["HND-040", "Garden hose handle", "Garden", 140, 12.75, new Formula("E7*1.2", 15.3), new DateTime(2020, 4, 2), true],
        ]),
        ("Composition",
        [
            ["sku", "substance", "cas", "ppm"],
            ["KTL-100", "Nickel", "7440-02-0", 300],
            ["KTL-100", "Lead", "7439-92-1", 400],
            ["LMP-220", "Lead", "7439-92-1", 1800],
            ["LMP-220", "Mercury", "7439-97-6", 5],
            ["CBL-010", "DEHP", "117-81-7", 2500],
            ["TOY-330", "Benzo[a]pyrene", "50-32-8", 3],
            ["TOY-330", "DEHP", "117-81-7", 200],
            ["BAT-500", "Cadmium", "7440-43-9", 40],
            ["HND-040", "Lead", "7439-92-1", 950],
        ]));
}
