using System.IO.Compression;

namespace Flexo.Adapters.Excel;

/// <summary>
/// Recognises what a file is before the package is opened, so that each kind of wrong file gets its own error:
/// an encrypted workbook, a legacy .xls, or anything that is not a zip archive.
/// </summary>
internal static class FileSniffer
{
    private static ReadOnlySpan<byte> ZipLocalHeader => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> ZipEmptyArchive => [0x50, 0x4B, 0x05, 0x06];

    /// <summary>Throws the right <see cref="ExcelException"/> when the bytes are not a zip archive.</summary>
    public static void EnsureZip(byte[] bytes, string path)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(ZipLocalHeader) || span.StartsWith(ZipEmptyArchive))
        {
            return;
        }

        if (CompoundFile.HasSignature(span))
        {
            var names = CompoundFile.EntryNames(bytes);
            if (names.Contains("EncryptedPackage") || names.Contains("EncryptionInfo"))
            {
                throw ExcelErrors.Create(ExcelErrors.Encrypted, "The workbook is password-protected; remove the password in Excel, then open it again.", path);
            }

            if (names.Contains("Workbook") || names.Contains("Book"))
            {
                throw ExcelErrors.Create(ExcelErrors.LegacyFormat, "This is a legacy binary Excel file (.xls); save it as an .xlsx workbook first.", path);
            }

            throw ExcelErrors.Create(ExcelErrors.CorruptPackage, "This is a compound binary file, not an .xlsx workbook.", path);
        }

        var detail = bytes.Length == 0 ? "The file is empty; an .xlsx workbook is a zip archive." : "The file is not an .xlsx workbook (not a zip archive).";
        throw ExcelErrors.Create(ExcelErrors.CorruptPackage, detail, path);
    }

    /// <summary>The package's main part, checked to be a workbook: FML7052 for a binary .xlsb, FML7053 for another kind of document.</summary>
    public static DocumentFormat.OpenXml.Packaging.WorkbookPart CheckMainPart(DocumentFormat.OpenXml.Packaging.WorkbookPart? part, string path)
    {
        var contentType = part?.ContentType ?? string.Empty;
        if (contentType.Contains("sheet.binary", StringComparison.OrdinalIgnoreCase))
        {
            throw ExcelErrors.Create(ExcelErrors.LegacyFormat, "This is a binary Excel workbook (.xlsb); save it as an .xlsx workbook first.", path);
        }

        if (part is null || (!contentType.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase) && !contentType.Contains("ms-excel", StringComparison.OrdinalIgnoreCase)))
        {
            throw ExcelErrors.Create(ExcelErrors.NotASpreadsheet, "The package is an Office Open XML document but not a spreadsheet.", path);
        }

        return part;
    }

    /// <summary>Explains why a zip archive could not be opened as a spreadsheet package.</summary>
    public static ExcelException Explain(byte[] bytes, string path, Exception cause)
    {
        string? contentTypes = null;
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var entry = archive.GetEntry("[Content_Types].xml");
            if (entry is not null && entry.Length < 4_000_000)
            {
                using var reader = new StreamReader(entry.Open());
                contentTypes = reader.ReadToEnd();
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return ExcelErrors.Create(ExcelErrors.CorruptPackage, "The zip archive is damaged: " + e.Message, path, inner: cause);
        }

        if (contentTypes is null)
        {
            return ExcelErrors.Create(ExcelErrors.CorruptPackage, "The zip archive is not an Office Open XML package (no [Content_Types].xml).", path, inner: cause);
        }

        if (contentTypes.Contains("sheet.binary.macroEnabled.main", StringComparison.OrdinalIgnoreCase))
        {
            return ExcelErrors.Create(ExcelErrors.LegacyFormat, "This is a binary Excel workbook (.xlsb); save it as an .xlsx workbook first.", path, inner: cause);
        }

        if (!contentTypes.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase) && !contentTypes.Contains("ms-excel", StringComparison.OrdinalIgnoreCase))
        {
            return ExcelErrors.Create(ExcelErrors.NotASpreadsheet, "The package is an Office Open XML document but not a spreadsheet.", path, inner: cause);
        }

        return ExcelErrors.Create(ExcelErrors.CorruptPackage, "The workbook package is damaged: " + cause.Message, path, inner: cause);
    }
}
