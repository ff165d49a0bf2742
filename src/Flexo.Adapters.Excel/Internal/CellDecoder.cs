using System.Globalization;

namespace Flexo.Adapters.Excel;

/// <summary>
/// Turns the raw parts of a <c>&lt;c&gt;</c> element (type attribute, style index, value text, inline text) into a
/// typed <see cref="ExcelValue"/>. Shared by the DOM path and the streaming path, so both type values alike.
/// </summary>
internal sealed class CellDecoder
{
    public CellDecoder(SharedStrings sharedStrings, StyleTable styles, bool date1904)
    {
        SharedStrings = sharedStrings;
        Styles = styles;
        Date1904 = date1904;
    }

    public SharedStrings SharedStrings { get; }

    public StyleTable Styles { get; }

    public bool Date1904 { get; }

    public ExcelValue Decode(string? type, uint styleIndex, string? value, string? inlineText)
    {
        switch (type)
        {
            case null or "" or "n":
                if (value is null || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return value is null ? ExcelValue.Empty : ExcelValue.FromText(value);
                }

                return Styles.IsDate(styleIndex) && DateSerial.TryToDate(number, Date1904, out var date)
                    ? ExcelValue.FromDate(date, number)
                    : ExcelValue.FromNumber(number);
            case "s":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && SharedStrings[index] is { } shared
                    ? ExcelValue.FromText(shared)
                    : ExcelValue.Empty;
            case "inlineStr":
                return inlineText is not null ? ExcelValue.FromText(inlineText) : value is not null ? ExcelValue.FromText(value) : ExcelValue.Empty;
            case "str":
                return value is null ? ExcelValue.Empty : ExcelValue.FromText(value);
            case "b":
                return value is null ? ExcelValue.Empty : ExcelValue.FromBoolean(value is "1" or "true");
            case "e":
                return value is null ? ExcelValue.Empty : ExcelValue.FromError(value);
            case "d":
                if (value is not null && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso))
                {
                    var unspecified = DateTime.SpecifyKind(iso, DateTimeKind.Unspecified);
                    var serial = DateSerial.CanWrite(unspecified, Date1904) ? DateSerial.ToSerial(unspecified, Date1904) : double.NaN;
                    return ExcelValue.FromDate(unspecified, serial);
                }

                return value is null ? ExcelValue.Empty : ExcelValue.FromText(value);
            default:
                return value is null ? ExcelValue.Empty : ExcelValue.FromText(value);
        }
    }
}
