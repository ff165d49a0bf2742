using System.Globalization;
using System.Text;

namespace Flexo.Adapters.Excel;

/// <summary>
/// Moves the relative A1 references of a formula by a number of rows and columns, as Excel does when a formula is
/// copied: <c>$</c>-anchored parts stay, text in double quotes, quoted sheet names and bracketed parts are copied as
/// they are, and a reference moved off the sheet becomes <c>#REF!</c>.
/// </summary>
internal static class FormulaShifter
{
    public static string Shift(string formula, int rows, int columns)
    {
        if (rows == 0 && columns == 0)
        {
            return formula;
        }

        var result = new StringBuilder(formula.Length + 8);
        var i = 0;
        while (i < formula.Length)
        {
            var c = formula[i];
            if (c is '"' or '\'')
            {
                var end = EndOfQuoted(formula, i, c);
                result.Append(formula, i, end - i);
                i = end;
            }
            else if (c == '[')
            {
                var close = formula.IndexOf(']', i);
                var end = close < 0 ? formula.Length : close + 1;
                result.Append(formula, i, end - i);
                i = end;
            }
            else if (char.IsAsciiLetter(c) || c == '$' || c == '_')
            {
                var end = i;
                while (end < formula.Length && (char.IsAsciiLetterOrDigit(formula[end]) || formula[end] is '$' or '_' or '.'))
                {
                    end++;
                }

                var word = formula.AsSpan(i, end - i);
                var isCall = end < formula.Length && formula[end] is '(' or '!';
                if (!isCall && TryShiftReference(word, rows, columns, out var shifted))
                {
                    result.Append(shifted);
                }
                else
                {
                    result.Append(word);
                }

                i = end;
            }
            else if (char.IsAsciiDigit(c))
            {
                // Numbers (and the digits of a name) are copied whole so their digits are never read as a row.
                var end = i;
                while (end < formula.Length && (char.IsAsciiLetterOrDigit(formula[end]) || formula[end] is '.' or '_'))
                {
                    end++;
                }

                result.Append(formula, i, end - i);
                i = end;
            }
            else
            {
                result.Append(c);
                i++;
            }
        }

        return result.ToString();
    }

    private static int EndOfQuoted(string formula, int start, char quote)
    {
        var i = start + 1;
        while (i < formula.Length)
        {
            if (formula[i] == quote)
            {
                if (i + 1 < formula.Length && formula[i + 1] == quote)
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            i++;
        }

        return formula.Length;
    }

    private static bool TryShiftReference(ReadOnlySpan<char> word, int rows, int columns, out string shifted)
    {
        shifted = string.Empty;
        var i = 0;
        var columnAbsolute = i < word.Length && word[i] == '$';
        if (columnAbsolute)
        {
            i++;
        }

        var letters = i;
        while (i < word.Length && char.IsAsciiLetter(word[i]))
        {
            i++;
        }

        if (i == letters || !ExcelCellAddress.TryParseColumnName(word[letters..i], out var column))
        {
            return false;
        }

        var rowAbsolute = i < word.Length && word[i] == '$';
        if (rowAbsolute)
        {
            i++;
        }

        if (!ExcelCellAddress.TryParseRowNumber(word[i..], out var row))
        {
            return false;
        }

        var newRow = rowAbsolute ? row : row + rows;
        var newColumn = columnAbsolute ? column : column + columns;
        if (newRow is < 1 or > ExcelCellAddress.MaxRow || newColumn is < 1 or > ExcelCellAddress.MaxColumn)
        {
            shifted = "#REF!";
            return true;
        }

        shifted = (columnAbsolute ? "$" : string.Empty) + ExcelCellAddress.ToColumnName(newColumn)
            + (rowAbsolute ? "$" : string.Empty) + newRow.ToString(CultureInfo.InvariantCulture);
        return true;
    }
}
