using Flexo.Adapters.Csv.Values;

namespace Flexo.Adapters.Csv;

/// <summary>
/// The text of one cell with its typed readings. The <c>Get</c> methods throw <see cref="CsvException"/> FML7013
/// (with the file, line and column) when the text is not of the asked type; the <c>TryGet</c> methods return false.
/// </summary>
public readonly struct CsvValue : IEquatable<CsvValue>
{
    private readonly string? _text;
    private readonly string? _path;
    private readonly int _line;
    private readonly string? _column;

    internal CsvValue(string text, string? path, int line, string column)
    {
        _text = text;
        _path = path;
        _line = line;
        _column = column;
    }

    /// <summary>The cell's text, unescaped; empty for a missing cell.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>Reads a 32-bit integer.</summary>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public int GetInt32(CsvParseMode mode = CsvParseMode.Invariant) =>
        ValueParser.TryInt32(Text, mode, out var value) ? value : throw Invalid("integer");

    /// <summary>Reads a 64-bit integer.</summary>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public long GetInt64(CsvParseMode mode = CsvParseMode.Invariant) =>
        ValueParser.TryInt64(Text, mode, out var value) ? value : throw Invalid("integer");

    /// <summary>Reads a floating-point number.</summary>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public double GetDouble(CsvParseMode mode = CsvParseMode.Invariant) =>
        ValueParser.TryDouble(Text, mode, out var value) ? value : throw Invalid("number");

    /// <summary>Reads a boolean.</summary>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public bool GetBoolean(CsvParseMode mode = CsvParseMode.Invariant) =>
        ValueParser.TryBoolean(Text, mode, out var value) ? value : throw Invalid("boolean");

    /// <summary>Reads an ISO 8601 date (<c>yyyy-MM-dd</c>).</summary>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public DateOnly GetDate(CsvParseMode mode = CsvParseMode.Invariant) =>
        ValueParser.TryDate(Text, mode, out var value) ? value : throw Invalid("date (yyyy-MM-dd)");

    /// <summary>Reads an ISO 8601 date and time; without an offset the time is taken as UTC.</summary>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public DateTimeOffset GetDateTime(CsvParseMode mode = CsvParseMode.Invariant) =>
        ValueParser.TryDateTime(Text, mode, out var value) ? value : throw Invalid("date and time (ISO 8601)");

    /// <summary>Tries to read a 32-bit integer.</summary>
    /// <param name="value">The integer, or 0.</param>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public bool TryGetInt32(out int value, CsvParseMode mode = CsvParseMode.Invariant) => ValueParser.TryInt32(Text, mode, out value);

    /// <summary>Tries to read a 64-bit integer.</summary>
    /// <param name="value">The integer, or 0.</param>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public bool TryGetInt64(out long value, CsvParseMode mode = CsvParseMode.Invariant) => ValueParser.TryInt64(Text, mode, out value);

    /// <summary>Tries to read a floating-point number.</summary>
    /// <param name="value">The number, or 0.</param>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public bool TryGetDouble(out double value, CsvParseMode mode = CsvParseMode.Invariant) => ValueParser.TryDouble(Text, mode, out value);

    /// <summary>Tries to read a boolean.</summary>
    /// <param name="value">The boolean, or false.</param>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public bool TryGetBoolean(out bool value, CsvParseMode mode = CsvParseMode.Invariant) => ValueParser.TryBoolean(Text, mode, out value);

    /// <summary>Tries to read an ISO 8601 date.</summary>
    /// <param name="value">The date, or the default.</param>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public bool TryGetDate(out DateOnly value, CsvParseMode mode = CsvParseMode.Invariant) => ValueParser.TryDate(Text, mode, out value);

    /// <summary>Tries to read an ISO 8601 date and time.</summary>
    /// <param name="value">The date and time, or the default.</param>
    /// <param name="mode">Invariant (the default) or lenient rules.</param>
    public bool TryGetDateTime(out DateTimeOffset value, CsvParseMode mode = CsvParseMode.Invariant) =>
        ValueParser.TryDateTime(Text, mode, out value);

    /// <summary>Returns <see cref="Text"/>.</summary>
    public override string ToString() => Text;

    /// <summary>Values are equal when their texts are.</summary>
    /// <param name="other">The other value.</param>
    public bool Equals(CsvValue other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CsvValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>Whether two values have the same text.</summary>
    public static bool operator ==(CsvValue left, CsvValue right) => left.Equals(right);

    /// <summary>Whether two values have different texts.</summary>
    public static bool operator !=(CsvValue left, CsvValue right) => !left.Equals(right);

    private CsvException Invalid(string type) => CsvErrors.InvalidValue(_path, _line, _column ?? "?", Text, type);
}
