namespace Flexo.Adapters.Excel;

/// <summary>The built-in number formats of SpreadsheetML and the rule that tells a date format from another.</summary>
internal static class NumberFormats
{
    /// <summary>The first identifier free for custom formats.</summary>
    public const uint FirstCustomId = 164;

    /// <summary>The built-in short date (shown as the locale's short date).</summary>
    public const uint ShortDateId = 14;

    /// <summary>The built-in date and time.</summary>
    public const uint DateTimeId = 22;

    private static readonly Dictionary<uint, string> BuiltIn = new()
    {
        [0] = "General", [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00",
        [9] = "0%", [10] = "0.00%", [11] = "0.00E+00", [12] = "# ?/?", [13] = "# ??/??",
        [14] = "mm-dd-yy", [15] = "d-mmm-yy", [16] = "d-mmm", [17] = "mmm-yy",
        [18] = "h:mm AM/PM", [19] = "h:mm:ss AM/PM", [20] = "h:mm", [21] = "h:mm:ss", [22] = "m/d/yy h:mm",
        [37] = "#,##0 ;(#,##0)", [38] = "#,##0 ;[Red](#,##0)", [39] = "#,##0.00;(#,##0.00)", [40] = "#,##0.00;[Red](#,##0.00)",
        [45] = "mm:ss", [46] = "[h]:mm:ss", [47] = "mmss.0", [48] = "##0.0E+0", [49] = "@",
    };

    /// <summary>The code of a built-in format; null for an identifier without a fixed code.</summary>
    public static string? BuiltInCode(uint id) => BuiltIn.GetValueOrDefault(id);

    /// <summary>The built-in identifier with exactly this code, if any.</summary>
    public static uint? BuiltInId(string code)
    {
        foreach (var (id, builtIn) in BuiltIn)
        {
            if (string.Equals(builtIn, code, StringComparison.Ordinal))
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>True when the built-in identifier is a date or time format (including the East Asian ones).</summary>
    public static bool IsBuiltInDate(uint id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>
    /// True when a format code shows a date or time: outside quoted text, escaped characters and bracketed parts
    /// (colours, conditions, locales, and elapsed-time markers, which make a duration rather than a date), it has
    /// a day, month, year, hour or second placeholder.
    /// </summary>
    public static bool IsDateCode(string code)
    {
        var inQuote = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (inQuote)
            {
                inQuote = c != '"';
                continue;
            }

            switch (c)
            {
                case '"':
                    inQuote = true;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    var close = code.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        return false;
                    }

                    var inner = code.AsSpan(i + 1, close - i - 1);
                    if (inner.Length > 0 && inner.Trim("hHmMsS").IsEmpty)
                    {
                        return false;
                    }

                    i = close;
                    break;
                case ';':
                    // Only the first code decides, as for positive numbers.
                    return false;
                case 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' or 'h' or 'H' or 's' or 'S':
                    return true;
            }
        }

        return false;
    }
}
