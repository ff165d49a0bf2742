using Flexo.Adapters.Csv.Streaming;

namespace Flexo.Adapters.Csv;

/// <summary>
/// Forward-only queries over a CSV file that never load it: rows are read one at a time (with the Sep parser), the
/// predicate sees each through a <see cref="CsvRowView"/> without copying, and only matching rows are copied out.
/// Memory depends on the longest row, not on the file. Row indexes, line numbers and references are the same as
/// those of a <see cref="CsvDocument"/> loaded from the same file with the same options.
/// </summary>
public static class CsvFile
{
    /// <summary>
    /// The rows that match <paramref name="predicate"/>, read lazily: the file is opened when enumeration starts and
    /// closed when it ends or is disposed. Errors (FML7001-FML7005, FML7011, FML7012) are thrown while enumerating.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="predicate">The condition; it must not keep the view.</param>
    /// <param name="options">Delimiter, encoding, header and strictness.</param>
    public static IEnumerable<CsvRecord> SelectRows(string path, CsvRowPredicate predicate, CsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(predicate);
        return Select(path, predicate, options);
    }

    /// <summary>The first row that matches <paramref name="predicate"/>, or <see langword="null"/>; reading stops there.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="predicate">The condition; it must not keep the view.</param>
    /// <param name="options">Delimiter, encoding, header and strictness.</param>
    public static CsvRecord? FirstRow(string path, CsvRowPredicate predicate, CsvOptions? options = null) =>
        SelectRows(path, predicate, options).FirstOrDefault();

    /// <summary>The number of rows that match <paramref name="predicate"/> (all rows when it is null), copying none.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="predicate">The condition, or null.</param>
    /// <param name="options">Delimiter, encoding, header and strictness.</param>
    public static long CountRows(string path, CsvRowPredicate? predicate = null, CsvOptions? options = null)
    {
        using var stream = RowStream.Open(path, options);
        long count = 0;
        while (stream.Next(predicate, copy: false, out var matched, out _))
        {
            count += matched ? 1 : 0;
        }

        return count;
    }

    /// <summary>The header of the file, reading only its first row; <see langword="null"/> without header or for an empty file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Delimiter, encoding and header.</param>
    public static CsvHeader? ReadHeader(string path, CsvOptions? options = null)
    {
        using var stream = RowStream.Open(path, options);
        return stream.Header;
    }

    private static IEnumerable<CsvRecord> Select(string path, CsvRowPredicate predicate, CsvOptions? options)
    {
        using var stream = RowStream.Open(path, options);
        while (stream.Next(predicate, copy: true, out _, out var record))
        {
            if (record is not null)
            {
                yield return record;
            }
        }
    }
}
