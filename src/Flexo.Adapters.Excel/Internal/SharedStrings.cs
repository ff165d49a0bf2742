using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Flexo.Adapters.Excel;

/// <summary>
/// The shared string table as plain strings, read without building its DOM (rich-text runs are concatenated,
/// phonetic runs left out). Adding a string loads the part's DOM and appends one item; existing items never change.
/// </summary>
internal sealed class SharedStrings
{
    private readonly List<string> _items;
    private Dictionary<string, int>? _index;

    private SharedStrings(List<string> items)
    {
        _items = items;
    }

    public int Count => _items.Count;

    public string? this[int index] => (uint)index < (uint)_items.Count ? _items[index] : null;

    public static SharedStrings Read(SharedStringTablePart? part)
    {
        var items = new List<string>();
        if (part is null)
        {
            return new SharedStrings(items);
        }

        using var reader = part.IsRootElementLoaded ? OpenXmlReader.Create(part.SharedStringTable) : OpenXmlReader.Create(part);
        var text = new StringBuilder();
        var phonetic = false;
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (type == typeof(SharedStringItem))
            {
                if (reader.IsStartElement)
                {
                    text.Clear();
                }

                if (reader.IsEndElement)
                {
                    items.Add(text.ToString());
                }
            }
            else if (type == typeof(PhoneticRun))
            {
                phonetic = reader.IsStartElement;
            }
            else if (type == typeof(Text) && reader.IsStartElement && !phonetic)
            {
                text.Append(reader.GetText());
            }
        }

        return new SharedStrings(items);
    }

    /// <summary>The index of the text in the table, adding it (and the part, when missing) if needed.</summary>
    public int GetOrAdd(string text, WorkbookPart workbookPart, Action<OpenXmlPart> modified)
    {
        _index ??= BuildIndex();
        if (_index.TryGetValue(text, out var existing))
        {
            return existing;
        }

        var part = workbookPart.SharedStringTablePart ?? workbookPart.AddNewPart<SharedStringTablePart>();
        var table = part.SharedStringTable ??= new SharedStringTable();
        var item = new SharedStringItem(new Text(text));
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            item.Text!.Space = SpaceProcessingModeValues.Preserve;
        }

        table.AppendChild(item);
        var index = _items.Count;
        _items.Add(text);
        _index[text] = index;
        table.UniqueCount = (uint)_items.Count;
        table.Count = Math.Max(table.Count?.Value ?? 0, (uint)_items.Count) + 1;
        modified(part);
        return index;
    }

    private Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(_items.Count, StringComparer.Ordinal);
        for (var i = 0; i < _items.Count; i++)
        {
            index.TryAdd(_items[i], i);
        }

        return index;
    }
}
