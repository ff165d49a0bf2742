using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Flexo.Adapters.Excel.Tests.Fixtures;

/// <summary>
/// Builds the test workbooks with the Open XML SDK, so no binary fixture is committed. The "shop" workbook has:
/// <list type="bullet">
/// <item>sheet Products: headers in shared strings; numbers, dates (built-in and custom formats), booleans,
/// an inline string, formulas with cached number, text and error results, a shared formula, a sparse far cell,
/// a style-only cell, column widths, a merged range, an unknown extension element, and a comments part;</item>
/// <item>sheet Notes: one text cell; a chart-less second sheet that edits of Products must not touch;</item>
/// <item>a defined name, a calculation chain and a custom XML part nobody here understands.</item>
/// </list>
/// </summary>
internal static class WorkbookFixtures
{
    public const string UnknownNamespace = "urn:flexo:test:unknown";

    public static string Shop(string folder, string name = "Shop.xlsx", bool date1904 = false, bool calculationChain = true)
    {
        var path = Path.Join(folder, name);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();

        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 1 },
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat { NumberFormatId = 14, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
                new CellFormat { NumberFormatId = 2, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true }) { Count = 5 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

        var strings = workbookPart.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable(
            new SharedStringItem(new Text("Name")),
            new SharedStringItem(new Text("Price")),
            new SharedStringItem(new Text("Added")),
            new SharedStringItem(new Text("InStock")),
            new SharedStringItem(new Text("Total")),
            new SharedStringItem(new Text("Widget")),
            new SharedStringItem(
                new Run(new RunProperties(new Bold()), new Text("Rich ")),
                new Run(new Text("text")),
                new PhoneticRun(new Text("ignored")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 })) { Count = 8, UniqueCount = 7 };

        var products = workbookPart.AddNewPart<WorksheetPart>();
        products.Worksheet = new Worksheet(
            new SheetDimension { Reference = "A1:F10" },
            new Columns(new Column { Min = 1, Max = 1, Width = 24.5, CustomWidth = true }),
            new SheetData(
                Row(1, Shared("A1", 0, style: 3), Shared("B1", 1, style: 3), Shared("C1", 2, style: 3), Shared("D1", 3, style: 3), Shared("E1", 4, style: 3)),
                Row(2, Shared("A2", 5), Number("B2", "9.5"), Number("C2", "45000", style: 1), Bool("D2", true), Formula("E2", "B2*2", "19")),
                Row(3, Inline("A3", "Gadget"), Number("B3", "12"), Number("C3", "45000.5", style: 2), Bool("D3", false),
                    new Cell(new CellFormula("B3/0"), new CellValue("#DIV/0!")) { CellReference = "E3", DataType = CellValues.Error }),
                Row(4, new Cell(new CellFormula("A2&A3"), new CellValue("WidgetGadget")) { CellReference = "A4", DataType = CellValues.String },
                    Shared("B4", 6),
                    new Cell(new CellFormula("B2+1") { FormulaType = CellFormulaValues.Shared, Reference = "C4:C5", SharedIndex = 0 }, new CellValue("10.5")) { CellReference = "C4" },
                    new Cell(new CellFormula("#N/A") { }, new CellValue("#N/A")) { CellReference = "D4", DataType = CellValues.Error }),
                Row(5, new Cell(new CellFormula { FormulaType = CellFormulaValues.Shared, SharedIndex = 0 }, new CellValue("13")) { CellReference = "C5" },
                    new Cell { CellReference = "D5", StyleIndex = 3 }),
                new Row { RowIndex = 6 },
                Row(10, Inline("F10", "far"))),
            new MergeCells(new MergeCell { Reference = "A7:B7" }) { Count = 1 },
            new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
            new WorksheetExtensionList(new WorksheetExtension(
                Unknown())
            {
                Uri = "{00000000-0000-0000-0000-000000000001}",
            }));

        var comments = products.AddNewPart<WorksheetCommentsPart>();
        comments.Comments = new Comments(
            new Authors(new Author("Flexo")),
            new CommentList(new Comment(new CommentText(new Run(new Text("Check the price")))) { Reference = "B2", AuthorId = 0 }));

        var notes = workbookPart.AddNewPart<WorksheetPart>();
        notes.Worksheet = new Worksheet(new SheetData(Row(1, Inline("A1", "Remember the milk"))));

        if (calculationChain)
        {
            var chain = workbookPart.AddNewPart<CalculationChainPart>();
            chain.CalculationChain = new CalculationChain(new CalculationCell { CellReference = "E2", SheetId = 1 });
        }

        var custom = workbookPart.AddCustomXmlPart(CustomXmlPartType.CustomXml);
        using (var stream = custom.GetStream(FileMode.Create))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write($"<data xmlns=\"{UnknownNamespace}\"><item>opaque</item></data>");
        }

        workbookPart.Workbook = new Workbook(
            new WorkbookProperties { Date1904 = date1904 ? true : null },
            new Sheets(
                new Sheet { Name = "Products", SheetId = 1, Id = workbookPart.GetIdOfPart(products) },
                new Sheet { Name = "Notes", SheetId = 2, Id = workbookPart.GetIdOfPart(notes) }),
            new DefinedNames(new DefinedName("Products!$B$2:$B$3") { Name = "Prices" }),
            new CalculationProperties { CalculationId = 191029 });
        return path;
    }

    /// <summary>A workbook with one sheet "Big" of <paramref name="rows"/> rows: A = row number, B = shared text, C = inline text, D = date, E = boolean, F = formula.</summary>
    public static string Large(string folder, int rows)
    {
        var path = Path.Join(folder, "Large.xlsx");
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(new CellFormat { NumberFormatId = 0 }, new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }) { Count = 2 });
        var strings = workbookPart.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable(new SharedStringItem(new Text("even")), new SharedStringItem(new Text("odd")));
        var sheet = workbookPart.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            for (var r = 1; r <= rows; r++)
            {
                writer.WriteStartElement(new Row { RowIndex = (uint)r });
                writer.WriteElement(new Cell { CellReference = "A" + r, CellValue = new CellValue(r) });
                writer.WriteElement(new Cell { CellReference = "B" + r, DataType = CellValues.SharedString, CellValue = new CellValue(r % 2) });
                writer.WriteElement(new Cell(new InlineString(new Text("row " + r))) { CellReference = "C" + r, DataType = CellValues.InlineString });
                writer.WriteElement(new Cell { CellReference = "D" + r, StyleIndex = 1, CellValue = new CellValue(40000 + (r % 1000)) });
                writer.WriteElement(new Cell { CellReference = "E" + r, DataType = CellValues.Boolean, CellValue = new CellValue(r % 3 == 0 ? "1" : "0") });
                writer.WriteElement(new Cell(new CellFormula("A" + r + "*2"), new CellValue(r * 2)) { CellReference = "F" + r });
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Name = "Big", SheetId = 1, Id = workbookPart.GetIdOfPart(sheet) }));
        return path;
    }

    /// <summary>A Word document: a valid Office package that is not a spreadsheet.</summary>
    public static string WordDocument(string folder)
    {
        var path = Path.Join(folder, "Letter.xlsx");
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body());
        return path;
    }

    private static OpenXmlUnknownElement Unknown()
    {
        var element = new OpenXmlUnknownElement("t", "keep", UnknownNamespace);
        element.SetAttribute(new OpenXmlAttribute("t", "flag", UnknownNamespace, "1"));
        element.AppendChild(new OpenXmlUnknownElement("t", "inner", UnknownNamespace));
        return element;
    }

    private static Row Row(uint index, params Cell[] cells) => new(cells) { RowIndex = index };

    private static Cell Shared(string reference, int index, uint? style = null)
        => new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index), StyleIndex = style };

    private static Cell Number(string reference, string value, uint? style = null)
        => new() { CellReference = reference, CellValue = new CellValue(value), StyleIndex = style };

    private static Cell Bool(string reference, bool value)
        => new() { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(value ? "1" : "0") };

    private static Cell Inline(string reference, string text)
        => new(new InlineString(new Text(text))) { CellReference = reference, DataType = CellValues.InlineString };

    private static Cell Formula(string reference, string formula, string cached)
        => new(new CellFormula(formula), new CellValue(cached)) { CellReference = reference };
}
