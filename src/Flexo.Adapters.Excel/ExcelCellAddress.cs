using System.Globalization;

namespace Flexo.Adapters.Excel;

/// <summary>
/// A cell position: 1-based row and column, printed and parsed in A1 notation (<c>B3</c> is row 3, column 2).
/// Rows go up to 1,048,576 and columns up to 16,384 (<c>XFD</c>), the limits of an .xlsx sheet.
/// </summary>
public readonly record struct ExcelCellAddress
{
    /// <summary>The largest row number of a sheet.</summary>
    public const int MaxRow = 1_048_576;

    /// <summary>The largest column number of a sheet (<c>XFD</c>).</summary>
    public const int MaxColumn = 16_384;

    /// <summary>Creates an address; throws <see cref="ArgumentOutOfRangeException"/> outside the sheet's limits.</summary>
    /// <param name="row">The 1-based row.</param>
    /// <param name="column">The 1-based column.</param>
    public ExcelCellAddress(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(row, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(row, MaxRow);
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(column, MaxColumn);
        Row = row;
        Column = column;
    }

    /// <summary>The 1-based row.</summary>
    public int Row { get; }

    /// <summary>The 1-based column.</summary>
    public int Column { get; }

    /// <summary>The column letters, such as <c>B</c>.</summary>
    public string ColumnName => ToColumnName(Column);

    /// <summary>The A1 reference, such as <c>B3</c>.</summary>
    public override string ToString() => ToColumnName(Column) + Row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses an A1 reference (letters in either case, then digits, no <c>$</c>).</summary>
    /// <param name="text">The reference.</param>
    /// <param name="address">The address when the text is valid.</param>
    public static bool TryParse(string? text, out ExcelCellAddress address)
    {
        address = default;
        if (text is null)
        {
            return false;
        }

        var span = text.AsSpan();
        var letters = 0;
        while (letters < span.Length && char.IsAsciiLetter(span[letters]))
        {
            letters++;
        }

        if (letters == 0 || !TryParseColumnName(span[..letters], out var column))
        {
            return false;
        }

        if (!TryParseRowNumber(span[letters..], out var row))
        {
            return false;
        }

        address = new ExcelCellAddress(row, column);
        return true;
    }

    /// <summary>Column letters to a 1-based column number (<c>A</c> is 1, <c>XFD</c> is 16,384).</summary>
    /// <param name="name">One to three letters, either case.</param>
    /// <param name="column">The column number when valid.</param>
    public static bool TryParseColumnName(ReadOnlySpan<char> name, out int column)
    {
        column = 0;
        if (name.IsEmpty || name.Length > 3)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetter(c))
            {
                column = 0;
                return false;
            }

            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        if (column > MaxColumn)
        {
            column = 0;
            return false;
        }

        return true;
    }

    /// <summary>A 1-based column number to its letters (1 is <c>A</c>, 28 is <c>AB</c>).</summary>
    /// <param name="column">The column, 1 to <see cref="MaxColumn"/>.</param>
    public static string ToColumnName(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(column, MaxColumn);
        Span<char> buffer = stackalloc char[3];
        var position = 3;
        while (column > 0)
        {
            var remainder = (column - 1) % 26;
            buffer[--position] = (char)('A' + remainder);
            column = (column - 1) / 26;
        }

        return new string(buffer[position..]);
    }

    internal static bool TryParseRowNumber(ReadOnlySpan<char> digits, out int row)
    {
        row = 0;
        if (digits.IsEmpty || digits.Length > 7 || digits[0] == '0')
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                row = 0;
                return false;
            }

            row = (row * 10) + (c - '0');
        }

        if (row > MaxRow)
        {
            row = 0;
            return false;
        }

        return true;
    }

    internal static bool TryParseFast(ReadOnlySpan<char> text, out int row, out int column)
    {
        // Used by the readers: the same rules without building an address.
        row = 0;
        column = 0;
        var letters = 0;
        while (letters < text.Length && char.IsAsciiLetter(text[letters]))
        {
            letters++;
        }

        return letters > 0 && TryParseColumnName(text[..letters], out column) && TryParseRowNumber(text[letters..], out row);
    }
}
