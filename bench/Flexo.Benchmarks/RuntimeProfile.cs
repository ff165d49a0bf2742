using System.Diagnostics;

namespace Flexo.Benchmarks;

/// <summary>A quick stopwatch run of the run-time workloads (<c>--runtime-profile</c>), for tuning between benchmark runs.</summary>
internal static class RuntimeProfile
{
    public static int Run()
    {
        var work = new RuntimeWorkload();
        var vmi = work.NewInstance();
        Time("loop 10^7 (FML)", () => work.Engine.Call(vmi, work.Loop, [10_000_000]));
        Time("loop 10^7 (C#)", () => RuntimeWorkload.LoopByHand(10_000_000));
        Time("integer loop 10^7 (FML)", () => work.Engine.Call(vmi, work.LoopInt, [10_000_000]));
        Time("integer loop 10^7 (C#)", () => RuntimeWorkload.LoopIntByHand(10_000_000));
        Time("create 10^6 (FML)", () => work.Engine.Call(work.NewInstance(), work.MakeItems, [1_000_000]));
        Time("create 10^6 (runtime only)", () =>
        {
            var model = work.NewInstance();
            var item = work.Model.NestedConcepts.First(c => c.Name == "Item");
            var a = item.Properties[0];
            var b = item.Properties[1];
            for (var i = 0; i < 1_000_000; i++)
            {
                var instance = model.CreateInstance(item);
                instance.Set(a, i);
                instance.Set(b, "x");
            }
        });
        Time("create 10^6 (C#)", () => RuntimeWorkload.MakeItemsByHand(1_000_000));
        var items = work.NewInstance();
        work.Engine.Call(items, work.MakeItems, [1_000_000]);
        Time("select unique, first (index built)", () => work.Engine.Call(items, work.Find, [777_777]));
        Time("select unique x1000", () =>
        {
            for (var i = 0; i < 1000; i++)
            {
                work.Engine.Call(items, work.Find, [i * 997]);
            }
        });
        var sources = work.NewInstance();
        work.Engine.Call(sources, work.MakeSources, [100_000]);
        Time("read keys 10^5", () => work.Engine.Call(sources, work.ReadKeys, []));
        Time("read keys 10^5", () => work.Engine.Call(sources, work.ReadKeys, []));
        Time("resync 10^5, first", () => work.Engine.Call(sources, work.Sync, []));
        Time("resync 10^5, second", () => work.Engine.Call(sources, work.Sync, []));
        Time("resync 10^5, third", () => work.Engine.Call(sources, work.Sync, []));
        Time("probe (indexed select) 10^5", () => work.Engine.Call(sources, work.Probe, []));
        Time("probe (indexed select) 10^5", () => work.Engine.Call(sources, work.Probe, []));
        return 0;
    }

    private static void Time(string label, Action action)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        Console.WriteLine($"{label,-40} {watch.Elapsed.TotalMilliseconds,10:F1} ms {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6,10:F1} MB");
    }
}
