using Flexo.Adapters.Csv.Documents;
using Flexo.Adapters.Csv.Text;

namespace Flexo.Adapters.Csv;

public sealed partial class CsvDocument
{
    /// <summary>Called with the temporary file just before it replaces the original; lets tests make a save fail.</summary>
    internal Action<string>? BeforeReplace { get; set; }

    /// <summary>
    /// Creates a new CSV file holding only <paramref name="header"/> (the reference's <c>CreateCSVResource</c>) and
    /// returns it as a document. The file is written atomically; UTF-16 and UTF-32 files get a byte order mark.
    /// </summary>
    /// <param name="path">The file to create; it must not exist.</param>
    /// <param name="header">The column names; empty for an empty file (and always empty without header).</param>
    /// <param name="options">Delimiter (comma by default), encoding (UTF-8), line ending (CRLF), header.</param>
    /// <exception cref="CsvException">FML7012, FML7014, FML7015 (exists), FML7017 (write failed), FML7020.</exception>
    public static CsvDocument Create(string path, IEnumerable<string> header, CsvOptions? options = null)
    {
        options = OptionChecks.Check(options);
        var full = System.IO.Path.GetFullPath(path);
        var names = header.ToList();
        if (!options.HasHeader && names.Count > 0)
        {
            throw CsvErrors.HeaderRequired(full, "header names cannot be written");
        }

        if (File.Exists(full) || Directory.Exists(full))
        {
            throw CsvErrors.FileExists(full);
        }

        var encoding = CsvEncodings.Strict(options.Encoding ?? CsvEncodings.Utf8);
        var delimiter = options.Delimiter ?? ',';
        var text = names.Count == 0
            ? string.Empty
            : string.Join(delimiter, names.Select(n => FieldCodec.Escape(n, delimiter))) + (options.NewLine ?? "\r\n");
        byte[] bytes;
        try
        {
            bytes = encoding.GetBytes(text);
        }
        catch (System.Text.EncoderFallbackException)
        {
            throw CsvErrors.UnencodableValue(full, 1, "header", encoding.WebName.ToUpperInvariant());
        }

        var mark = CsvEncodings.CreationPreamble(encoding);
        AtomicWriter.Write(full, stream =>
        {
            stream.Write(mark);
            stream.Write(bytes);
        }, overwrite: false);
        return new CsvDocument(full, text, mark, encoding, options with { Delimiter = delimiter }) { _stamp = FileStamp.Of(full) };
    }

    /// <summary>
    /// Writes the document back to its file if it changed, atomically: unchanged rows keep their exact bytes, the
    /// byte order mark and the final line ending (or its absence) are kept. Nothing is written, and the file is not
    /// touched, when nothing changed.
    /// </summary>
    /// <param name="overwriteExternalChanges">
    /// Whether to replace the file even if it was changed or removed on disk since it was loaded (else FML7016).
    /// </param>
    /// <returns>Whether the file was written.</returns>
    /// <exception cref="CsvException">FML7016 (changed on disk) or FML7017 (write failed; the file is intact).</exception>
    public bool Save(bool overwriteExternalChanges = false)
    {
        if (!IsModified)
        {
            return false;
        }

        if (!overwriteExternalChanges && FileStamp.Of(Path) != _stamp)
        {
            throw CsvErrors.ChangedOnDisk(Path);
        }

        AtomicWriter.Write(Path, WriteTo, overwrite: true, BeforeReplace);
        _stamp = FileStamp.Of(Path);
        IsModified = false;
        return true;
    }

    /// <summary>The whole text the document would write (without the byte order mark).</summary>
    public override string ToString()
    {
        using var writer = new StringWriter();
        WriteRecords(writer);
        return writer.ToString();
    }

    private void WriteTo(Stream stream)
    {
        stream.Write(_byteOrderMark);
        using var writer = new StreamWriter(stream, _encoding, 1 << 16, leaveOpen: true);
        WriteRecords(writer);
    }

    private void WriteRecords(TextWriter writer)
    {
        if (_header is not null)
        {
            _header.WriteContent(writer);
            writer.Write(_header.Terminator);
        }

        foreach (var row in _rows)
        {
            row.WriteContent(writer);
            writer.Write(row.Terminator);
        }
    }
}
