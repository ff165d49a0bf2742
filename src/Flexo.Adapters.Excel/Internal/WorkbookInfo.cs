using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Flexo.Adapters.Excel;

/// <summary>
/// What is read from the workbook part without building its DOM: the worksheets in order (chart sheets and dialog
/// sheets are left out) and the date system. Read from the DOM instead once it is loaded.
/// </summary>
internal sealed class WorkbookInfo
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private WorkbookInfo(IReadOnlyList<SheetEntry> sheets, bool date1904, uint maxSheetId)
    {
        Sheets = sheets;
        Date1904 = date1904;
        MaxSheetId = maxSheetId;
    }

    public IReadOnlyList<SheetEntry> Sheets { get; }

    public bool Date1904 { get; }

    public uint MaxSheetId { get; }

    public static WorkbookInfo Read(WorkbookPart part)
    {
        using var reader = part.IsRootElementLoaded ? OpenXmlReader.Create(part.Workbook) : OpenXmlReader.Create(part);
        var sheets = new List<SheetEntry>();
        var date1904 = false;
        uint maxSheetId = 0;
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            var type = reader.ElementType;
            if (type == typeof(WorkbookProperties))
            {
                date1904 = StyleTable.Attribute(reader, "date1904") is "1" or "true";
            }
            else if (type == typeof(Sheet))
            {
                string? name = null, id = null;
                uint sheetId = 0;
                foreach (var attribute in reader.Attributes)
                {
                    switch (attribute.LocalName)
                    {
                        case "name" when string.IsNullOrEmpty(attribute.NamespaceUri):
                            name = attribute.Value;
                            break;
                        case "sheetId" when string.IsNullOrEmpty(attribute.NamespaceUri):
                            _ = uint.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out sheetId);
                            break;
                        case "id" when attribute.NamespaceUri == RelationshipsNamespace:
                            id = attribute.Value;
                            break;
                    }
                }

                maxSheetId = Math.Max(maxSheetId, sheetId);
                if (name is not null && id is not null && part.TryGetPartById(id, out var sheetPart) && sheetPart is WorksheetPart worksheet)
                {
                    sheets.Add(new SheetEntry(name, sheetId, id, worksheet));
                }
            }        }

        return new WorkbookInfo(sheets, date1904, maxSheetId);
    }
}
