using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Flexo.Adapters.Excel;

/// <summary>
/// A stable, URI-friendly identity of a workbook, sheet, row, column or cell, for a run time to store and resolve later
/// with <see cref="ExcelWorkbook.Resolve(ExcelReference)"/>: <c>file:///data/Shop.xlsx#sheet=Products&amp;cell=B3</c>. The sheet name is
/// percent-encoded (RFC 3986 unreserved characters stay as they are), rows are numbers from 1, columns are letters.
/// Identities designate positions: a cell's identity stays the same whatever its value.
/// </summary>
public sealed class ExcelReference : IEquatable<ExcelReference>
{
    private ExcelReference(string workbookUri, ExcelReferenceKind kind, string? sheetName, int row, int column)
    {
        WorkbookUri = workbookUri;
        Kind = kind;
        SheetName = sheetName;
        Row = row;
        Column = column;
    }

    /// <summary>The workbook's URI, without fragment.</summary>
    public string WorkbookUri { get; }

    /// <summary>What this reference designates.</summary>
    public ExcelReferenceKind Kind { get; }

    /// <summary>The sheet name; null for a workbook reference.</summary>
    public string? SheetName { get; }

    /// <summary>The 1-based row of a row or cell reference; 0 otherwise.</summary>
    public int Row { get; }

    /// <summary>The 1-based column of a column or cell reference; 0 otherwise.</summary>
    public int Column { get; }

    /// <summary>A workbook reference.</summary>
    /// <param name="workbookUri">An absolute URI without fragment.</param>
    public static ExcelReference ForWorkbook(string workbookUri) => new(CheckUri(workbookUri), ExcelReferenceKind.Workbook, null, 0, 0);

    /// <summary>A sheet reference.</summary>
    /// <param name="workbookUri">An absolute URI without fragment.</param>
    /// <param name="sheetName">The sheet's name.</param>
    public static ExcelReference ForSheet(string workbookUri, string sheetName)
        => new(CheckUri(workbookUri), ExcelReferenceKind.Sheet, CheckSheet(sheetName), 0, 0);

    /// <summary>A row reference.</summary>
    /// <param name="workbookUri">An absolute URI without fragment.</param>
    /// <param name="sheetName">The sheet's name.</param>
    /// <param name="row">The 1-based row.</param>
    public static ExcelReference ForRow(string workbookUri, string sheetName, int row)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(row, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(row, ExcelCellAddress.MaxRow);
        return new(CheckUri(workbookUri), ExcelReferenceKind.Row, CheckSheet(sheetName), row, 0);
    }

    /// <summary>A column reference.</summary>
    /// <param name="workbookUri">An absolute URI without fragment.</param>
    /// <param name="sheetName">The sheet's name.</param>
    /// <param name="column">The 1-based column.</param>
    public static ExcelReference ForColumn(string workbookUri, string sheetName, int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(column, ExcelCellAddress.MaxColumn);
        return new(CheckUri(workbookUri), ExcelReferenceKind.Column, CheckSheet(sheetName), 0, column);
    }

    /// <summary>A cell reference.</summary>
    /// <param name="workbookUri">An absolute URI without fragment.</param>
    /// <param name="sheetName">The sheet's name.</param>
    /// <param name="address">The cell's position.</param>
    public static ExcelReference ForCell(string workbookUri, string sheetName, ExcelCellAddress address)
        => new(CheckUri(workbookUri), ExcelReferenceKind.Cell, CheckSheet(sheetName), address.Row, address.Column);

    /// <summary>Parses an identity; throws <see cref="ExcelException"/> (FML7057) when it is not one.</summary>
    /// <param name="text">The identity, as printed by <see cref="ToString"/>.</param>
    public static ExcelReference Parse(string text)
    {
        if (TryParse(text, out var reference, out var problem))
        {
            return reference;
        }

        throw ExcelErrors.Create(ExcelErrors.InvalidIdentity, $"'{text}' is not an Excel identity: {problem}.", null);
    }

    /// <summary>Parses an identity; false when the text is not one.</summary>
    /// <param name="text">The identity, as printed by <see cref="ToString"/>.</param>
    /// <param name="reference">The reference when the text is valid.</param>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ExcelReference? reference) => TryParse(text, out reference, out _);

    /// <summary>The identity text: the workbook URI, then <c>#sheet=...</c> and <c>&amp;cell=</c>, <c>&amp;row=</c> or <c>&amp;col=</c>.</summary>
    public override string ToString()
    {
        if (Kind == ExcelReferenceKind.Workbook)
        {
            return WorkbookUri;
        }

        var text = new StringBuilder(WorkbookUri).Append("#sheet=").Append(Uri.EscapeDataString(SheetName!));
        switch (Kind)
        {
            case ExcelReferenceKind.Row:
                text.Append("&row=").Append(Row.ToString(CultureInfo.InvariantCulture));
                break;
            case ExcelReferenceKind.Column:
                text.Append("&col=").Append(ExcelCellAddress.ToColumnName(Column));
                break;
            case ExcelReferenceKind.Cell:
                text.Append("&cell=").Append(new ExcelCellAddress(Row, Column).ToString());
                break;
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(ExcelReference? other)
        => other is not null && Kind == other.Kind && Row == other.Row && Column == other.Column
           && string.Equals(WorkbookUri, other.WorkbookUri, StringComparison.Ordinal)
           && string.Equals(SheetName, other.SheetName, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExcelReference);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(WorkbookUri, Kind, SheetName, Row, Column);

    private static bool TryParse(string? text, [NotNullWhen(true)] out ExcelReference? reference, out string problem)
    {
        reference = null;
        problem = "it is empty";
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var hash = text.IndexOf('#', StringComparison.Ordinal);
        var uri = hash < 0 ? text : text[..hash];
        if (!Uri.TryCreate(uri, UriKind.Absolute, out _))
        {
            problem = "the part before '#' is not an absolute URI";
            return false;
        }

        if (hash < 0)
        {
            reference = new ExcelReference(uri, ExcelReferenceKind.Workbook, null, 0, 0);
            return true;
        }

        string? sheet = null;
        var kind = ExcelReferenceKind.Sheet;
        int row = 0, column = 0;
        foreach (var pair in text[(hash + 1)..].Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                problem = $"'{pair}' is not a key=value pair";
                return false;
            }

            var key = pair[..equals];
            string value;
            try
            {
                value = Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
            catch (UriFormatException)
            {
                problem = $"the value of '{key}' is not percent-encoded correctly";
                return false;
            }

            if (key == "sheet" && sheet is null && value.Length > 0)
            {
                sheet = value;
                continue;
            }

            if (kind != ExcelReferenceKind.Sheet)
            {
                problem = "only one of cell, row and col may follow the sheet";
                return false;
            }

            switch (key)
            {
                case "cell" when ExcelCellAddress.TryParse(value, out var address):
                    (kind, row, column) = (ExcelReferenceKind.Cell, address.Row, address.Column);
                    break;
                case "row" when ExcelCellAddress.TryParseRowNumber(value, out row):
                    kind = ExcelReferenceKind.Row;
                    break;
                case "col" when ExcelCellAddress.TryParseColumnName(value, out column):
                    kind = ExcelReferenceKind.Column;
                    break;
                default:
                    problem = $"'{pair}' is not a sheet, cell, row or col part";
                    return false;
            }
        }

        if (sheet is null)
        {
            problem = "the fragment has no sheet";
            return false;
        }

        reference = new ExcelReference(uri, kind, sheet, row, column);
        return true;
    }

    private static string CheckUri(string workbookUri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workbookUri);
        if (workbookUri.Contains('#', StringComparison.Ordinal) || !Uri.TryCreate(workbookUri, UriKind.Absolute, out _))
        {
            throw new ArgumentException("The workbook URI must be absolute and have no fragment.", nameof(workbookUri));
        }

        return workbookUri;
    }

    private static string CheckSheet(string sheetName)
    {
        ArgumentException.ThrowIfNullOrEmpty(sheetName);
        return sheetName;
    }
}
