using DocumentFormat.OpenXml;

namespace Flexo.Adapters.Excel;

/// <summary>
/// Inserts a new child where the SpreadsheetML schema wants it among its siblings (Excel refuses files whose
/// elements are out of order). Children this list does not know are left where they are.
/// </summary>
internal static class SchemaOrder
{
    public static readonly string[] Worksheet =
    [
        "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
        "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
        "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins",
        "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors",
        "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
        "webPublishItems", "tableParts", "extLst",
    ];

    public static readonly string[] Workbook =
    [
        "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups",
        "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr",
        "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
    ];

    public static readonly string[] Stylesheet =
    [
        "numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst",
    ];

    /// <summary>Inserts <paramref name="child"/> before the first sibling that must follow it, or at the end.</summary>
    public static T Insert<T>(OpenXmlCompositeElement parent, T child, string[] order)
        where T : OpenXmlElement
    {
        var rank = Array.IndexOf(order, child.LocalName);
        foreach (var sibling in parent.ChildElements)
        {
            var siblingRank = Array.IndexOf(order, sibling.LocalName);
            if (siblingRank > rank)
            {
                parent.InsertBefore(child, sibling);
                return child;
            }
        }

        parent.AppendChild(child);
        return child;
    }
}
