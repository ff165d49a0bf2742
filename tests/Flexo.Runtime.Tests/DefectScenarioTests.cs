using Flexo.Fml.Semantics;

namespace Flexo.Runtime.Tests;

/// <summary>The run-time parts of the DEFECTS.md scenarios that need no interpreter (behaviour bodies are played by hand).</summary>
public sealed class DefectScenarioTests
{
    private static ConceptSymbol CompileModel(string name, string text)
    {
        var compilation = Compilation.Create([new FmlDocument("M.fml", text, "http://test/M.fml")]);
        Assert.DoesNotContain(compilation.GetAllDiagnostics().SelectMany(p => p.Value), d => d.IsError);
        return compilation.Model(name);
    }

    [Fact]
    public void D7_bounds_are_reported_by_validation_and_never_refuse_an_add()
    {
        var model = CompileModel("Muster", """
            model Muster {
            public concept Crew {
              String[2,4] members;
              String[1,1] captain;
              public enlist(String n) { members.add(parameters.n); }
            }
            }
            """);
        var vmi = VirtualModelInstance.Create(model, "m", "http://rc");
        var crew = vmi.CreateInstance(model.Concept("Crew"));
        var members = crew.GetList("members");
        string[] Report() => [.. vmi.ValidateCardinalities().Select(v => v.Property.Name + ":" + v.Count)];
        members.Add("a");
        Assert.Equal(["members:1", "captain:0"], Report());
        members.Add("b");
        members.Add("c");
        Assert.Equal(["captain:0"], Report());
        members.Add("d");
        members.Add("e");
        Assert.Equal(5, members.Count);
        Assert.Equal(["members:5", "captain:0"], Report());
        crew.Set("captain", "a");
        Assert.Equal(["members:5"], Report());
    }

    [Fact]
    public void D22_a_deleted_track_leaves_every_playlist()
    {
        var model = CompileModel("Radio", """
            public model Radio {
              public concept Track { String title; create(String t) { title = parameters.t; } }
              public concept Playlist {
                Track[0,*] tracks;  Track current;
                public int scrap(Track t) { delete parameters.t; return tracks.size; }
              }
            }
            """);
        var vmi = VirtualModelInstance.Create(model, "r", "http://rc");
        var track = model.Concept("Track");
        var t1 = vmi.CreateInstance(track);
        var t2 = vmi.CreateInstance(track);
        var t3 = vmi.CreateInstance(track);
        var p1 = vmi.CreateInstance(model.Concept("Playlist"));
        var p2 = vmi.CreateInstance(model.Concept("Playlist"));
        p1.Set("tracks", new[] { t1, t2, t3 });
        p2.Set("tracks", new[] { t2 });
        p1.Set("current", t2);
        t2.Delete();
        Assert.Equal([t1, t3], p1.GetList("tracks"));
        Assert.Equal(2, p1.GetList("tracks").Count);
        Assert.Empty(p2.GetList("tracks"));
        Assert.Null(p1.Get("current"));
        Assert.Equal([t1, t3], vmi.InstancesOf(track));
    }

    [Fact]
    public void D11_every_change_an_expression_depends_on_is_notified()
    {
        var model = CompileModel("League", """
            model League {
            public concept Player { String name; create(String n) { name = parameters.n; } }
            public concept Team {
              Player[0,*] roster;  Player captain;
              int headcount values roster.size;
              String captainName values captain.name;
              public bench(Player p) { roster.remove(parameters.p); }
            }
            }
            """);
        var vmi = VirtualModelInstance.Create(model, "l", "http://rc");
        var team = vmi.CreateInstance(model.Concept("Team"));
        var ann = vmi.CreateInstance(model.Concept("Player"));
        var bob = vmi.CreateInstance(model.Concept("Player"));
        var recorder = new Recorder();
        using var subscription = vmi.ObserveAll(recorder);
        team.GetList("roster").Add(ann);
        team.GetList("roster").Add(bob);
        team.Set("captain", ann);
        ann.Set("name", "Ann");
        team.GetList("roster").Remove(ann);
        ann.Delete();
        Assert.Equal(
        [
            "ElementAdded Team.roster[0]: null -> Player#2",
            "ElementAdded Team.roster[1]: null -> Player#3",
            "PropertyChanged Team.captain: null -> Player#2",
            "PropertyChanged Player.name: null -> Ann",
            "ElementRemoved Team.roster[0]: Player#2 -> null",
            "PropertyChanged Team.captain: Player#2 -> null",
            "Deleted Player",
        ], recorder.Lines);
        Assert.Throws<FmlRuntimeException>(() => team.Get("headcount"));
    }
}
