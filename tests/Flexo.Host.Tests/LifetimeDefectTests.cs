using System.Runtime.CompilerServices;
using Flexo.Execution;
using Flexo.Runtime;

namespace Flexo.Host.Tests;

/// <summary>Loading, unloading and resources (DEFECTS.md section 8).</summary>
public sealed class LifetimeDefectTests
{
    private const string Ledger = """
        @URI("http://example.org/t/Ledger.fml")
        model Ledger { int closed; }
        """;

    private const string Depot = """
        import ["http://example.org/t/Ledger.fml"];
        @URI("http://example.org/t/Depot.fml")
        model Depot {
          Ledger ledger with ModelInstance();
          public concept Crate { delete() { container.ledger.closed = container.ledger.closed + 1; } }
        }
        """;

    private static TempFolder Center()
    {
        var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "Ledger.fml"), Ledger);
        File.WriteAllText(Path.Combine(folder.Path, "Depot.fml"), Depot);
        return folder;
    }

    private static FlexoHost Open(TempFolder folder) =>
        FlexoHost.Open(new HostOptions { Paths = [folder.Path], Engine = EngineOptions.Default with { Log = new MemoryLogSink() } });

    [Fact]
    public void D27_closing_and_reopening_runs_no_deletion_scheme()
    {
        using var folder = Center();
        var saved = Path.Combine(folder.Path, "saved");
        using (var host = Open(folder))
        {
            var ledger = host.CreateModelInstance("Ledger", "books");
            var depot = host.CreateModelInstance("Depot", "north");
            host.Set(depot, "ledger", ledger);
            host.CreateInstance(depot, "Crate");
            host.CreateInstance(depot, "Crate");
            host.Save(ledger, saved);
            host.Save(depot, saved);
        }

        using var reopened = Open(folder);
        var books = reopened.Load(Path.Combine(saved, "books.fml.rt")).Instance;
        var north = reopened.Load(Path.Combine(saved, "north.fml.rt")).Instance;
        Assert.Equal(0, reopened.Get(books, "closed"));
        Assert.Equal(2, north.InstancesOf(reopened.Compilation.FindModel("Depot")!.NestedConcepts[0]).Count);
        Assert.Same(books, reopened.Get(north, "ledger"));
    }

    [Fact]
    public void D27_unloading_one_instance_releases_it()
    {
        using var folder = Center();
        using var host = Open(folder);
        var ledger = host.CreateModelInstance("Ledger", "books");
        var (depotRef, crateRef) = CreateAndUnloadDepot(host, ledger);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(depotRef.IsAlive);
        Assert.False(crateRef.IsAlive);
        Assert.Equal(0, host.Get(ledger, "closed"));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Depot, WeakReference Crate) CreateAndUnloadDepot(FlexoHost host, VirtualModelInstance ledger)
    {
        var depot = host.CreateModelInstance("Depot", "north");
        host.Set(depot, "ledger", ledger);
        var crate = host.CreateInstance(depot, "Crate");
        host.Unload(depot);
        Assert.False(depot.IsDeleted);
        Assert.False(crate.IsDeleted);
        return (new WeakReference(depot), new WeakReference(crate));
    }

    [Fact]
    public void D26_loading_checking_and_querying_leave_every_file_untouched()
    {
        using var folder = Center();
        var saved = Path.Combine(folder.Path, "saved");
        using (var host = Open(folder))
        {
            var ledger = host.CreateModelInstance("Ledger", "books");
            host.Save(ledger, saved);
        }

        var before = Snapshot(folder.Path);
        using (var host = Open(folder))
        {
            Assert.False(host.HasErrors);
            foreach (var model in host.Models)
            {
                _ = model.Properties.Length + model.Behaviours.Length + model.NestedConcepts.Length + model.Annotations.Length;
            }

            var (books, _) = host.Load(Path.Combine(saved, "books.fml.rt"));
            Assert.Empty(host.Validate(books));
            host.Save(books, saved);
        }

        Assert.Equal(before, Snapshot(folder.Path));
    }

    private static List<(string, string, DateTime)> Snapshot(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (f, Convert.ToHexString(File.ReadAllBytes(f)), File.GetLastWriteTimeUtc(f)))];

    [Fact]
    public void D30_concurrent_get_or_create_of_a_repository_gives_the_registered_one()
    {
        using var folder = Center();
        for (var round = 0; round < 200; round++)
        {
            using var host = Open(folder);
            ModelInstanceRepository? first = null;
            ModelInstanceRepository? second = null;
            using var start = new Barrier(2);
            var a = new Thread(() => { start.SignalAndWait(); first = host.Repository(host.Engine.Options.InstanceBaseUri); });
            var b = new Thread(() => { start.SignalAndWait(); second = host.Repository(host.Engine.Options.InstanceBaseUri); });
            a.Start();
            b.Start();
            a.Join();
            b.Join();
            Assert.Same(first, second);
            Assert.Same(first, Assert.Single(host.Repositories));
            var notified = new List<VirtualModelInstance>();
            first!.Added += (_, instance) => notified.Add(instance);
            var created = host.CreateModelInstance("Ledger", "l" + round);
            Assert.Equal([created], notified);
        }
    }

    [Fact]
    public void D31_closing_after_loading_only_some_instances_completes()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "Alpha.fml"), "model Alpha { int a; }");
        File.WriteAllText(Path.Combine(folder.Path, "Beta.fml"), "model Beta { int b; }");
        var saved = Path.Combine(folder.Path, "saved");
        string alphaUri;
        using (var host = FlexoHost.Open(new HostOptions { Paths = [folder.Path] }))
        {
            var alpha = host.CreateModelInstance("Alpha", "one");
            alphaUri = host.GetModel("Alpha").Uri!;
            host.Save(alpha, saved);
        }

        var reopened = FlexoHost.Open(new HostOptions { Paths = [folder.Path] });
        reopened.Load(Path.Combine(saved, "one.fml.rt"));
        reopened.Close();
        Assert.True(reopened.IsClosed);
        Assert.Empty(reopened.LoadedInstances);
        Assert.Throws<HostException>(() => reopened.GetModel(alphaUri));
        Assert.Throws<HostException>(() => reopened.GetModel("Beta"));
    }
}
