namespace Flexo.Adapters.Csv;

/// <summary>
/// The stable codes of <see cref="CsvException"/>, in the range FML7001-FML7049. A code is never reused for another
/// meaning; docs/adapters-csv.md describes each one with an example.
/// </summary>
public static class CsvErrorCodes
{
    /// <summary>The file does not exist.</summary>
    public const string FileNotFound = "FML7001";

    /// <summary>The file exists but cannot be read (a folder, no permission, an input/output error).</summary>
    public const string FileUnreadable = "FML7002";

    /// <summary>The file holds bytes that are not valid in its encoding.</summary>
    public const string InvalidBytes = "FML7003";

    /// <summary>A quoted field is never closed: the quotes of the file are unbalanced.</summary>
    public const string UnterminatedQuote = "FML7004";

    /// <summary>In strict mode, a row does not have as many fields as the header (or the first row).</summary>
    public const string FieldCountMismatch = "FML7005";

    /// <summary>No column has the given name.</summary>
    public const string UnknownColumn = "FML7006";

    /// <summary>Several columns match the given name.</summary>
    public const string AmbiguousColumn = "FML7007";

    /// <summary>A column index is outside the columns of the document.</summary>
    public const string ColumnOutOfRange = "FML7008";

    /// <summary>A row index is outside the rows of the document.</summary>
    public const string RowOutOfRange = "FML7009";

    /// <summary>The encoding name is not known.</summary>
    public const string UnknownEncoding = "FML7010";

    /// <summary>The file starts with the byte order mark of another encoding than the declared one.</summary>
    public const string ByteOrderMarkMismatch = "FML7011";

    /// <summary>An option has a value that cannot be used (a quote or line break as delimiter, an unknown line ending).</summary>
    public const string InvalidOption = "FML7012";

    /// <summary>A cell value cannot be read as the asked type (integer, number, boolean, date).</summary>
    public const string InvalidValue = "FML7013";

    /// <summary>A value has characters that the file's encoding cannot represent.</summary>
    public const string UnencodableValue = "FML7014";

    /// <summary>A file to create already exists.</summary>
    public const string FileExists = "FML7015";

    /// <summary>The file was changed or removed on disk since the document was loaded; saving would lose those changes.</summary>
    public const string ChangedOnDisk = "FML7016";

    /// <summary>The file could not be written; the original is left as it was.</summary>
    public const string SaveFailed = "FML7017";

    /// <summary>A reference (URI or fragment) is malformed or of the wrong kind.</summary>
    public const string InvalidReference = "FML7018";

    /// <summary>A reference names another file than the document asked to resolve it.</summary>
    public const string ForeignReference = "FML7019";

    /// <summary>The operation needs a header row, and the document has none.</summary>
    public const string HeaderRequired = "FML7020";

    /// <summary>The row was removed from its document.</summary>
    public const string RemovedRow = "FML7021";

    /// <summary>The file is too large to be loaded as a whole; streaming queries still work on it.</summary>
    public const string FileTooLarge = "FML7022";
}
