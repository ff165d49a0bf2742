namespace Flexo.Adapters.Csv;

/// <summary>
/// A problem with a CSV file or with a use of the CSV document API that a user can fix: a missing file, bad bytes,
/// unbalanced quotes, an unknown column, a value of the wrong type... <see cref="Code"/> is stable (see
/// <see cref="CsvErrorCodes"/>); <see cref="FilePath"/>, <see cref="Line"/> and <see cref="Column"/> say where, when
/// known. The <see cref="Exception.Message"/> reads <c>path(line,column): error FML7004: text</c>.
/// </summary>
public sealed class CsvException : Exception
{
    /// <summary>Creates an exception with a code, a description and an optional location.</summary>
    /// <param name="code">One of <see cref="CsvErrorCodes"/>.</param>
    /// <param name="description">What went wrong, without the location.</param>
    /// <param name="filePath">The file concerned, if any.</param>
    /// <param name="line">The 1-based line, or 0 when unknown.</param>
    /// <param name="column">The 1-based character column on that line, or 0 when unknown.</param>
    /// <param name="innerException">The cause, if any.</param>
    public CsvException(string code, string description, string? filePath = null, int line = 0, int column = 0,
        Exception? innerException = null)
        : base(Format(code, description, filePath, line, column), innerException)
    {
        Code = code;
        Description = description;
        FilePath = filePath;
        Line = line;
        Column = column;
    }

    /// <summary>Creates an exception with no code (for serializers and tools; prefer the full constructor).</summary>
    public CsvException()
        : this(string.Empty, "CSV error")
    {
    }

    /// <summary>Creates an exception with a message and no code.</summary>
    /// <param name="message">What went wrong.</param>
    public CsvException(string message)
        : this(string.Empty, message)
    {
    }

    /// <summary>Creates an exception with a message, a cause and no code.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CsvException(string message, Exception innerException)
        : this(string.Empty, message, innerException: innerException)
    {
    }

    /// <summary>The stable code, such as <c>FML7004</c>.</summary>
    public string Code { get; }

    /// <summary>What went wrong, without the location and the code.</summary>
    public string Description { get; }

    /// <summary>The file concerned, or <see langword="null"/>.</summary>
    public string? FilePath { get; }

    /// <summary>The 1-based line, or 0 when there is none.</summary>
    public int Line { get; }

    /// <summary>The 1-based column (in characters) on <see cref="Line"/>, or 0 when there is none.</summary>
    public int Column { get; }

    private static string Format(string code, string description, string? filePath, int line, int column)
    {
        var location = filePath ?? string.Empty;
        if (line > 0)
        {
            location += column > 0 ? $"({line},{column})" : $"({line})";
        }

        var prefix = code.Length > 0 ? $"error {code}: " : string.Empty;
        return location.Length > 0 ? $"{location}: {prefix}{description}" : $"{prefix}{description}";
    }
}
