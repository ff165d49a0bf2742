using DocumentFormat.OpenXml.Packaging;

namespace Flexo.Adapters.Excel;

/// <summary>A worksheet listed by the workbook part: its name, its sheet id, its relationship and its part.</summary>
internal sealed record SheetEntry(string Name, uint SheetId, string RelationshipId, WorksheetPart Part);
