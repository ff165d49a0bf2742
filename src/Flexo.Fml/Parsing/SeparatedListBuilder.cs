using Flexo.Fml.Syntax;

namespace Flexo.Fml.Parsing;

/// <summary>Collects the items and separator tokens of a separated list while parsing.</summary>
internal sealed class SeparatedListBuilder<T>
    where T : SyntaxNode
{
    private readonly List<T> _items = [];
    private readonly List<int> _separators = [];

    public void Add(T item) => _items.Add(item);

    public void Add(int separator) => _separators.Add(separator);

    public SeparatedSyntaxList<T> ToList(TokenTable table) =>
        _items.Count == 0 ? default : new SeparatedSyntaxList<T>(table, [.. _items], [.. _separators]);
}
