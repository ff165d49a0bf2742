using Flexo.Execution;
using Flexo.Fml.Semantics;
using Flexo.Runtime;

namespace Flexo.Benchmarks;

/// <summary>The FML model the run-time benchmarks execute, and the same work written by hand in C#.</summary>
internal sealed class RuntimeWorkload
{
    public const string Source = """
        model Bench {
          public concept Item {
            int a; String b;
            create(int a, String b) { a = parameters.a; b = parameters.b; }
          }
          public concept Source {
            String key; int v;
            create(String k, int v) { key = parameters.k; v = parameters.v; }
          }
          public concept Target {
            String key; int v;
            create(String k, int v) { key = parameters.k; v = parameters.v; }
          }
          public long loop(int n) {
            long s = 0;
            for (int i = 0; i < parameters.n; i++) { s = s + i * 3 % 7; }
            return s;
          }
          public long loopInt(int n) {
            long s = 0;
            for (int i = 0; i < parameters.n; i++) { s = s + i * 3 - (i & 7); }
            return s;
          }
          public makeItems(int n) {
            for (int i = 0; i < parameters.n; i++) { new Item(i, "x"); }
          }
          public Item find(int k) {
            return select unique Item from this where (selected.a == parameters.k);
          }
          public makeSources(int n) {
            for (int i = 0; i < parameters.n; i++) { new Source("k" + i, i); }
          }
          public int readKeys() {
            int n = 0;
            for (Source s : select Source from this) { if (s.key != null) { n++; } }
            return n;
          }
          public int probe() {
            int n = 0;
            for (Source s : select Source from this) {
              Target t = select unique Target from this where (selected.key == s.key);
              if (t != null) { n++; }
            }
            return n;
          }
          public sync() {
            for (Source s : select Source from this) {
              match Target from this where (key=s.key) unmatched: new Target(s.key, s.v);
            }
          }
        }
        """;

    public RuntimeWorkload()
    {
        Compilation = Compilation.Create([new FmlDocument("Bench.fml", Source, "http://bench/Bench.fml")]);
        var errors = Compilation.GetAllDiagnostics().Values.SelectMany(d => d).Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The benchmark model does not check: " + string.Join("; ", errors));
        }

        Model = Compilation.FindModel("Bench")!;
        Engine = new FmlEngine(Compilation, EngineOptions.Default with { MaxSteps = 0, Timeout = TimeSpan.Zero });
        Loop = FmlEngine.FindBehaviour(Model, "loop", 1);
        LoopInt = FmlEngine.FindBehaviour(Model, "loopInt", 1);
        MakeItems = FmlEngine.FindBehaviour(Model, "makeItems", 1);
        Find = FmlEngine.FindBehaviour(Model, "find", 1);
        MakeSources = FmlEngine.FindBehaviour(Model, "makeSources", 1);
        Sync = FmlEngine.FindBehaviour(Model, "sync", 0);
        ReadKeys = FmlEngine.FindBehaviour(Model, "readKeys", 0);
        Probe = FmlEngine.FindBehaviour(Model, "probe", 0);
    }

    public Compilation Compilation { get; }

    public ConceptSymbol Model { get; }

    public FmlEngine Engine { get; }

    public BehaviourSymbol Loop { get; }

    public BehaviourSymbol LoopInt { get; }

    public BehaviourSymbol MakeItems { get; }

    public BehaviourSymbol Find { get; }

    public BehaviourSymbol MakeSources { get; }

    public BehaviourSymbol Sync { get; }

    public BehaviourSymbol ReadKeys { get; }

    public BehaviourSymbol Probe { get; }

    public VirtualModelInstance NewInstance() => Engine.CreateModelInstance(Model, "bench");

    /// <summary>The loop of <c>loop(n)</c> in C#, with the FML numeric rules (<c>%</c> on doubles, stored as long).</summary>
    public static long LoopByHand(int n)
    {
        long s = 0;
        for (var i = 0; i < n; i++)
        {
            s = (long)(s + (double)((long)i * 3) % 7);
        }

        return s;
    }

    /// <summary>The loop of <c>loopInt(n)</c> in C#: integer arithmetic only.</summary>
    public static long LoopIntByHand(int n)
    {
        long s = 0;
        for (var i = 0; i < n; i++)
        {
            s = s + ((long)i * 3) - (i & 7);
        }

        return s;
    }

    /// <summary>A hand-written model: objects with two fields, registered in creation order and by identifier.</summary>
    public sealed class HandModel
    {
        public List<HandItem> Items { get; } = [];

        public Dictionary<long, HandItem> ById { get; } = [];

        public Dictionary<int, HandItem> ByA { get; } = [];

        public void Add(HandItem item)
        {
            Items.Add(item);
            ById[item.Id] = item;
        }
    }

    public sealed class HandItem(long id, int a, string b)
    {
        public long Id { get; } = id;

        public int A { get; set; } = a;

        public string B { get; set; } = b;
    }

    public static HandModel MakeItemsByHand(int n)
    {
        var model = new HandModel();
        for (var i = 0; i < n; i++)
        {
            model.Add(new HandItem(i + 1, i, "x"));
        }

        return model;
    }

    /// <summary>The resynchronisation by hand: targets by key, create the missing, delete the orphans.</summary>
    public static int SyncByHand(List<HandItem> sources, Dictionary<string, HandItem> targets)
    {
        var claimed = new HashSet<string>();
        var created = 0;
        foreach (var source in sources)
        {
            var key = source.B;
            if (!targets.ContainsKey(key))
            {
                targets[key] = new HandItem(source.Id, source.A, key);
                created++;
            }

            claimed.Add(key);
        }

        foreach (var orphan in targets.Keys.Where(k => !claimed.Contains(k)).ToList())
        {
            targets.Remove(orphan);
        }

        return created;
    }
}
