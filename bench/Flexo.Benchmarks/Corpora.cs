using System.Collections.Concurrent;
using Flexo.Benchmarks.Corpus;

namespace Flexo.Benchmarks;

/// <summary>The generated inputs, cached by language and size (generation is deterministic).</summary>
public static class Corpora
{
    /// <summary>The size (bytes) of the small input: shows that time and memory grow linearly.</summary>
    public const int SmallSize = 512 * 1024;

    /// <summary>The size (bytes) of the main input.</summary>
    public const int LargeSize = 5 * 1024 * 1024;

    private static readonly ConcurrentDictionary<(bool Fml, int Size), string> s_cache = new();

    /// <summary>FML of at least <paramref name="size"/> bytes.</summary>
    public static string Fml(int size) => s_cache.GetOrAdd((true, size), key => FmlCorpusGenerator.Generate(key.Size));

    /// <summary>C# of at least <paramref name="size"/> bytes.</summary>
    public static string CSharp(int size) => s_cache.GetOrAdd((false, size), key => CSharpCorpusGenerator.Generate(key.Size));
}
