using System.Diagnostics;
using System.Globalization;
using Flexo.Fml.Syntax;
using Microsoft.CodeAnalysis.CSharp;
using SyntaxFacts = Flexo.Fml.Syntax.SyntaxFacts;
using SyntaxKind = Flexo.Fml.Syntax.SyntaxKind;
using SyntaxToken = Flexo.Fml.Syntax.SyntaxToken;
using FmlSyntaxTree = Flexo.Fml.Syntax.SyntaxTree;

namespace Flexo.Benchmarks;

/// <summary>
/// The <c>--profile</c> mode: a stopwatch and allocation profile of the FML front end, lexing and parsing apart,
/// next to Roslyn on C# of the same size and shape, for several sizes (linearity), plus counts that explain where
/// the FML parser's bytes go. Uses the median of several runs after a warm-up; allocations are exact
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>). <c>--profile loop N</c> only parses the 5 MB FML input
/// N times, for an external sampling profiler; <c>--profile hold S</c> parses it once and keeps the tree for S seconds,
/// for a heap snapshot.
/// </summary>
internal static class ParserProfile
{
    private static object? s_sink;

    public static int Run(string[] arguments)
    {
        if (arguments is ["loop", var count])
        {
            return Loop(int.Parse(count, CultureInfo.InvariantCulture));
        }

        if (arguments is ["hold", var seconds])
        {
            return Hold(int.Parse(seconds, CultureInfo.InvariantCulture));
        }

        var sizes = arguments.Length > 0
            ? arguments.Select(a => (int)(double.Parse(a, CultureInfo.InvariantCulture) * 1024 * 1024)).ToArray()
            : [64 * 1024, Corpora.SmallSize, Corpora.LargeSize, 20 * 1024 * 1024];
        var tiered = Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") is "0" ? "off" : "on";
        Console.WriteLine($"runtime {Environment.Version}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}, "
            + $"tiered compilation {tiered} (DOTNET_TieredCompilation=0 turns it off, as the BenchmarkDotNet job does)");
        Console.WriteLine();
        Console.WriteLine("Times are medians; wall-clock first, process CPU time in brackets (less sensitive to a shared machine).");
        Console.WriteLine();
        Console.WriteLine("| input bytes (FML / C#) | FML lex ms | FML parse ms | Roslyn ms | FML MB/s | Roslyn MB/s | FML/Roslyn speed "
            + "| lex share | FML B/B | lex B/B | Roslyn B/B | FML gen0/1/2 | Roslyn gen0/1/2 |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var size in sizes)
        {
            ProfileSize(size);
        }

        Console.WriteLine();
        Explain(Corpora.LargeSize);
        return 0;
    }

    private static int Loop(int count)
    {
        var text = Corpora.Fml(Corpora.LargeSize);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            s_sink = FmlSyntaxTree.Parse(text);
        }

        Console.WriteLine($"{count} parses of {text.Length:N0} bytes in {watch.Elapsed.TotalSeconds:F2} s");
        return 0;
    }

    /// <summary>Parses the 5 MB input and keeps the tree alive, so that a heap snapshot shows what the tree retains.</summary>
    private static int Hold(int seconds)
    {
        var text = Corpora.Fml(Corpora.LargeSize);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var tree = FmlSyntaxTree.Parse(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Console.WriteLine($"process {Environment.ProcessId}: parsed {text.Length:N0} bytes, allocated {allocated:N0} bytes; "
            + $"holding the tree for {seconds} s (heap now {GC.GetTotalMemory(false):N0} bytes, text included)");
        Thread.Sleep(TimeSpan.FromSeconds(seconds));
        GC.KeepAlive(tree);
        return 0;
    }

    private static void ProfileSize(int size)
    {
        var fml = Corpora.Fml(size);
        var csharp = Corpora.CSharp(size);
        var repeats = size <= Corpora.SmallSize ? 15 : size <= Corpora.LargeSize ? 7 : 3;
        var warmUps = size <= 1024 * 1024 ? 40 : size <= Corpora.LargeSize ? 6 : 3;
        var lex = Measure(() => FmlLexerAccess.Lex(fml), repeats, warmUps);
        var parse = Measure(() => FmlSyntaxTree.Parse(fml), repeats, warmUps);
        var roslyn = Measure(() => CSharpSyntaxTree.ParseText(csharp).GetRoot(), repeats, warmUps);
        static double Mbps(double milliseconds, int length) => length / 1e6 / (milliseconds / 1e3);
        var fmlSpeed = Mbps(parse.Milliseconds, fml.Length);
        var roslynSpeed = Mbps(roslyn.Milliseconds, csharp.Length);
        var fmlCpuSpeed = Mbps(parse.CpuMilliseconds, fml.Length);
        var roslynCpuSpeed = Mbps(roslyn.CpuMilliseconds, csharp.Length);
        Console.WriteLine($"| {fml.Length:N0} / {csharp.Length:N0} | {lex.Milliseconds:F1} [{lex.CpuMilliseconds:F1}] "
            + $"| {parse.Milliseconds:F1} [{parse.CpuMilliseconds:F1}] | {roslyn.Milliseconds:F1} [{roslyn.CpuMilliseconds:F1}] "
            + $"| {fmlSpeed:F1} [{fmlCpuSpeed:F1}] | {roslynSpeed:F1} [{roslynCpuSpeed:F1}] | {fmlSpeed / roslynSpeed:F2} [{fmlCpuSpeed / roslynCpuSpeed:F2}] "
            + $"| {lex.Milliseconds / parse.Milliseconds:P0} [{lex.CpuMilliseconds / parse.CpuMilliseconds:P0}] "
            + $"| {(double)parse.Bytes / fml.Length:F2} | {(double)lex.Bytes / fml.Length:F2} | {(double)roslyn.Bytes / csharp.Length:F2} "
            + $"| {parse.Collections} | {roslyn.Collections} |");
    }

    /// <summary>Counts that explain the FML allocations on the <paramref name="size"/> input.</summary>
    private static void Explain(int size)
    {
        var fml = Corpora.Fml(size);
        var csharp = Corpora.CSharp(size);
        var tokens = FmlLexerAccess.Lex(fml);
        var lex = Measure(() => FmlLexerAccess.Lex(fml), 5);
        var parse = Measure(() => FmlSyntaxTree.Parse(fml), 5);
        var tree = FmlSyntaxTree.Parse(fml);
        var nodes = tree.Root.DescendantNodesAndSelf().ToList();
        var treeTokens = tree.Root.DescendantTokens().ToList();
        var roslynRoot = CSharpSyntaxTree.ParseText(csharp).GetRoot();
        var roslyn = Measure(() => CSharpSyntaxTree.ParseText(csharp).GetRoot(), 5);
        var roslynNodes = roslynRoot.DescendantNodesAndSelf().Count();
        var roslynTokens = roslynRoot.DescendantTokens().Count();
        var roslynTrivia = roslynRoot.DescendantTrivia().Count();

        Console.WriteLine($"## Where the bytes go ({fml.Length:N0} bytes of FML, {csharp.Length:N0} bytes of C#)");
        Console.WriteLine();
        var names = tokens.Where(t => t.Kind == SyntaxKind.IdentifierToken || SyntaxFacts.IsKeyword(t.Kind)).ToList();
        var distinctNames = names.Select(t => t.Text).Distinct(StringComparer.Ordinal).ToList();
        var internedBytes = distinctNames.Sum(n => StringSize(n.Length)) + (distinctNames.Count * 24L);
        var listBytes = tokens.Capacity * 8L;
        var perToken = (double)(lex.Bytes - listBytes - internedBytes) / tokens.Count;
        var triviaChars = treeTokens.Sum(t => t.FullSpan.Length - t.Span.Length);
        Console.WriteLine($"- FML tokens: {tokens.Count:N0} ({(double)tokens.Count / fml.Length:F3} per byte, one every {(double)fml.Length / tokens.Count:F1} bytes); "
            + $"names (identifiers and keywords): {names.Count:N0}, distinct: {distinctNames.Count:N0}; trivia is {(double)triviaChars / fml.Length:P0} of the text");
        Console.WriteLine($"- lexer allocations: {lex.Bytes:N0} bytes = {(double)lex.Bytes / tokens.Count:F1} per token: token list backing array {listBytes:N0} "
            + $"(capacity {tokens.Capacity:N0} for {tokens.Count:N0} tokens), interned names ~{internedBytes:N0}, "
            + $"so ~{perToken:F1} bytes per token object");
        Console.WriteLine($"- parser phase (parse minus lex): {parse.Bytes - lex.Bytes:N0} bytes for {nodes.Count:N0} nodes = "
            + $"{(double)(parse.Bytes - lex.Bytes) / nodes.Count:F1} bytes per node ({(double)nodes.Count / tokens.Count:F2} nodes per token)");
        var renamed = treeTokens.Count(t => t.Kind == SyntaxKind.IdentifierToken && SyntaxFacts.GetKeywordKind(t.Text) != SyntaxKind.IdentifierToken);
        Console.WriteLine($"- tree tokens: {treeTokens.Count:N0}; keywords used as names, re-created as identifier tokens (WithKind): {renamed:N0}");
        Console.WriteLine($"- Roslyn: {roslynTokens:N0} tokens, {roslynNodes:N0} nodes, {roslynTrivia:N0} trivia; {roslyn.Bytes:N0} bytes = "
            + $"{(double)roslyn.Bytes / roslynTokens:F1} per token, {(double)roslyn.Bytes / (roslynTokens + roslynNodes):F1} per node-or-token");
        Console.WriteLine($"- FML total: {(double)parse.Bytes / (tokens.Count + nodes.Count):F1} bytes per node-or-token; "
            + $"CPU time {parse.CpuMilliseconds * 1e6 / tokens.Count:F0} ns per token (Roslyn {roslyn.CpuMilliseconds * 1e6 / roslynTokens:F0} ns per token)");
        Console.WriteLine();

        Console.WriteLine("Node kinds (top 12):");
        foreach (var group in nodes.GroupBy(n => n.GetType().Name).OrderByDescending(g => g.Count()).Take(12))
        {
            Console.WriteLine($"  {group.Key,-40} {group.Count(),9:N0}  {(double)group.Count() / nodes.Count,6:P1}");
        }

        Console.WriteLine("Token kinds (top 10):");
        foreach (var group in tokens.GroupBy(t => t.Kind).OrderByDescending(g => g.Count()).Take(10))
        {
            Console.WriteLine($"  {group.Key,-40} {group.Count(),9:N0}  {(double)group.Count() / tokens.Count,6:P1}");
        }

        Console.WriteLine();
        KeywordAndInterningCost(fml, names, lex);
        TokenRepresentationCost(tokens, lex);
        GarbageCollectionCost(fml, csharp, parse, roslyn);
        GC.KeepAlive(tree);
    }

    /// <summary>What the per-name work of the lexer costs: keyword lookup and interning, replayed on every name.</summary>
    private static void KeywordAndInterningCost(string text, List<SyntaxToken> names, Sample lex)
    {
        var spans = names.Select(t => (t.Span.Start, t.Span.Length)).ToArray();
        var keywordTime = Measure(() =>
        {
            var keywords = 0;
            foreach (var (start, length) in spans)
            {
                if (SyntaxFacts.GetKeywordKind(text.AsSpan(start, length)) != SyntaxKind.IdentifierToken)
                {
                    keywords++;
                }
            }

            return keywords;
        }, 7);
        var set = new HashSet<string>(StringComparer.Ordinal);
        var lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        var internTime = Measure(() =>
        {
            set.Clear();
            foreach (var (start, length) in spans)
            {
                var span = text.AsSpan(start, length);
                if (!lookup.TryGetValue(span, out _))
                {
                    set.Add(span.ToString());
                }
            }

            return set.Count;
        }, 7);
        Console.WriteLine($"Per-name work replayed on the {spans.Length:N0} names (CPU time): keyword lookup {keywordTime.CpuMilliseconds:F1} ms "
            + $"({keywordTime.CpuMilliseconds / lex.CpuMilliseconds:P0} of lexing), interning {internTime.CpuMilliseconds:F1} ms "
            + $"({internTime.CpuMilliseconds / lex.CpuMilliseconds:P0} of lexing); lexing {lex.CpuMilliseconds:F1} ms.");
    }

    /// <summary>
    /// The share of the parse spent in the garbage collector: the same parse inside a no-GC region (the runtime
    /// reserves the memory up front and never collects) against the normal median. Everything a parser allocates
    /// survives (it is the tree), so each collection during a parse copies or marks all that was built so far.
    /// </summary>
    private static void GarbageCollectionCost(string fml, string csharp, Sample parse, Sample roslyn)
    {
        var fmlTimes = new List<double>();
        var roslynTimes = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            fmlTimes.Add(CpuTimeWithoutCollections(() => FmlSyntaxTree.Parse(fml), parse.Bytes));
            roslynTimes.Add(CpuTimeWithoutCollections(() => CSharpSyntaxTree.ParseText(csharp).GetRoot(), roslyn.Bytes));
        }

        fmlTimes.Sort();
        roslynTimes.Sort();
        var fmlNoGc = fmlTimes[fmlTimes.Count / 2];
        var roslynNoGc = roslynTimes[roslynTimes.Count / 2];
        if (double.IsNaN(fmlNoGc) || double.IsNaN(roslynNoGc))
        {
            Console.WriteLine("No-GC region refused by the runtime: GC share not measured.");
            return;
        }

        Console.WriteLine($"Without any collection (no-GC region), CPU time: FML parse {fmlNoGc:F1} ms vs {parse.CpuMilliseconds:F1} ms normally "
            + $"(GC ~{1 - (fmlNoGc / parse.CpuMilliseconds):P0} of the parse, {parse.Collections} collections); "
            + $"Roslyn {roslynNoGc:F1} ms vs {roslyn.CpuMilliseconds:F1} ms ({roslyn.Collections} collections).");
    }

    private static double CpuTimeWithoutCollections<T>(Func<T> action, long bytes)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        try
        {
            if (!GC.TryStartNoGCRegion(bytes + (64L * 1024 * 1024)))
            {
                return double.NaN;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return double.NaN; // larger than the runtime allows
        }

        var before = Environment.CpuUsage.TotalTime;
        s_sink = action();
        var elapsed = Environment.CpuUsage.TotalTime - before;
        if (System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }

        s_sink = null;
        return elapsed.TotalMilliseconds;
    }

    /// <summary>
    /// What storing the tokens costs, apart from scanning: the same number of objects shaped like
    /// <see cref="SyntaxToken"/> (two references, four ints, a kind) appended to a presized list, against the same
    /// data in an array of 16-byte structs.
    /// </summary>
    private static void TokenRepresentationCost(List<SyntaxToken> tokens, Sample lex)
    {
        var source = new string('x', 16);
        var count = tokens.Count;
        var objects = Measure(() =>
        {
            var list = new List<TokenObject>(count + (count / 32));
            for (var i = 0; i < count; i++)
            {
                list.Add(new TokenObject((ushort)(i & 0xFF), source, i, i + 1, i + 2, i + 3, null));
            }

            return list;
        }, 7);
        var structs = Measure(() =>
        {
            var array = new TokenStruct[count];
            for (var i = 0; i < count; i++)
            {
                array[i] = new TokenStruct((ushort)(i & 0xFF), i + 1, i + 2, i + 3);
            }

            return array;
        }, 7);
        Console.WriteLine($"Storing {count:N0} tokens (CPU time, no scanning): 56-byte objects in a list {objects.CpuMilliseconds:F1} ms, "
            + $"{objects.Bytes:N0} bytes, {objects.Collections} collections; 16-byte structs in an array {structs.CpuMilliseconds:F1} ms, "
            + $"{structs.Bytes:N0} bytes (lexing: {lex.CpuMilliseconds:F1} ms).");
    }

    private sealed class TokenObject(ushort kind, string source, int fullStart, int start, int end, int fullEnd, string? text)
    {
        public ushort Kind { get; } = kind;

        public string Source { get; } = source;

        public int FullStart { get; } = fullStart;

        public int Start { get; } = start;

        public int End { get; } = end;

        public int FullEnd { get; } = fullEnd;

        public string? Text { get; } = text;
    }

    private readonly record struct TokenStruct(ushort Kind, int Start, int End, int FullEnd);

    private static long StringSize(int length) => (22 + (2L * length) + 7) & ~7L;

    /// <summary>Median wall-clock and process CPU milliseconds, bytes allocated, gen0/1/2 collections of the last run.</summary>
    private readonly record struct Sample(double Milliseconds, double CpuMilliseconds, long Bytes, string Collections);

    private static Sample Measure<T>(Func<T> action, int repeats, int warmUps = 6)
    {
        // Warm-up: tiered compilation must have promoted the hot methods. Roslyn needs about 30 invocations (and
        // more wall-clock time on a busy machine, where the background compiler gets little CPU).
        for (var i = 0; i < warmUps; i++)
        {
            s_sink = action();
        }

        s_sink = null;
        var times = new List<double>();
        var cpuTimes = new List<double>();
        long bytes = 0;
        var collections = string.Empty;
        for (var i = 0; i < repeats; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var gen0 = GC.CollectionCount(0);
            var gen1 = GC.CollectionCount(1);
            var gen2 = GC.CollectionCount(2);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var watch = Stopwatch.StartNew();
            s_sink = action();
            watch.Stop();
            cpuTimes.Add((Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds);
            bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            collections = $"{GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}";
            times.Add(watch.Elapsed.TotalMilliseconds);
            s_sink = null;
        }

        times.Sort();
        cpuTimes.Sort();
        return new Sample(times[times.Count / 2], cpuTimes[cpuTimes.Count / 2], bytes, collections);
    }
}
