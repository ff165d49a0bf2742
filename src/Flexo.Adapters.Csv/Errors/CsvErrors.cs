namespace Flexo.Adapters.Csv;

/// <summary>The catalogue of <see cref="CsvException"/>s: one factory per code, so messages stay consistent.</summary>
internal static class CsvErrors
{
    public static CsvException FileNotFound(string path, Exception? cause = null) =>
        new(CsvErrorCodes.FileNotFound, "The CSV file does not exist.", path, innerException: cause);

    public static CsvException FileUnreadable(string path, Exception cause) =>
        new(CsvErrorCodes.FileUnreadable, $"The CSV file cannot be read: {cause.Message}", path, innerException: cause);

    public static CsvException InvalidBytes(string path, string encodingName, int line, int column, Exception? cause) =>
        new(CsvErrorCodes.InvalidBytes,
            $"The file holds bytes that are not valid {encodingName}; give the right encoding in the options.",
            path, line, column, cause);

    public static CsvException UnterminatedQuote(string? path, int line, int column) =>
        new(CsvErrorCodes.UnterminatedQuote,
            "This quoted field is never closed: a quote is missing, or a quote inside the field is not doubled.",
            path, line, column);

    public static CsvException FieldCountMismatch(string? path, int line, int found, int expected, bool hasHeader) =>
        new(CsvErrorCodes.FieldCountMismatch,
            $"This row has {found} field(s) but the {(hasHeader ? "header" : "first row")} has {expected}.", path, line);

    public static CsvException UnknownColumn(string? path, string name, IReadOnlyList<string?> names) =>
        new(CsvErrorCodes.UnknownColumn,
            $"No column is named '{name}'. The columns are: {string.Join(", ", names.Select(n => $"'{n}'"))}.", path);

    public static CsvException AmbiguousColumn(string? path, string name) =>
        new(CsvErrorCodes.AmbiguousColumn,
            $"Several columns are named '{name}'; use the column index instead.", path);

    public static CsvException ColumnOutOfRange(string? path, int index, int count) =>
        new(CsvErrorCodes.ColumnOutOfRange,
            $"Column index {index} is out of range: the document has {count} column(s), indexed from 0.", path);

    public static CsvException RowOutOfRange(string? path, int index, int count) =>
        new(CsvErrorCodes.RowOutOfRange,
            $"Row index {index} is out of range: the document has {count} data row(s), indexed from 0.", path);

    public static CsvException UnknownEncoding(string name) =>
        new(CsvErrorCodes.UnknownEncoding,
            $"Unknown encoding '{name}'. Use a name such as UTF-8, UTF-16LE, ISO-8859-1 or windows-1252.");

    public static CsvException ByteOrderMarkMismatch(string path, string found, string declared) =>
        new(CsvErrorCodes.ByteOrderMarkMismatch,
            $"The file starts with a {found} byte order mark, but the declared encoding is {declared}.", path, 1, 1);

    public static CsvException InvalidOption(string text) => new(CsvErrorCodes.InvalidOption, text);

    public static CsvException InvalidValue(string? path, int line, string column, string text, string type) =>
        new(CsvErrorCodes.InvalidValue, $"The value '{text}' of column {column} is not a valid {type}.", path, line);

    public static CsvException UnencodableValue(string? path, int line, string column, string encodingName) =>
        new(CsvErrorCodes.UnencodableValue,
            $"The value for column {column} has characters that {encodingName} cannot represent.", path, line);

    public static CsvException FileExists(string path) =>
        new(CsvErrorCodes.FileExists, "The file already exists; open it instead of creating it.", path);

    public static CsvException ChangedOnDisk(string path) =>
        new(CsvErrorCodes.ChangedOnDisk,
            "The file was changed or removed on disk since it was loaded; saving would lose those changes. " +
            "Reload it, or save with overwriting allowed.", path);

    public static CsvException SaveFailed(string path, Exception cause) =>
        new(CsvErrorCodes.SaveFailed, $"The file could not be saved and was left unchanged: {cause.Message}", path,
            innerException: cause);

    public static CsvException InvalidReference(string reference, string why) =>
        new(CsvErrorCodes.InvalidReference, $"Invalid CSV reference '{reference}': {why}");

    public static CsvException ForeignReference(string reference, string documentUri) =>
        new(CsvErrorCodes.ForeignReference, $"The reference '{reference}' is not into the document '{documentUri}'.");

    public static CsvException HeaderRequired(string? path, string what) =>
        new(CsvErrorCodes.HeaderRequired, $"The document has no header row, so {what}.", path);

    public static CsvException RemovedRow(string? path) =>
        new(CsvErrorCodes.RemovedRow, "This row was removed from its document.", path);

    public static CsvException FileTooLarge(string path, long length) =>
        new(CsvErrorCodes.FileTooLarge,
            $"The file is too large ({length} bytes) to be loaded as a document; query it with CsvFile instead.", path);
}
