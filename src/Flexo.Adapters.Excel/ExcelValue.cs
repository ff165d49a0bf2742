using System.Globalization;

namespace Flexo.Adapters.Excel;

/// <summary>
/// An immutable, typed cell value. A formula cell's value is its cached result. Dates keep both their
/// <see cref="DateTime"/> and the serial number Excel stores (<see cref="Number"/>).
/// </summary>
public readonly struct ExcelValue : IEquatable<ExcelValue>
{
    private readonly double _number;
    private readonly string? _text;
    private readonly DateTime _date;

    private ExcelValue(ExcelValueKind kind, double number, string? text, DateTime date)
    {
        Kind = kind;
        _number = number;
        _text = text;
        _date = date;
    }

    /// <summary>The empty value.</summary>
    public static ExcelValue Empty => default;

    /// <summary>The type of this value.</summary>
    public ExcelValueKind Kind { get; }

    /// <summary>True for <see cref="ExcelValueKind.Empty"/>.</summary>
    public bool IsEmpty => Kind == ExcelValueKind.Empty;

    /// <summary>The number of a Number value, the serial number of a Date value, 1 or 0 for a Boolean, else 0.</summary>
    public double Number => _number;

    /// <summary>The text of a Text value, the code of an Error value (<c>#N/A</c>), else null.</summary>
    public string? Text => _text;

    /// <summary>The value of a Boolean value; false otherwise.</summary>
    public bool Boolean => Kind == ExcelValueKind.Boolean && _number != 0;

    /// <summary>The date of a Date value; <see cref="DateTime.MinValue"/> otherwise.</summary>
    public DateTime Date => _date;

    /// <summary>A number value.</summary>
    /// <param name="value">The number; NaN and infinities are refused when the value is written to a cell.</param>
    public static ExcelValue FromNumber(double value) => new(ExcelValueKind.Number, value, null, default);

    /// <summary>A text value.</summary>
    /// <param name="value">The text.</param>
    public static ExcelValue FromText(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(ExcelValueKind.Text, 0, value, default);
    }

    /// <summary>A boolean value.</summary>
    /// <param name="value">The boolean.</param>
    public static ExcelValue FromBoolean(bool value) => new(ExcelValueKind.Boolean, value ? 1 : 0, null, default);

    /// <summary>A date value; its serial number is computed in the 1900 date system (<see cref="Number"/>), NaN before 1900.</summary>
    /// <param name="value">The date and time; its kind is ignored.</param>
    public static ExcelValue FromDate(DateTime value)
        => FromDate(value, DateSerial.CanWrite(value, date1904: false) ? DateSerial.ToSerial(value, date1904: false) : double.NaN);

    /// <summary>An error value.</summary>
    /// <param name="code">The error code as Excel writes it, such as <c>#N/A</c>.</param>
    public static ExcelValue FromError(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return new(ExcelValueKind.Error, 0, code, default);
    }

    internal static ExcelValue FromDate(DateTime value, double serial) => new(ExcelValueKind.Date, serial, null, value);

    /// <summary>The value as Excel would show it without number formatting: the number in invariant culture,
    /// the text, TRUE/FALSE, the date in ISO 8601, the error code, or an empty string.</summary>
    public override string ToString() => Kind switch
    {
        ExcelValueKind.Number => _number.ToString("R", CultureInfo.InvariantCulture),
        ExcelValueKind.Text or ExcelValueKind.Error => _text ?? string.Empty,
        ExcelValueKind.Boolean => _number != 0 ? "TRUE" : "FALSE",
        ExcelValueKind.Date => _date.TimeOfDay == TimeSpan.Zero
            ? _date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : _date.ToString("yyyy-MM-ddTHH:mm:ss.FFF", CultureInfo.InvariantCulture),
        _ => string.Empty,
    };

    /// <inheritdoc/>
    public bool Equals(ExcelValue other)
        => Kind == other.Kind && _number.Equals(other._number) && string.Equals(_text, other._text, StringComparison.Ordinal) && _date == other._date;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ExcelValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, _number, _text, _date);

    /// <summary>Value equality.</summary>
    public static bool operator ==(ExcelValue left, ExcelValue right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ExcelValue left, ExcelValue right) => !left.Equals(right);
}
