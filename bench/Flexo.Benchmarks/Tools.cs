using System.Diagnostics;
using Flexo.Benchmarks.Corpus;

namespace Flexo.Benchmarks;

/// <summary>The <c>--verify</c> and <c>--write</c> modes of the program.</summary>
internal static class Tools
{
    public static int Verify()
    {
        var failures = 0;
        foreach (var size in new[] { 64 * 1024, Corpora.SmallSize, Corpora.LargeSize })
        {
            var watch = Stopwatch.StartNew();
            var fml = Corpora.Fml(size);
            var csharp = Corpora.CSharp(size);
            var generated = watch.Elapsed;
            if (!string.Equals(fml, FmlCorpusGenerator.Generate(size), StringComparison.Ordinal)
                || !string.Equals(csharp, CSharpCorpusGenerator.Generate(size), StringComparison.Ordinal))
            {
                Console.WriteLine($"FAIL {size,9}: generation is not deterministic");
                failures++;
                continue;
            }

            try
            {
                var fmlTree = CorpusVerifier.VerifyFml(fml);
                var csharpTree = CorpusVerifier.VerifyCSharp(csharp);
                var fmlTokens = fmlTree.Root.DescendantTokens().Count();
                var csharpTokens = csharpTree.GetRoot().DescendantTokens().Count();
                Console.WriteLine($"ok   {size,9}: FML {fml.Length,9:N0} bytes, {fmlTokens,9:N0} tokens, 0 diagnostics, round trip exact; "
                    + $"C# {csharp.Length,9:N0} bytes, {csharpTokens,9:N0} tokens, 0 diagnostics (generated in {generated.TotalSeconds:F1} s)");
            }
            catch (InvalidOperationException e)
            {
                Console.WriteLine($"FAIL {size,9}: {e.Message}");
                failures++;
            }
        }

        Console.WriteLine(failures == 0 ? "verify: all corpora valid" : $"verify: {failures} failure(s)");
        return failures == 0 ? 0 : 1;
    }

    public static int Write(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var size in new[] { Corpora.SmallSize, Corpora.LargeSize })
        {
            var fmlPath = Path.Combine(directory, $"BenchModel-{size}.fml");
            var csharpPath = Path.Combine(directory, $"BenchModel-{size}.cs");
            File.WriteAllText(fmlPath, Corpora.Fml(size));
            File.WriteAllText(csharpPath, Corpora.CSharp(size));
            Console.WriteLine($"wrote {fmlPath} and {csharpPath}");
        }

        return 0;
    }
}
