using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Flexo.Runtime;

namespace Flexo.Benchmarks;

/// <summary>
/// The execution engine on heavy workloads, each beside hand-written C# doing the same work in the same run:
/// (a) a behaviour looping 10^7 times over integer arithmetic; (b) creating 10^6 concept instances with two
/// properties. (The resync (d) is in <see cref="ResyncBenchmarks"/>.)
/// One operation per iteration (the workloads take tens of milliseconds to seconds).
/// </summary>
[Config(typeof(RuntimeBenchmarkConfig))]
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RuntimeBenchmarks
{
    private const int LoopCount = 10_000_000;
    private const int Instances = 1_000_000;
    private RuntimeWorkload _work = null!;
    private VirtualModelInstance _loop = null!;

    [GlobalSetup]
    public void Setup()
    {
        _work = new RuntimeWorkload();
        _loop = _work.NewInstance();
        if ((long)_work.Engine.Call(_loop, _work.Loop, [1000])! != RuntimeWorkload.LoopByHand(1000))
        {
            throw new InvalidOperationException("The FML loop and the C# loop disagree.");
        }

        if ((long)_work.Engine.Call(_loop, _work.LoopInt, [1000])! != RuntimeWorkload.LoopIntByHand(1000))
        {
            throw new InvalidOperationException("The FML integer loop and the C# loop disagree.");
        }
    }

    [Benchmark(Baseline = true, Description = "loop 10^7, C#")]
    [BenchmarkCategory("a loop")]
    public long LoopCSharp() => RuntimeWorkload.LoopByHand(LoopCount);

    [Benchmark(Description = "loop 10^7, FML")]
    [BenchmarkCategory("a loop")]
    public object? LoopFml() => _work.Engine.Call(_loop, _work.Loop, [LoopCount]);

    [Benchmark(Baseline = true, Description = "integer loop 10^7, C#")]
    [BenchmarkCategory("a loop, integers only")]
    public long LoopIntCSharp() => RuntimeWorkload.LoopIntByHand(LoopCount);

    [Benchmark(Description = "integer loop 10^7, FML")]
    [BenchmarkCategory("a loop, integers only")]
    public object? LoopIntFml() => _work.Engine.Call(_loop, _work.LoopInt, [LoopCount]);

    [Benchmark(Baseline = true, Description = "create 10^6, C#")]
    [BenchmarkCategory("b create")]
    public object CreateCSharp() => RuntimeWorkload.MakeItemsByHand(Instances);

    [Benchmark(Description = "create 10^6, FML")]
    [BenchmarkCategory("b create")]
    public object? CreateFml()
    {
        var model = _work.NewInstance();
        _work.Engine.Call(model, _work.MakeItems, [Instances]);
        return model;
    }
}

/// <summary>
/// (d) A match/resync of N sources (10^4 and 10^5, to show it is linear): the first one creates every target, the
/// second finds nothing changed; beside the same synchronisation written by hand in C# (a dictionary by key).
/// </summary>
[Config(typeof(RuntimeBenchmarkConfig))]
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class ResyncBenchmarks
{
    private RuntimeWorkload _work = null!;
    private VirtualModelInstance _sync = null!;
    private List<RuntimeWorkload.HandItem> _handSources = [];
    private Dictionary<string, RuntimeWorkload.HandItem> _handTargets = [];

    [Params(10_000, 100_000)]
    public int Sources { get; set; }

    [GlobalSetup]
    public void Setup() => _work = new RuntimeWorkload();

    [IterationSetup(Targets = [nameof(ResyncFirstFml)])]
    public void FreshSources()
    {
        _sync = _work.NewInstance();
        _work.Engine.Call(_sync, _work.MakeSources, [Sources]);
    }

    [IterationSetup(Targets = [nameof(ResyncSecondFml)])]
    public void SynchronisedSources()
    {
        FreshSources();
        _work.Engine.Call(_sync, _work.Sync, []);
    }

    [IterationSetup(Targets = [nameof(ResyncFirstCSharp)])]
    public void FreshHandSources()
    {
        _handSources = [.. Enumerable.Range(0, Sources).Select(i => new RuntimeWorkload.HandItem(i + 1, i, "k" + i))];
        _handTargets = [];
    }

    [IterationSetup(Targets = [nameof(ResyncSecondCSharp)])]
    public void SynchronisedHandSources()
    {
        FreshHandSources();
        RuntimeWorkload.SyncByHand(_handSources, _handTargets);
    }

    [Benchmark(Baseline = true, Description = "resync first, C#")]
    [BenchmarkCategory("d resync first")]
    public int ResyncFirstCSharp() => RuntimeWorkload.SyncByHand(_handSources, _handTargets);

    [Benchmark(Description = "resync first, FML")]
    [BenchmarkCategory("d resync first")]
    public object? ResyncFirstFml() => _work.Engine.Call(_sync, _work.Sync, []);

    [Benchmark(Baseline = true, Description = "resync second, C#")]
    [BenchmarkCategory("d resync second")]
    public int ResyncSecondCSharp() => RuntimeWorkload.SyncByHand(_handSources, _handTargets);

    [Benchmark(Description = "resync second, FML")]
    [BenchmarkCategory("d resync second")]
    public object? ResyncSecondFml() => _work.Engine.Call(_sync, _work.Sync, []);
}

/// <summary>
/// <c>select unique Item from this where (selected.a == k)</c> over 10^6 instances (c), beside a C# dictionary lookup
/// and a C# linear scan of the same objects: the index makes the FML query independent of the instance count.
/// </summary>
[Config(typeof(SelectBenchmarkConfig))]
[MemoryDiagnoser]
public class SelectBenchmarks
{
    private const int Instances = 1_000_000;
    private RuntimeWorkload _work = null!;
    private VirtualModelInstance _items = null!;
    private RuntimeWorkload.HandModel _hand = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _work = new RuntimeWorkload();
        _items = _work.NewInstance();
        _work.Engine.Call(_items, _work.MakeItems, [Instances]);
        _work.Engine.Call(_items, _work.Find, [0]);
        _hand = RuntimeWorkload.MakeItemsByHand(Instances);
        foreach (var item in _hand.Items)
        {
            _hand.ByA[item.A] = item;
        }
    }

    private int NextKey() => _next = (_next + 7919) % Instances;

    [Benchmark(Baseline = true, Description = "select unique by key, C# dictionary")]
    public object? SelectCSharpIndex() => _hand.ByA[NextKey()];

    [Benchmark(Description = "select unique by key, FML (index)")]
    public object? SelectFml() => _work.Engine.Call(_items, _work.Find, [NextKey()]);

    [Benchmark(Description = "select unique by key, C# linear scan")]
    public object? SelectCSharpScan()
    {
        var key = NextKey();
        return _hand.Items.Find(i => i.A == key);
    }
}

/// <summary>Heavy workloads: one operation per iteration, 2 warm-up and 6 measured iterations.</summary>
public sealed class RuntimeBenchmarkConfig : ManualConfig
{
    public RuntimeBenchmarkConfig() =>
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(6).WithInvocationCount(1).WithUnrollFactor(1).WithId("Heavy"));
}

/// <summary>Short job for the microsecond queries.</summary>
public sealed class SelectBenchmarkConfig : ManualConfig
{
    public SelectBenchmarkConfig() =>
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId("Short"));
}
