using System.Globalization;

namespace Flexo.Adapters.Csv;

/// <summary>
/// The invariant text of typed values, as the typed setters write them and the invariant readers read them back.
/// </summary>
public static class CsvText
{
    /// <summary><c>-12</c>.</summary>
    /// <param name="value">The integer.</param>
    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The shortest text that reads back as the same number: <c>0.1</c>, <c>1E+20</c>, <c>NaN</c>.</summary>
    /// <param name="value">The number.</param>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary><c>true</c> or <c>false</c>.</summary>
    /// <param name="value">The boolean.</param>
    public static string Format(bool value) => value ? "true" : "false";

    /// <summary><c>yyyy-MM-dd</c>.</summary>
    /// <param name="value">The date.</param>
    public static string Format(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 with the offset: <c>2024-02-29T13:45:00.0000000+01:00</c>.</summary>
    /// <param name="value">The date and time.</param>
    public static string Format(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);
}
