using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Flexo.Adapters.Excel;

/// <summary>
/// What a reader needs of the styles part: the number format of each cell format (<c>cellXfs</c>), and whether it
/// is a date format. Read without building the part's DOM, or from its DOM once it is loaded.
/// </summary>
internal sealed class StyleTable
{
    private readonly uint[] _numberFormatIds;
    private readonly bool[] _isDate;
    private readonly Dictionary<uint, string> _customCodes;

    private StyleTable(uint[] numberFormatIds, Dictionary<uint, string> customCodes)
    {
        _numberFormatIds = numberFormatIds;
        _customCodes = customCodes;
        _isDate = new bool[numberFormatIds.Length];
        for (var i = 0; i < numberFormatIds.Length; i++)
        {
            var id = numberFormatIds[i];
            _isDate[i] = customCodes.TryGetValue(id, out var code) ? NumberFormats.IsDateCode(code) : NumberFormats.IsBuiltInDate(id);
        }
    }

    public static StyleTable Empty { get; } = new([], []);

    public bool IsDate(uint styleIndex) => styleIndex < (uint)_isDate.Length && _isDate[styleIndex];

    public string NumberFormat(uint styleIndex)
    {
        var id = styleIndex < (uint)_numberFormatIds.Length ? _numberFormatIds[styleIndex] : 0;
        return _customCodes.TryGetValue(id, out var code) ? code : NumberFormats.BuiltInCode(id) ?? "General";
    }

    public static StyleTable Read(WorkbookStylesPart? part)
    {
        if (part is null)
        {
            return Empty;
        }

        using var reader = part.IsRootElementLoaded ? OpenXmlReader.Create(part.Stylesheet) : OpenXmlReader.Create(part);
        var ids = new List<uint>();
        var codes = new Dictionary<uint, string>();
        var inCellFormats = false;
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (type == typeof(CellFormats))
            {
                inCellFormats = reader.IsStartElement;
            }
            else if (type == typeof(NumberingFormat) && reader.IsStartElement)
            {
                var id = Attribute(reader, "numFmtId");
                var code = Attribute(reader, "formatCode");
                if (uint.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && code is not null)
                {
                    codes[value] = code;
                }
            }
            else if (type == typeof(CellFormat) && reader.IsStartElement && inCellFormats)
            {
                _ = uint.TryParse(Attribute(reader, "numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id);
                ids.Add(id);
            }
        }

        return new StyleTable([.. ids], codes);
    }

    internal static string? Attribute(OpenXmlReader reader, string localName)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == localName && string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                return attribute.Value;
            }
        }

        return null;
    }
}
