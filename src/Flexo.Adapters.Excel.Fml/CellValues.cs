using System.Globalization;

namespace Flexo.Adapters.Excel.Fml;

/// <summary>
/// Cell values as FML sees them: numbers as <c>double</c>, texts, booleans, dates (<c>Date</c>), error codes as texts,
/// empty cells as null; and FML values written into cells with their natural Excel type.
/// </summary>
internal static class CellValues
{
    /// <summary>The FML value of a cell value.</summary>
    public static object? ToFml(ExcelValue value) => value.Kind switch
    {
        ExcelValueKind.Number => value.Number,
        ExcelValueKind.Text or ExcelValueKind.Error => value.Text,
        ExcelValueKind.Boolean => value.Boolean,
        ExcelValueKind.Date => DateTime.SpecifyKind(value.Date, DateTimeKind.Utc),
        _ => null,
    };

    /// <summary>The cell value an FML value is written as: null clears, texts, numbers, booleans and dates keep their type.</summary>
    public static ExcelValue FromFml(object? value) => value switch
    {
        null => ExcelValue.Empty,
        string s => ExcelValue.FromText(s),
        char c => ExcelValue.FromText(c.ToString()),
        bool b => ExcelValue.FromBoolean(b),
        int or long or short or sbyte or byte or double or float or decimal => ExcelValue.FromNumber(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        DateTime d => ExcelValue.FromDate(d),
        DateOnly d => ExcelValue.FromDate(d.ToDateTime(TimeOnly.MinValue)),
        DateTimeOffset o => ExcelValue.FromDate(o.UtcDateTime),
        ExcelCell cell => cell.Value,
        _ => ExcelValue.FromText(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    /// <summary>
    /// The text of a value as a reader expects it: integral numbers without decimals (<c>12</c>), other numbers in
    /// the shortest invariant form, dates as <c>yyyy-MM-dd</c>, booleans as <c>true</c>/<c>false</c>, empty as "".
    /// </summary>
    public static string Text(ExcelValue value) => value.Kind switch
    {
        ExcelValueKind.Number when Math.Abs(value.Number) < 1e15 && value.Number == Math.Floor(value.Number)
            => ((long)value.Number).ToString(CultureInfo.InvariantCulture),
        ExcelValueKind.Boolean => value.Boolean ? "true" : "false",
        _ => value.ToString(),
    };

    /// <summary>The reference's cell type names: Empty, Numeric, String, Boolean, Error, NumericFormula, StringFormula.</summary>
    public static string TypeName(ExcelCell cell)
    {
        if (!cell.Exists)
        {
            return "Empty";
        }

        var value = cell.Value;
        if (cell.HasFormula)
        {
            return value.Kind is ExcelValueKind.Text ? "StringFormula" : "NumericFormula";
        }

        return value.Kind switch
        {
            ExcelValueKind.Number or ExcelValueKind.Date => "Numeric",
            ExcelValueKind.Text => "String",
            ExcelValueKind.Boolean => "Boolean",
            ExcelValueKind.Error => "Error",
            _ => "Blank",
        };
    }

    /// <summary>The number a cell holds (a date gives its serial; a text is read in invariant culture).</summary>
    public static double Number(ExcelCell cell)
    {
        var value = cell.Value;
        return value.Kind switch
        {
            ExcelValueKind.Number or ExcelValueKind.Date => value.Number,
            ExcelValueKind.Text when double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => throw Mismatch(cell, value, "a number"),
        };
    }

    /// <summary>The whole number a cell holds.</summary>
    public static long Integer(ExcelCell cell)
    {
        var number = Number(cell);
        return number == Math.Floor(number) && Math.Abs(number) < 9.2e18
            ? (long)number
            : throw Mismatch(cell, cell.Value, "a whole number");
    }

    /// <summary>The boolean a cell holds (or the texts <c>true</c>/<c>false</c>, any case).</summary>
    public static bool Boolean(ExcelCell cell)
    {
        var value = cell.Value;
        return value.Kind switch
        {
            ExcelValueKind.Boolean => value.Boolean,
            ExcelValueKind.Text when bool.TryParse(value.Text, out var parsed) => parsed,
            _ => throw Mismatch(cell, value, "a boolean"),
        };
    }

    /// <summary>The date a cell holds (or an ISO 8601 text).</summary>
    public static DateTime Date(ExcelCell cell)
    {
        var value = cell.Value;
        return value.Kind switch
        {
            ExcelValueKind.Date => DateTime.SpecifyKind(value.Date, DateTimeKind.Utc),
            ExcelValueKind.Text when DateTime.TryParse(value.Text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
            _ => throw Mismatch(cell, value, "a date"),
        };
    }

    /// <summary>Where a cell is, as Excel writes it: <c>catalogue.xlsx['Products'!C4]</c>.</summary>
    public static string Where(ExcelCell cell) => $"{Path.GetFileName(cell.Sheet.Workbook.FilePath)}['{cell.Sheet.Name}'!{cell.Reference}]";

    private static TechnologyException Mismatch(ExcelCell cell, ExcelValue value, string wanted)
    {
        var held = value.Kind switch
        {
            ExcelValueKind.Empty => "nothing (the cell is empty)",
            ExcelValueKind.Text => $"the text \"{value.Text}\"",
            ExcelValueKind.Error => $"the error {value.Text}",
            _ => $"the {value.Kind.ToString().ToLowerInvariant()} {Text(value)}",
        };
        return new TechnologyException($"{Where(cell)} holds {held}, not {wanted}");
    }
}
