namespace Flexo.Adapters.Csv.Tests;

internal static class Assertions
{
    /// <summary>Runs <paramref name="action"/> and checks it throws a CSV error with <paramref name="code"/>.</summary>
    public static CsvException Fails(string code, Action action)
    {
        var error = Assert.Throws<CsvException>(action);
        Assert.Equal(code, error.Code);
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
        return error;
    }

    public static CsvException Fails(string code, Func<object?> action) => Fails(code, () => { _ = action(); });
}
