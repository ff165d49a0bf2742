using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Flexo.Adapters.Excel;

/// <summary>
/// Derives a cell format from a cell's current one and a <see cref="ExcelCellStyle"/>, reusing identical fonts,
/// fills, number formats and cell formats, and adding only what is missing. The styles part is marked edited only
/// when something was added.
/// </summary>
internal static class StyleEditor
{
    public static Stylesheet NewStylesheet() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 1 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 }) { Count = 1 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>The canonical <c>AARRGGBB</c> form of a colour, or null when it is not one.</summary>
    public static string? NormalizeColor(string color)
    {
        var digits = color.StartsWith('#') ? color[1..] : color;
        if (digits.Length is not (6 or 8) || !digits.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        return (digits.Length == 6 ? "FF" + digits : digits).ToUpperInvariant();
    }

    /// <summary>The index of the cell format that is <paramref name="current"/> changed by <paramref name="style"/>.</summary>
    public static uint Apply(ExcelWorkbook workbook, uint current, ExcelCellStyle style)
    {
        var workbookPart = workbook.Session.WorkbookPart;
        var part = workbookPart.WorkbookStylesPart;
        var added = part is null;
        part ??= workbookPart.AddNewPart<WorkbookStylesPart>();
        var stylesheet = part.Stylesheet ??= NewStylesheet();
        added |= EnsureCollections(stylesheet);

        var formats = stylesheet.CellFormats!;
        var format = current < (uint)formats.ChildElements.Count
            ? (CellFormat)formats.ChildElements[(int)current].CloneNode(true)
            : new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 };

        if (style.Bold is { } bold)
        {
            var fonts = stylesheet.Fonts!;
            var fontId = format.FontId?.Value ?? 0;
            var font = fontId < (uint)fonts.ChildElements.Count ? (Font)fonts.ChildElements[(int)fontId].CloneNode(true) : new Font();
            font.Bold = bold ? new Bold() : null;
            format.FontId = FindOrAppend(fonts, font, ref added);
            format.ApplyFont = true;
        }

        if (style.FillColor is { } color)
        {
            var fill = new Fill(new PatternFill(new ForegroundColor { Rgb = NormalizeColor(color) }, new BackgroundColor { Indexed = 64 })
            {
                PatternType = PatternValues.Solid,
            });
            format.FillId = FindOrAppend(stylesheet.Fills!, fill, ref added);
            format.ApplyFill = true;
        }

        if (style.NumberFormat is { } code)
        {
            format.NumberFormatId = NumberFormatId(stylesheet, code, ref added);
            format.ApplyNumberFormat = true;
        }

        var index = FindOrAppend(formats, format, ref added);
        if (added)
        {
            workbook.MarkModified(part);
            workbook.Session.StylesChanged();
        }

        return index;
    }

    /// <summary>The bold flag, solid fill colour and number format of a cell format, read from the styles DOM.</summary>
    public static ExcelCellStyle Read(WorkbookSession session, uint index)
    {
        var numberFormat = session.Decoder.Styles.NumberFormat(index);
        var stylesheet = session.WorkbookPart.WorkbookStylesPart?.Stylesheet;
        var formats = stylesheet?.CellFormats;
        if (stylesheet is null || formats is null || index >= (uint)formats.ChildElements.Count)
        {
            return new ExcelCellStyle { Bold = false, NumberFormat = numberFormat };
        }

        var format = (CellFormat)formats.ChildElements[(int)index];
        var font = At<Font>(stylesheet.Fonts, format.FontId?.Value ?? 0);
        var bold = font?.Bold is { } b && (b.Val?.Value ?? true);
        var fill = At<Fill>(stylesheet.Fills, format.FillId?.Value ?? 0)?.PatternFill;
        string? color = null;
        if (fill?.PatternType?.Value == PatternValues.Solid && fill.ForegroundColor?.Rgb?.Value is { Length: 8 } rgb)
        {
            color = rgb[2..];
        }

        return new ExcelCellStyle { Bold = bold, FillColor = color, NumberFormat = numberFormat };
    }

    private static T? At<T>(OpenXmlCompositeElement? list, uint index)
        where T : OpenXmlElement
        => list is not null && index < (uint)list.ChildElements.Count ? list.ChildElements[(int)index] as T : null;

    private static bool EnsureCollections(Stylesheet stylesheet)
    {
        var added = false;
        var template = NewStylesheet();
        if (stylesheet.Fonts is null)
        {
            SchemaOrder.Insert(stylesheet, template.Fonts!.CloneNode(true), SchemaOrder.Stylesheet);
            added = true;
        }

        if (stylesheet.Fills is null)
        {
            SchemaOrder.Insert(stylesheet, template.Fills!.CloneNode(true), SchemaOrder.Stylesheet);
            added = true;
        }

        if (stylesheet.Borders is null)
        {
            SchemaOrder.Insert(stylesheet, template.Borders!.CloneNode(true), SchemaOrder.Stylesheet);
            added = true;
        }

        if (stylesheet.CellFormats is null)
        {
            SchemaOrder.Insert(stylesheet, template.CellFormats!.CloneNode(true), SchemaOrder.Stylesheet);
            added = true;
        }

        return added;
    }

    private static uint NumberFormatId(Stylesheet stylesheet, string code, ref bool added)
    {
        if (NumberFormats.BuiltInId(code) is { } builtIn)
        {
            return builtIn;
        }

        var formats = stylesheet.NumberingFormats;
        var next = NumberFormats.FirstCustomId;
        foreach (var format in formats?.Elements<NumberingFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (string.Equals(format.FormatCode?.Value, code, StringComparison.Ordinal))
            {
                return id;
            }

            next = Math.Max(next, id + 1);
        }

        formats ??= SchemaOrder.Insert(stylesheet, new NumberingFormats(), SchemaOrder.Stylesheet);
        formats.AppendChild(new NumberingFormat { NumberFormatId = next, FormatCode = code });
        formats.Count = (uint)formats.ChildElements.Count;
        added = true;
        return next;
    }

    private static uint FindOrAppend(OpenXmlCompositeElement list, OpenXmlElement item, ref bool added)
    {
        var xml = item.OuterXml;
        var children = list.ChildElements;
        for (var i = 0; i < children.Count; i++)
        {
            if (string.Equals(children[i].OuterXml, xml, StringComparison.Ordinal))
            {
                return (uint)i;
            }
        }

        list.AppendChild(item);
        var total = list.ChildElements.Count;
        list.SetAttribute(new OpenXmlAttribute("count", string.Empty, total.ToString(CultureInfo.InvariantCulture)));
        added = true;
        return (uint)total - 1;
    }
}
