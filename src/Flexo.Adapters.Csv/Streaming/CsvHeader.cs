using Flexo.Adapters.Csv.Text;

namespace Flexo.Adapters.Csv;

/// <summary>The column names of a streamed file, with name lookup (case-sensitive first, then case-insensitive).</summary>
public sealed class CsvHeader
{
    private readonly ColumnLookup _lookup;
    private readonly string? _path;

    internal CsvHeader(string[] names, string? path)
    {
        _lookup = new ColumnLookup(names);
        Names = names;
        _path = path;
    }

    /// <summary>The names, in file order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The number of columns.</summary>
    public int Count => Names.Count;

    /// <summary>The index of the column called <paramref name="name"/>.</summary>
    /// <param name="name">The column name.</param>
    /// <exception cref="CsvException">FML7006 for an unknown name, FML7007 for an ambiguous one.</exception>
    public int IndexOf(string name) => _lookup.Get(name, _path);

    /// <summary>Tries to find the index of the column called <paramref name="name"/>.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="index">The index, or -1.</param>
    /// <exception cref="CsvException">FML7007 when several columns match.</exception>
    public bool TryGetIndex(string name, out int index)
    {
        index = _lookup.Find(name, _path);
        return index >= 0;
    }
}
