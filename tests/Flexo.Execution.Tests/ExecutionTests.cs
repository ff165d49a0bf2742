using Flexo.Fml.Semantics;
using Flexo.Runtime;

namespace Flexo.Execution.Tests;

/// <summary>Budgets, errors with FML stacks, events, select, embedded and contained instances, validation.</summary>
public sealed class ExecutionTests
{
    [Fact]
    public void Infinite_loop_ends_with_the_step_budget_error()
    {
        var h = new Harness(EngineOptions.Default with { MaxSteps = 10_000, Log = new MemoryLogSink() }, """
            model Spin { public int forever() { int n = 0; while (true) { n = n + 1; } return n; } }
            """);
        var spin = h.New("Spin");
        var error = Assert.Throws<FmlExecutionException>(() => h.Call(spin, "forever"));
        Assert.Equal(ExecutionErrors.StepBudgetExceeded, error.Code);
        Assert.Equal("Spin.forever()", error.Location!.Behaviour);
    }

    [Fact]
    public void Runaway_recursion_ends_with_a_clear_error()
    {
        var h = new Harness("""
            model Deep { public int down(int n) { return down(parameters.n + 1); } }
            """);
        var deep = h.New("Deep");
        var error = Assert.Throws<FmlExecutionException>(() => h.Call(deep, "down", 0));
        Assert.Equal(ExecutionErrors.CallTooDeep, error.Code);
        Assert.True(error.FmlStack.Length > 100);
    }

    [Fact]
    public void Run_time_error_has_an_fml_stack_with_file_line_and_column()
    {
        var h = new Harness("""
            model Shop {
              public concept Item {
                String label;
                public int width() {
                  return label.length();
                }
              }
              public int measure(Item i) {
                int w = 0;
                w = parameters.i.width();
                return w;
              }
            }
            """);
        var shop = h.New("Shop");
        var item = h.New(shop, "Item");
        var error = Assert.Throws<FmlExecutionException>(() => h.Call(shop, "measure", item));
        Assert.Equal(ExecutionErrors.RuntimeError, error.Code);
        Assert.Contains("cannot call 'length' on null", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.FmlStack.Length);
        Assert.Equal(new FmlStackFrame("Item.width()", "Unit0.fml", 5, 7), error.FmlStack[0]);
        Assert.Equal(new FmlStackFrame("Shop.measure(i)", "Unit0.fml", 10, 5), error.FmlStack[1]);
        Assert.Contains("at Item.width() in Unit0.fml:5:7", error.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Integral_overflow_on_store_is_an_error_not_a_wrap()
    {
        var h = new Harness("""
            model Big { public int grow() { int x = 2000000000; x = x + x; return x; } }
            """);
        var error = Assert.Throws<FmlExecutionException>(() => h.Call(h.New("Big"), "grow"));
        Assert.Contains("does not fit in int", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Numeric_semantics_follow_the_reference()
    {
        var h = new Harness("""
            model Num {
              public double half(int a) { return parameters.a / 2; }
              public double rem() { return 32 % 3; }
              public long product(int a, int b) { return parameters.a * parameters.b; }
              public String text() { return "n=" + 1 + 2.5 + 'c' + true + null; }
              public boolean mixed() { return 1 == 1.0 && 2 < 2.5 && !(3 > 4); }
            }
            """);
        var num = h.New("Num");
        Assert.Equal(3.5, h.Call(num, "half", 7));
        Assert.Equal(2.0, h.Call(num, "rem"));
        Assert.Equal(6_000_000_000L, h.Call(num, "product", 2_000_000, 3000));
        Assert.Equal("n=12.5ctruenull", h.Call(num, "text"));
        Assert.Equal(true, h.Call(num, "mixed"));
    }

    [Fact]
    public void Events_are_delivered_to_listeners_of_the_firing_model()
    {
        var h = new Harness("""
            model Game {
              int pings; int pongs;
              public event Ping { }
              public event Pong { }
              public concept Player {
                listen Ping from container { pings = pings + 1; fire new Pong(); }
              }
              listen Pong from this { pongs = pongs + 1; }
              public ping() { fire new Ping(); }
            }
            """);
        var game = h.New("Game");
        h.New(game, "Player");
        h.Call(game, "ping");
        Assert.Equal(1, h.Get(game, "pings"));
        Assert.Equal(1, h.Get(game, "pongs"));
        h.New(game, "Player");
        h.Call(game, "ping");
        Assert.Equal(3, h.Get(game, "pings"));
        Assert.Equal(3, h.Get(game, "pongs"));
    }

    private const string Catalog = """
        model Catalog {
          public concept Product { String sku; int price; create(String s, int p) { sku = parameters.s; price = parameters.p; } }
          public Product find(String s) { return select unique Product from this where (selected.sku == parameters.s); }
          public List<Product> cheap(int max) { return select Product from this where (selected.price < parameters.max); }
          public List<Product> priced(int p) { return select Product from this where (selected.price == parameters.p); }
        }
        """;

    [Fact]
    public void Select_by_equality_follows_every_change()
    {
        var h = new Harness(Catalog);
        var catalog = h.New("Catalog");
        var a = h.New(catalog, "Product", "A", 10);
        var b = h.New(catalog, "Product", "B", 20);
        Assert.Same(b, h.Call(catalog, "find", "B"));
        Assert.Null(h.Call(catalog, "find", "C"));
        h.Engine.SetValue(b, "sku", "C");
        Assert.Null(h.Call(catalog, "find", "B"));
        Assert.Same(b, h.Call(catalog, "find", "C"));
        var c = h.New(catalog, "Product", "B", 10);
        Assert.Same(c, h.Call(catalog, "find", "B"));
        Assert.Equal([a, c], (List<object?>)h.Call(catalog, "priced", 10)!);
        h.Engine.Delete(c);
        Assert.Null(h.Call(catalog, "find", "B"));
        Assert.Equal([a], (List<object?>)h.Call(catalog, "cheap", 15)!);
    }

    [Fact]
    public void Embedded_instances_read_their_containers_properties()
    {
        var h = new Harness("""
            model Plan {
              String title;
              public concept Floor {
                int level;
                public concept Room {
                  String name;
                  public String where() { return title + "/" + level + "/" + name; }
                }
                public Room add(String n) { Room r = new Room(); r.name = parameters.n; return r; }
              }
            }
            """);
        var plan = h.New("Plan");
        h.Engine.SetValue(plan, "title", "HQ");
        var floor = h.New(plan, "Floor");
        h.Engine.SetValue(floor, "level", 2);
        var room = (ConceptInstance)h.Call(floor, "add", "lab")!;
        Assert.Same(floor, room.Container);
        Assert.Equal("HQ/2/lab", h.Call(room, "where"));
        h.Engine.Delete(floor);
        Assert.True(room.IsDeleted);
    }

    [Fact]
    public void Role_initialisers_are_applied_before_the_creation_scheme()
    {
        var h = new Harness("""
            model Init {
              public concept Box { int size = 3; String label = "box" + size; create() { size = size * 2; } }
            }
            """);
        var init = h.New("Init");
        var box = h.New(init, "Box");
        Assert.Equal(6, h.Get(box, "size"));
        Assert.Equal("box3", h.Get(box, "label"));
    }

    [Fact]
    public void Enum_values_are_values()
    {
        var h = new Harness("""
            model Tasks {
              public enum Priority { LOW, HIGH }
              public concept Task {
                Priority priority = Priority.LOW;
                public boolean urgent() { return priority == Priority.HIGH; }
                public String raise() { priority = HIGH; return "now " + priority; }
              }
            }
            """);
        var tasks = h.New("Tasks");
        var task = h.New(tasks, "Task");
        Assert.Equal(false, h.Call(task, "urgent"));
        Assert.Equal("now HIGH", h.Call(task, "raise"));
        Assert.Equal(true, h.Call(task, "urgent"));
    }

    [Fact]
    public void Contained_model_instances_are_created_inside_the_running_one()
    {
        var h = new Harness(EngineOptions.Default, (FmlDocument[])[
            new("Company.fml/Company.fml", """
                model Company {
                  public Branch open(String c) { return new Branch(parameters.c) with (name=parameters.c); }
                }
                """, "http://test/Company.fml"),
            new("Company.fml/Branch.fml/Branch.fml", """
                model Branch { String city; create(String c) { city = parameters.c; } }
                """, "http://test/Company.fml/Branch.fml", "Company.fml/Company.fml"),
        ]);
        var company = h.New("Company");
        var branch = (VirtualModelInstance)h.Call(company, "open", "Lyon")!;
        Assert.Same(company, branch.ContainerModelInstance);
        Assert.Equal("Lyon", h.Get(branch, "city"));
        Assert.EndsWith("/company.fml.rt/Lyon.fml.rt", branch.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Invariants_are_checked_on_demand()
    {
        var h = new Harness("""
            model Stock {
              public concept Item {
                int quantity;
                String[0,*] tags;
                assert quantity >= 0;
                assert (String t : tags) { assert t.length() > 1; }
              }
            }
            """);
        var stock = h.New("Stock");
        var item = h.New(stock, "Item");
        Assert.Empty(h.Engine.Validate(stock));
        h.Engine.SetValue(item, "quantity", -1);
        ((RoleList)h.Get(item, "tags")!).Add("x");
        var violations = h.Engine.Validate(stock);
        Assert.Equal(2, violations.Length);
        Assert.All(violations, v => Assert.Equal(ExecutionErrors.InvariantViolated, v.Code));
        Assert.Contains("quantity >= 0", violations[0].Message, StringComparison.Ordinal);
        Assert.Contains("for x", violations[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Log_goes_to_the_sink_in_java_string_form()
    {
        var h = new Harness("""
            model Talk { public say() { log "hello " + 2; log 1.0; log null; } }
            """);
        h.Call(h.New("Talk"), "say");
        Assert.Equal(["hello 2", "1.0", "null"], h.Logged);
    }
}
