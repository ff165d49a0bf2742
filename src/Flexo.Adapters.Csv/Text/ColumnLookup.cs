namespace Flexo.Adapters.Csv.Text;

/// <summary>
/// Finds a column by name: an exact (case-sensitive) match first, then a case-insensitive one. A name matched by
/// several columns at the first level that matches is ambiguous.
/// </summary>
internal sealed class ColumnLookup
{
    private const int Ambiguous = -2;
    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ignoringCase = new(StringComparer.OrdinalIgnoreCase);

    public ColumnLookup(IReadOnlyList<string?> names)
    {
        Names = names;
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] is { } name)
            {
                Add(_exact, name, i);
                Add(_ignoringCase, name, i);
            }
        }
    }

    public IReadOnlyList<string?> Names { get; }

    /// <summary>The index of the column, or -1 when none matches.</summary>
    /// <exception cref="CsvException">FML7007 when several columns match.</exception>
    public int Find(string name, string? path)
    {
        if (!_exact.TryGetValue(name, out var index) && !_ignoringCase.TryGetValue(name, out index))
        {
            return -1;
        }

        return index == Ambiguous ? throw CsvErrors.AmbiguousColumn(path, name) : index;
    }

    /// <summary>The index of the column.</summary>
    /// <exception cref="CsvException">FML7006 when no column matches, FML7007 when several do.</exception>
    public int Get(string name, string? path)
    {
        var index = Find(name, path);
        return index >= 0 ? index : throw CsvErrors.UnknownColumn(path, name, Names);
    }

    /// <summary>Whether <paramref name="name"/> finds exactly column <paramref name="index"/> by an exact match.</summary>
    public bool IsExactAndUnique(string name, int index) => _exact.TryGetValue(name, out var found) && found == index;

    private static void Add(Dictionary<string, int> map, string name, int index)
    {
        if (!map.TryAdd(name, index))
        {
            map[name] = Ambiguous;
        }
    }
}
