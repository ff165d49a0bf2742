using System.Globalization;

namespace Flexo.Adapters.Csv.Fml;

/// <summary>The text a cell gets for an FML value: numbers, booleans and dates in the invariant forms the document layer writes.</summary>
internal static class CellText
{
    public static string Of(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        int or long or short => CsvText.Format(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        double or float => CsvText.Format(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        bool b => CsvText.Format(b),
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? CsvText.Format(DateOnly.FromDateTime(d)) : CsvText.Format(new DateTimeOffset(d, TimeSpan.Zero)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
