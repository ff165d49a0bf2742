using Flexo.Fml.Syntax;

namespace Flexo.Fml.Parsing;

/// <summary>Collects the items and separator tokens of a separated list while parsing (pooled lists).</summary>
internal readonly struct SeparatedListBuilder<T>
    where T : SyntaxNode
{
    private readonly List<T> _items;
    private readonly List<int> _separators;

    public SeparatedListBuilder()
    {
        _items = ListPool<T>.Rent();
        _separators = ListPool<int>.Rent();
    }

    public int Count => _items.Count;

    public void Add(T item) => _items.Add(item);

    public void Add(int separator) => _separators.Add(separator);

    /// <summary>Builds the list and gives the temporary lists back to the pool: call once.</summary>
    public SeparatedSyntaxList<T> ToList(TokenTable table)
    {
        var list = _items.Count == 0 ? default : new SeparatedSyntaxList<T>(table, [.. _items], [.. _separators]);
        ListPool<T>.Return(_items);
        ListPool<int>.Return(_separators);
        return list;
    }
}
