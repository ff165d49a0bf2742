namespace Flexo.Fml.Parsing;

/// <summary>
/// Reuses the temporary lists the parser fills before copying them into a node's array, so that parsing a
/// large file does not leave a trail of short-lived lists behind. One pool per thread: no locking.
/// </summary>
internal static class ListPool<T>
{
    private const int MaxRetainedCapacity = 256;

    [ThreadStatic]
    private static Stack<List<T>>? s_pool;

    public static List<T> Rent() => s_pool is { Count: > 0 } pool ? pool.Pop() : new List<T>(8);

    public static void Return(List<T> list)
    {
        if (list.Capacity > MaxRetainedCapacity)
        {
            return;
        }

        list.Clear();
        (s_pool ??= new Stack<List<T>>()).Push(list);
    }
}
