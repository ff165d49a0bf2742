namespace Flexo.Adapters.Excel;

/// <summary>The type of a cell value.</summary>
public enum ExcelValueKind
{
    /// <summary>No value: a missing cell, or a cell with only a style or a formula without cached result.</summary>
    Empty,

    /// <summary>A number (a double, as Excel stores it).</summary>
    Number,

    /// <summary>A text, from the shared string table, an inline string or a formula's string result.</summary>
    Text,

    /// <summary>TRUE or FALSE.</summary>
    Boolean,

    /// <summary>A date or date-time: a number whose number format is a date format, or an ISO 8601 date cell.</summary>
    Date,

    /// <summary>An error value such as <c>#N/A</c> or <c>#DIV/0!</c>.</summary>
    Error,
}
