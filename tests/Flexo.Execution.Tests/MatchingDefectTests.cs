using Flexo.Runtime;

namespace Flexo.Execution.Tests;

/// <summary>Matching and deletion schemes (DEFECTS.md section 1).</summary>
public sealed class MatchingDefectTests
{
    private const string Office = """
        model Office {
          public concept Person { String name; create(String n) { name = parameters.n; } }
          public concept Badge  { Person holder; create(Person p) { holder = parameters.p; } }
          public concept Locker { Person holder; create(Person p) { holder = parameters.p; } }
          public equip() {
            for (Person p : select Person from this) {
              match Badge from this where (holder=p) unmatched: new Badge(p);
              match Locker from this where (holder=p) unmatched: new Locker(p);
            }
          }
        }
        """;

    [Fact]
    public void D1_standalone_match_keeps_one_implicit_set_per_concept()
    {
        var h = new Harness(Office);
        var office = h.New("Office");
        var ann = h.New(office, "Person", "Ann");
        var bob = h.New(office, "Person", "Bob");
        h.Call(office, "equip");
        var badge = h.Concept("Office", "Badge");
        var locker = h.Concept("Office", "Locker");
        Assert.Equal(2, office.InstancesOf(badge).Count);
        Assert.Equal(2, office.InstancesOf(locker).Count);
        var firstBadges = office.InstancesOf(badge);

        h.Call(office, "equip");
        Assert.Equal(firstBadges, office.InstancesOf(badge));
        Assert.Equal(2, office.InstancesOf(locker).Count);

        h.Engine.Delete(bob);
        h.Call(office, "equip");
        var badges = office.InstancesOf(badge);
        var lockers = office.InstancesOf(locker);
        Assert.Single(badges);
        Assert.Single(lockers);
        Assert.Same(ann, badges[0].Get("holder"));
        Assert.Same(ann, lockers[0].Get("holder"));
    }

    [Fact]
    public void D1_second_run_creates_nothing()
    {
        var h = new Harness(Office);
        var office = h.New("Office");
        h.New(office, "Person", "Ann");
        h.Call(office, "equip");
        var created = 0;
        using var subscription = office.ObserveAll(new CountingObserver(c => created += c.Kind == InstanceChangeKind.Created ? 1 : 0));
        h.Call(office, "equip");
        Assert.Equal(0, created);
    }

    [Fact]
    public void D1_implicit_set_holds_the_instances_present_at_its_first_use()
    {
        var h = new Harness("""
            model Mirror {
              public concept Source { String key; create(String k) { key = parameters.k; } }
              public concept Target { String key; create(String k) { key = parameters.k; } }
              public sync() {
                for (Source s : select Source from this) {
                  match Target from this where (key=s.key) unmatched: new Target(s.key);
                  new Target("side-" + s.key);
                }
              }
            }
            """);
        var mirror = h.New("Mirror");
        var orphan = h.New(mirror, "Target", "orphan");
        h.New(mirror, "Source", "a");
        h.New(mirror, "Source", "b");
        h.Call(mirror, "sync");
        var keys = mirror.InstancesOf(h.Concept("Mirror", "Target")).Select(t => (string)t.Get("key")!).ToList();
        Assert.True(orphan.IsDeleted);
        Assert.Equal(["a", "side-a", "b", "side-b"], keys);
        h.Call(mirror, "sync");
        keys = mirror.InstancesOf(h.Concept("Mirror", "Target")).Select(t => (string)t.Get("key")!).ToList();
        Assert.Equal(["a", "b", "side-a", "side-b"], keys);
    }

    private const string Desk = """
        model Desk {
          int purged;
          public concept Ticket {
            String status;
            create() { status = "open"; }
            delete() { purged = purged + 1; }
            public close(String why) { status = parameters.why; }
          }
          public sweep() {
            MatchingSet<Ticket> pending = begin match Ticket from this;
            end match Ticket in pending unmatched: close("stale");
          }
        }
        """;

    [Fact]
    public void D2_end_match_runs_exactly_the_named_behaviour()
    {
        var h = new Harness(Desk);
        var desk = h.New("Desk");
        var t1 = h.New(desk, "Ticket");
        var t2 = h.New(desk, "Ticket");
        h.Call(desk, "sweep");
        Assert.False(t1.IsDeleted);
        Assert.False(t2.IsDeleted);
        Assert.Equal("stale", t1.Get("status"));
        Assert.Equal("stale", t2.Get("status"));
        Assert.Equal(0, h.Get(desk, "purged"));
    }

    [Fact]
    public void D2_end_match_delete_runs_the_default_deletion_on_leftovers_only()
    {
        var h = new Harness(Desk.Replace("unmatched: close(\"stale\")", "unmatched: delete()", StringComparison.Ordinal));
        var desk = h.New("Desk");
        h.New(desk, "Ticket");
        h.New(desk, "Ticket");
        h.Call(desk, "sweep");
        Assert.Empty(desk.InstancesOf(h.Concept("Desk", "Ticket")));
        Assert.Equal(2, h.Get(desk, "purged"));
    }

    [Fact]
    public void D3_begin_match_where_filters_the_candidates()
    {
        var h = new Harness("""
            model Rack {
              public concept Slot { String owner; int load; create(String o, int l) { owner = parameters.o; load = parameters.l; } }
              public trim() {
                MatchingSet<Slot> heavy = begin match Slot from this where (selected.load > 50);
                match Slot in heavy from this where (owner="c") unmatched: new Slot("c", 0);
                end match Slot in heavy unmatched: delete();
              }
            }
            """);
        var rack = h.New("Rack");
        var a = h.New(rack, "Slot", "a", 10);
        var b = h.New(rack, "Slot", "b", 60);
        var c = h.New(rack, "Slot", "c", 90);
        h.Call(rack, "trim");
        Assert.Equal([a, c], rack.InstancesOf(h.Concept("Rack", "Slot")));
        Assert.True(b.IsDeleted);
    }

    private const string Estate = """
        model Estate {
          int ended; int released; int revoked;
          public concept Lease  { delete::terminate() { ended = ended + 1; }  delete() { released = released + 1; } }
          public concept Permit { delete::revoke() { revoked = revoked + 1; } }
          public drop(Lease l, Permit p) { delete parameters.l; delete parameters.p; }
        }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void D4_default_deletion_is_the_anonymous_delete(bool swapped)
    {
        var text = swapped
            ? Estate.Replace("delete::terminate() { ended = ended + 1; }  delete() { released = released + 1; }", "delete() { released = released + 1; }  delete::terminate() { ended = ended + 1; }", StringComparison.Ordinal)
            : Estate;
        var h = new Harness(text);
        var estate = h.New("Estate");
        var lease = h.New(estate, "Lease");
        var permit = h.New(estate, "Permit");
        h.Call(estate, "drop", lease, permit);
        Assert.True(lease.IsDeleted);
        Assert.True(permit.IsDeleted);
        Assert.Equal(1, h.Get(estate, "released"));
        Assert.Equal(0, h.Get(estate, "ended"));
        Assert.Equal(0, h.Get(estate, "revoked"));
    }

    [Fact]
    public void D4_delete_this_inside_a_scheme_is_the_builtin_deletion()
    {
        var h = new Harness("""
            model Yard {
              int runs;
              public concept Crate { delete() { runs = runs + 1; delete this; runs = runs + 10; } }
            }
            """);
        var yard = h.New("Yard");
        var crate = h.New(yard, "Crate");
        h.Engine.Delete(crate);
        Assert.True(crate.IsDeleted);
        Assert.Equal(11, h.Get(yard, "runs"));
    }

    private sealed class CountingObserver(Action<InstanceChange> onChange) : IInstanceObserver
    {
        public void OnChange(InstanceChange change) => onChange(change);
    }
}
