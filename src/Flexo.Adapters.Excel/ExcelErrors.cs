namespace Flexo.Adapters.Excel;

/// <summary>
/// The catalogue of Excel document errors: one stable code per kind of problem, never reused. Every
/// <see cref="ExcelException"/> raised by this library carries one of these codes.
/// </summary>
public static class ExcelErrors
{
    /// <summary>The file is not an Office Open XML package: not a zip archive, a damaged archive, or a damaged part.</summary>
    public const string CorruptPackage = "FML7050";

    /// <summary>The workbook is password-protected (an encrypted compound-file container).</summary>
    public const string Encrypted = "FML7051";

    /// <summary>The file is a legacy binary workbook (.xls, BIFF) or a binary .xlsb workbook, which are not supported.</summary>
    public const string LegacyFormat = "FML7052";

    /// <summary>The package is valid Office Open XML but holds no spreadsheet (a Word or PowerPoint file, for instance).</summary>
    public const string NotASpreadsheet = "FML7053";

    /// <summary>The file does not exist or cannot be read.</summary>
    public const string FileNotReadable = "FML7054";

    /// <summary>No sheet has the given name or position.</summary>
    public const string MissingSheet = "FML7055";

    /// <summary>A cell, row, column or range reference is not valid A1 notation or is outside the sheet's limits.</summary>
    public const string InvalidCellReference = "FML7056";

    /// <summary>An identity URI cannot be parsed or belongs to another workbook.</summary>
    public const string InvalidIdentity = "FML7057";

    /// <summary>A sheet name is empty, too long, has a forbidden character or is already used.</summary>
    public const string InvalidSheetName = "FML7058";

    /// <summary>A value cannot be stored in a cell: a non-finite number, a too-long text, a date outside the date system, an empty formula.</summary>
    public const string InvalidValue = "FML7059";

    /// <summary>A cell style is not valid: a colour that is not six or eight hexadecimal digits, an empty number format.</summary>
    public const string InvalidStyle = "FML7060";

    /// <summary>A merge range covers a single cell or overlaps a range that is already merged.</summary>
    public const string InvalidMerge = "FML7061";

    /// <summary>The workbook could not be written; the file on disk is unchanged.</summary>
    public const string SaveFailed = "FML7062";

    /// <summary>A new workbook cannot be created because a file already exists at that path.</summary>
    public const string FileExists = "FML7063";

    internal static ExcelException Create(string code, string detail, string? filePath, string? sheetName = null, string? cellReference = null, Exception? inner = null)
        => new(code, detail, filePath, sheetName, cellReference, inner);
}
