namespace Flexo.Adapters.Excel;

/// <summary>
/// A user-facing problem with a workbook or with a request on it. <see cref="Code"/> is a stable code in the range
/// FML7050-FML7099 (see docs/adapters-excel.md); the message names the file and, where there is one, the sheet and
/// cell, as in <c>Book.xlsx['Products'!B3]: error FML7056: ...</c>. No file is written when one is raised.
/// </summary>
public sealed class ExcelException : Exception
{
    /// <summary>Creates an exception with no message and no code.</summary>
    public ExcelException()
    {
        Code = string.Empty;
    }

    /// <summary>Creates an exception with the given message and no code.</summary>
    /// <param name="message">What went wrong.</param>
    public ExcelException(string message)
        : base(message)
    {
        Code = string.Empty;
    }

    /// <summary>Creates an exception with the given message and cause, and no code.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ExcelException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = string.Empty;
    }

    internal ExcelException(string code, string detail, string? filePath, string? sheetName, string? cellReference, Exception? innerException)
        : base(Format(code, detail, filePath, sheetName, cellReference), innerException)
    {
        Code = code;
        Detail = detail;
        FilePath = filePath;
        SheetName = sheetName;
        CellReference = cellReference;
    }

    /// <summary>The stable code, such as <c>FML7055</c>; empty for an exception built without one.</summary>
    public string Code { get; }

    /// <summary>The message without its location prefix.</summary>
    public string? Detail { get; }

    /// <summary>The workbook file concerned, when known.</summary>
    public string? FilePath { get; }

    /// <summary>The sheet concerned, when there is one.</summary>
    public string? SheetName { get; }

    /// <summary>The cell, row, column or range concerned, in A1 notation, when there is one.</summary>
    public string? CellReference { get; }

    private static string Format(string code, string detail, string? filePath, string? sheetName, string? cellReference)
    {
        var location = filePath ?? string.Empty;
        if (sheetName is not null || cellReference is not null)
        {
            var sheet = sheetName is null ? string.Empty : "'" + sheetName.Replace("'", "''", StringComparison.Ordinal) + "'";
            var separator = sheetName is not null && cellReference is not null ? "!" : string.Empty;
            location += "[" + sheet + separator + cellReference + "]";
        }

        return location.Length == 0 ? $"error {code}: {detail}" : $"{location}: error {code}: {detail}";
    }
}
