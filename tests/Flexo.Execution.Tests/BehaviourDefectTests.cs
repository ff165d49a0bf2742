using Flexo.Runtime;

namespace Flexo.Execution.Tests;

/// <summary>Properties, calls, statements and references (DEFECTS.md sections 3 to 6).</summary>
public sealed class BehaviourDefectTests
{
    [Fact]
    public void D10_setter_parameter_has_its_declared_name()
    {
        var h = new Harness("""
            model Home {
              public concept Thermostat {
                double celsius;
                double fahrenheit {
                  double get() { return celsius * 9 / 5 + 32; }
                  set(double f) { celsius = (f - 32) * 5 / 9; }
                };
              }
            }
            """);
        var home = h.New("Home");
        var t = h.New(home, "Thermostat");
        h.Engine.SetValue(t, "fahrenheit", 212);
        Assert.Equal(100.0, h.Get(t, "celsius"));
        Assert.Equal(212.0, h.Get(t, "fahrenheit"));
    }

    [Fact]
    public void D11_expression_properties_are_never_stale()
    {
        var h = new Harness("""
            model League {
              public concept Player { String name; create(String n) { name = parameters.n; } }
              public concept Team {
                Player[0,*] roster;  Player captain;
                int headcount values roster.size;
                String captainName values captain.name;
                public bench(Player p) { roster.remove(parameters.p); }
                public enrol(Player p) { roster.add(parameters.p); }
              }
            }
            """);
        var league = h.New("League");
        var ann = h.New(league, "Player", "Ann");
        var bob = h.New(league, "Player", "Bob");
        var cy = h.New(league, "Player", "Cy");
        var team = h.New(league, "Team");
        foreach (var p in new[] { ann, bob, cy })
        {
            h.Call(team, "enrol", p);
        }

        h.Engine.SetValue(team, "captain", ann);
        Assert.Equal(3, h.Get(team, "headcount"));
        Assert.Equal("Ann", h.Get(team, "captainName"));
        h.Call(team, "bench", bob);
        h.Engine.SetValue(ann, "name", "Anna");
        Assert.Equal(2, h.Get(team, "headcount"));
        Assert.Equal("Anna", h.Get(team, "captainName"));
        h.Engine.SetValue(team, "captain", cy);
        Assert.Equal("Cy", h.Get(team, "captainName"));
        h.Engine.Delete(cy);
        Assert.Null(h.Get(team, "captainName"));
        Assert.Equal(1, h.Get(team, "headcount"));
    }

    private const string Tanks = """
        model Depot {
          public concept Tank {
            String fluid; int litres; boolean sealed;
            create(required String fluid, int litres = 500, boolean sealed = true) {
              fluid = parameters.fluid; litres = parameters.litres; sealed = parameters.sealed;
            }
            public int topUp(int extra = 25) { return litres + parameters.extra; }
          }
          public Tank make(String f) { return new Tank(parameters.f); }
          public Tank makeWith(String f, int l) { return new Tank(parameters.f, parameters.l); }
        }
        """;

    [Fact]
    public void D12_parameters_with_defaults_may_be_omitted()
    {
        var h = new Harness(Tanks);
        var depot = h.New("Depot");
        var water = (ConceptInstance)h.Call(depot, "make", "water")!;
        Assert.Equal(500, h.Get(water, "litres"));
        Assert.Equal(true, h.Get(water, "sealed"));
        var oil = (ConceptInstance)h.Call(depot, "makeWith", "oil", 80)!;
        Assert.Equal(80, h.Get(oil, "litres"));
        Assert.Equal(true, h.Get(oil, "sealed"));
        Assert.Equal(105, h.Call(oil, "topUp"));
        Assert.Equal(90, h.Call(oil, "topUp", 10));
    }

    [Fact]
    public void D12_host_call_without_a_required_argument_is_a_clear_error()
    {
        var h = new Harness(Tanks);
        var depot = h.New("Depot");
        var error = Assert.Throws<FmlExecutionException>(() => h.New(depot, "Tank"));
        Assert.Equal(ExecutionErrors.BadCall, error.Code);
        Assert.Contains("fluid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D13_named_creation_scheme_runs_by_name()
    {
        var h = new Harness("""
            model Plant {
              public concept Valve {
                String label; int size;
                create::fromSpec(String spec) { label = parameters.spec; }
                create::sized(String label, int size) { label = parameters.label; size = parameters.size; }
              }
              public concept Gauge { }
              public Valve make() { return new Valve::sized("v1", 3); }
              public Gauge bare() { return new Gauge(); }
            }
            """);
        var plant = h.New("Plant");
        var valve = (ConceptInstance)h.Call(plant, "make")!;
        Assert.Equal("v1", h.Get(valve, "label"));
        Assert.Equal(3, h.Get(valve, "size"));
        var gauge = (ConceptInstance)h.Call(plant, "bare")!;
        Assert.Equal("Gauge", gauge.Concept.Name);
    }

    [Fact]
    public void D14_inherited_creation_scheme_creates_the_named_concept()
    {
        var h = new Harness(
            """
            @URI("http://example.org/fleet/Vehicle.fml")
            model Vehicle { String plate; create(String p) { plate = parameters.p; } }
            """,
            """
            import ["http://example.org/fleet/Vehicle.fml"];
            @URI("http://example.org/fleet/Truck.fml")
            model Truck extends Vehicle {
              public String describe() { return "truck " + plate; }
              public concept Shape { create() { } }
              public concept Ring extends Shape { }
              public String ring() { Ring r = new Ring(); return r.conceptType.name; }
            }
            """);
        var truck = h.Engine.CreateModelInstance(h.Model("Truck"), "t1", ["AB-12"]);
        Assert.Equal("Truck", truck.Concept.Name);
        Assert.Equal("truck AB-12", h.Call(truck, "describe"));
        Assert.Equal("Ring", h.Call(truck, "ring"));
    }

    [Fact]
    public void D15_super_calls_with_several_parents()
    {
        var h = new Harness("""
            model Assets {
              public concept Named    { public String label() { return "named"; } }
              public concept Labelled { public String label() { return "labelled"; } }
              public concept Tagged   { String tag; }
              public concept Asset extends Tagged, Named { public String label() { return "asset/" + super.label(); } }
              public concept Mixed extends Named, Labelled {
                public String label() { return super_Labelled.label() + "+" + super_Named.label(); }
              }
            }
            """);
        var assets = h.New("Assets");
        Assert.Equal("asset/named", h.Call(h.New(assets, "Asset"), "label"));
        Assert.Equal("labelled+named", h.Call(h.New(assets, "Mixed"), "label"));
    }

    [Fact]
    public void D15_dynamic_dispatch_runs_the_override()
    {
        var h = new Harness("""
            model Zoo {
              public concept Animal { public String sound() { return "..."; } public String speak() { return "says " + sound(); } }
              public concept Dog extends Animal { public String sound() { return "woof"; } }
            }
            """);
        var zoo = h.New("Zoo");
        Assert.Equal("says woof", h.Call(h.New(zoo, "Dog"), "speak"));
        Assert.Equal("says ...", h.Call(h.New(zoo, "Animal"), "speak"));
    }

    [Fact]
    public void D16_do_while_runs_with_java_semantics()
    {
        var h = new Harness("""
            model Loops {
              public int countdown(int n) { int k = parameters.n; int runs = 0; do { runs = runs + 1; k = k - 1; } while (k > 0); return runs; }
            }
            """);
        var loops = h.New("Loops");
        Assert.Equal(3, h.Call(loops, "countdown", 3));
        Assert.Equal(1, h.Call(loops, "countdown", 0));
    }

    private const string Meter = """
        model Meters {
          public concept Meter {
            int total;
            public String tally() {
              int score = 10;  score -= 3;  score *= 4;  total += score;
              String tag = "s";  tag += score;
              return tag;
            }
            public int all() {
              int x = 100; x /= 3; x %= 7; x <<= 2; x >>= 1; x |= 1; x &= 7; x ^= 2;
              return x;
            }
          }
        }
        """;

    [Fact]
    public void D17_compound_assignment_applies_its_operator()
    {
        var h = new Harness(Meter);
        var meters = h.New("Meters");
        var meter = h.New(meters, "Meter");
        h.Engine.SetValue(meter, "total", 5);
        Assert.Equal("s28", h.Call(meter, "tally"));
        Assert.Equal(33, h.Get(meter, "total"));
        Assert.Equal("s28", h.Call(meter, "tally"));
        Assert.Equal(61, h.Get(meter, "total"));
        int x = 100; x /= 3; x %= 7; x <<= 2; x >>= 1; x |= 1; x &= 7; x ^= 2;
        Assert.Equal(x, h.Call(meter, "all"));
    }

    [Fact]
    public void D18_increment_and_decrement_statements()
    {
        var h = new Harness("""
            model Counters {
              public concept Counter {
                int hits;
                public int stepper() {
                  int a = 3;
                  a++;  ++a;  a--;  hits++;
                  int before = a++;
                  return before * 10 + a;
                }
              }
            }
            """);
        var counters = h.New("Counters");
        var counter = h.New(counters, "Counter");
        Assert.Equal(45, h.Call(counter, "stepper"));
        Assert.Equal(1, h.Get(counter, "hits"));
    }

    [Fact]
    public void D19_null_condition_is_false()
    {
        var h = new Harness("""
            model Plant {
              public concept Pump { String id; boolean running; }
              public String probe() {
                Pump p = select unique Pump from this where (selected.id == "none");
                if (p.running) { return "on"; } else { return "off"; }
              }
            }
            """);
        var plant = h.New("Plant");
        Assert.Equal("off", h.Call(plant, "probe"));
    }

    [Fact]
    public void D20_for_without_condition()
    {
        var h = new Harness("""
            model Squares {
              public int firstSquareAbove(int bound) {
                for (int i = 1; ; i++) { if (i * i > parameters.bound) { return i; } }
                return -1;
              }
              public int spinTo(int target) { int n = 0; for (;;) { n = n + 1; if (n == parameters.target) { return n; } } }
            }
            """);
        var squares = h.New("Squares");
        Assert.Equal(8, h.Call(squares, "firstSquareAbove", 50));
        Assert.Equal(4, h.Call(squares, "spinTo", 4));
    }

    [Fact]
    public void D21_methods_on_string_literals()
    {
        var h = new Harness("""
            model Words {
              public String shout() { return "quiet".toUpperCase() + "-" + "abcdef".substring(2, 4); }
              public int width() { return "kayak".length() + "ab".indexOf("b"); }
            }
            """);
        var words = h.New("Words");
        Assert.Equal("QUIET-cd", h.Call(words, "shout"));
        Assert.Equal(6, h.Call(words, "width"));
    }

    [Fact]
    public void D22_deleted_instance_disappears_from_every_role()
    {
        var h = new Harness("""
            model Radio {
              public concept Track { String title; create(String t) { title = parameters.t; } }
              public concept Playlist {
                Track[0,*] tracks;  Track current;
                public int scrap(Track t) { delete parameters.t; return tracks.size; }
                public add(Track t) { tracks.add(parameters.t); }
                public boolean has(Track t) { return tracks.contains(parameters.t); }
              }
            }
            """);
        var radio = h.New("Radio");
        var t1 = h.New(radio, "Track", "t1");
        var t2 = h.New(radio, "Track", "t2");
        var t3 = h.New(radio, "Track", "t3");
        var p1 = h.New(radio, "Playlist");
        var p2 = h.New(radio, "Playlist");
        foreach (var t in new[] { t1, t2, t3 })
        {
            h.Call(p1, "add", t);
        }

        h.Call(p2, "add", t2);
        h.Engine.SetValue(p1, "current", t2);
        Assert.Equal(2, h.Call(p1, "scrap", t2));
        Assert.Equal([t1, t3], ((RoleList)h.Get(p1, "tracks")!).ToArray());
        Assert.Equal(false, h.Call(p1, "has", t2));
        Assert.Null(h.Get(p1, "current"));
        Assert.Empty((RoleList)h.Get(p2, "tracks")!);
    }

    [Fact]
    public void D23_contained_instances_are_deleted_while_attached()
    {
        var h = new Harness(
            """
            @URI("http://example.org/t/Ledger.fml")
            model Ledger { int closed; }
            """,
            """
            import ["http://example.org/t/Ledger.fml"];
            @URI("http://example.org/t/Depot.fml")
            model Depot {
              Ledger ledger with ModelInstance();
              public concept Crate { delete() { container.ledger.closed = container.ledger.closed + 1; } }
            }
            """);
        var ledger = h.New("Ledger");
        var depot = h.New("Depot");
        h.Engine.SetValue(depot, "ledger", ledger);
        for (var i = 0; i < 3; i++)
        {
            h.New(depot, "Crate");
        }

        h.Engine.Delete(depot);
        Assert.True(depot.IsDeleted);
        Assert.Equal(3, h.Get(ledger, "closed"));
    }

    [Fact]
    public void D29_behaviour_executions_are_not_retained()
    {
        var h = new Harness("""
            model Lab {
              public concept Probe { int v; create(int v) { v = parameters.v; } }
              public int churn(int n) {
                int s = 0;
                for (int i = 0; i < parameters.n; i++) { Probe p = new Probe(i); s = s + p.v; delete p; }
                return s;
              }
            }
            """);
        var lab = h.New("Lab");
        Assert.Equal(49995000, h.Call(lab, "churn", 10000));
        Assert.Equal(0, lab.InstanceCount);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        Assert.Equal(1799970000, h.Call(lab, "churn", 60000));
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Assert.True(after - before < 4_000_000, $"retained {after - before} bytes after 60,000 created and deleted probes");
    }
}
