using System.Collections;

namespace Flexo.Runtime.Values;

/// <summary>
/// The elements [from, from + count) of a parent list, live as Java's <c>subList</c>: reads and writes go to the parent,
/// and adding or removing through the window shifts the parent's later elements.
/// </summary>
internal sealed class SubListWindow(IList parent, int from, int count) : IList<object?>
{
    public int Count => count;

    public bool IsReadOnly => parent.IsReadOnly;

    public object? this[int index]
    {
        get => parent[from + Check(index)];
        set => parent[from + Check(index)] = value;
    }

    private int Check(int index) =>
        index >= 0 && index < count ? index : throw new FmlRuntimeError($"index {index} out of bounds for length {count} (IndexOutOfBoundsException)");

    public void Add(object? item) => Insert(count, item);

    public void Insert(int index, object? item)
    {
        if (index < 0 || index > count)
        {
            throw new FmlRuntimeError($"index {index} out of bounds for length {count} (IndexOutOfBoundsException)");
        }

        parent.Insert(from + index, item);
        count++;
    }

    public void RemoveAt(int index)
    {
        parent.RemoveAt(from + Check(index));
        count--;
    }

    public bool Remove(object? item)
    {
        int index = IndexOf(item);
        if (index < 0)
        {
            return false;
        }

        RemoveAt(index);
        return true;
    }

    public void Clear()
    {
        while (count > 0)
        {
            RemoveAt(count - 1);
        }
    }

    public int IndexOf(object? item)
    {
        for (int i = 0; i < count; i++)
        {
            if (FmlEquality.AreEqual(parent[from + i], item))
            {
                return i;
            }
        }

        return -1;
    }

    public bool Contains(object? item) => IndexOf(item) >= 0;

    public void CopyTo(object?[] array, int arrayIndex)
    {
        for (int i = 0; i < count; i++)
        {
            array[arrayIndex + i] = parent[from + i];
        }
    }

    public IEnumerator<object?> GetEnumerator()
    {
        for (int i = 0; i < count; i++)
        {
            yield return parent[from + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
