using nietras.SeparatedValues;

namespace Flexo.Adapters.Csv.Documents;

/// <summary>Checks the user-given options once, before any file is touched.</summary>
internal static class OptionChecks
{
    public static CsvOptions Check(CsvOptions? options)
    {
        options ??= CsvOptions.Default;
        if (options.Delimiter is { } delimiter)
        {
            CheckDelimiter(delimiter);
        }

        if (options.NewLine is not (null or "\n" or "\r\n" or "\r"))
        {
            throw CsvErrors.InvalidOption("The line ending must be \"\\n\", \"\\r\\n\" or \"\\r\".");
        }

        return options;
    }

    private static void CheckDelimiter(char delimiter)
    {
        var usable = delimiter is not ('"' or '\r' or '\n');
        if (usable)
        {
            try
            {
                _ = new Sep(delimiter);
            }
            catch (ArgumentException)
            {
                usable = false;
            }
        }

        if (!usable)
        {
            throw CsvErrors.InvalidOption(
                $"The character U+{(int)delimiter:X4} cannot be a delimiter; use a comma, a semicolon, a tab or a punctuation mark.");
        }
    }
}
