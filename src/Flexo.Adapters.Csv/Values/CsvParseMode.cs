namespace Flexo.Adapters.Csv;

/// <summary>How typed cell accessors read text.</summary>
public enum CsvParseMode
{
    /// <summary>
    /// The exact invariant forms: integers <c>-12</c>; numbers <c>3.5</c>, <c>1e-3</c>, <c>NaN</c>; booleans
    /// <c>true</c>/<c>false</c> (any case); dates <c>2024-02-29</c>; date-times in ISO 8601. No surrounding spaces.
    /// </summary>
    Invariant,

    /// <summary>
    /// Forgiving forms seen in exported spreadsheets (docs/adapters-csv.md gives the exact rules): surrounding white
    /// space is ignored; spaces, apostrophes and underscores group digits; in numbers, when both <c>.</c> and
    /// <c>,</c> occur the last one is the decimal separator, and a sign that occurs once is a decimal separator while
    /// one that repeats groups digits; an integer may be written as an integral number (<c>1.0</c>); booleans also
    /// accept yes/no, y/n, on/off, t/f, 1/0; dates also accept <c>yyyy/MM/dd</c>, <c>yyyy.MM.dd</c> and
    /// <c>yyyyMMdd</c>.
    /// </summary>
    Lenient,
}
