using Flexo.Execution;
using Flexo.Fml.Semantics;
using Flexo.Host.Scripts;
using Flexo.Runtime;

namespace Flexo.Host.Tests;

public sealed class ScriptRunnerTests
{
    private const string Meter = """
        model Meters {
          public concept Meter {
            int total;
            public String tally() {
              int score = 10;  score -= 3;  score *= 4;  total += score;
              String tag = "s";  tag += score;
              return tag;
            }
            public int fail() { String s = null; return s.length(); }
          }
        }
        """;

    private static (ScriptRunner Runner, StringWriter Output) Runner(string fml = Meter)
    {
        var host = FlexoHost.FromDocuments([new FmlDocument("Meters.fml", fml, "http://test/Meters.fml")], new HostOptions { Engine = EngineOptions.Default with { Log = new MemoryLogSink() } });
        Assert.False(host.HasErrors);
        var output = new StringWriter();
        return (new ScriptRunner(host, output), output);
    }

    [Fact]
    public void False_assert_fails_the_script_at_its_position()
    {
        var (runner, _) = Runner();
        var result = runner.Run("x = 1;\nassert x == 2;\nassert x == 1;\n", "t.fmlscript");
        Assert.False(result.Succeeded);
        Assert.Equal(1, result.CommandsRun);
        Assert.Equal(ScriptRunErrors.AssertionFailed, result.Failure!.Code);
        Assert.Equal((2, 1), (result.Failure.Line, result.Failure.Column));
        Assert.Equal("t.fmlscript(2,1): error FML6050: assertion failed: x == 2", result.Failure.ToString());
    }

    [Fact]
    public void Assert_message_is_part_of_the_failure()
    {
        var (runner, _) = Runner();
        var result = runner.Run("x = 1;\nassert x == 2 : \"x is \" + x;\n", "t.fmlscript");
        Assert.Equal("assertion failed: x == 2: x is 1", result.Failure!.Message);
    }

    [Fact]
    public void Run_time_error_carries_the_fml_stack()
    {
        var (runner, _) = Runner();
        var result = runner.Run("m = new Meters() with (name=\"m\");\nx = m.new Meter();\nx.fail();\n", "t.fmlscript");
        Assert.Equal(ExecutionErrors.RuntimeError, result.Failure!.Code);
        Assert.Equal(3, result.Failure.Line);
        Assert.Contains("cannot call 'length' on null", result.Failure.Message, StringComparison.Ordinal);
        Assert.Equal("Meter.fail()", result.Failure.Stack[0].Behaviour);
    }

    [Fact]
    public void Binding_error_stops_before_running()
    {
        var (runner, output) = Runner();
        var result = runner.Run("x = 1;\ny = nothing + 1;\nz = 3;\n", "t.fmlscript");
        Assert.Equal(1, result.CommandsRun);
        Assert.StartsWith("FML", result.Failure!.Code, StringComparison.Ordinal);
        Assert.Equal(2, result.Failure.Line);
        Assert.StartsWith("t.fmlscript(2,5): error", result.Failure.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, output.ToString());
        Assert.False(runner.Variables.ContainsKey("z"));
    }

    [Fact]
    public void Syntax_error_runs_nothing()
    {
        var (runner, _) = Runner();
        var result = runner.Run("x = 1;\ny = ;\n", "t.fmlscript");
        Assert.Equal(0, result.CommandsRun);
        Assert.Equal(2, result.Failure!.Line);
        Assert.False(runner.Variables.ContainsKey("x"));
    }

    [Fact]
    public void D24_reassigned_script_variable_reads_its_last_value()
    {
        var (runner, _) = Runner();
        var result = runner.Run("total = 4;\ntotal = total * 3;\nlabel = \"n=\";\nlabel = label + total;\nassert total == 12;\nassert label == \"n=12\";\ntotal = total + 0;\nassert total == 12;\n", "d24.fmlscript");
        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal(12L, Convert.ToInt64(runner.Variables["total"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("n=12", runner.Variables["label"]);
    }

    [Fact]
    public void D28_evaluations_leave_no_observer_behind()
    {
        var (runner, _) = Runner();
        Assert.True(runner.Run("m = new Meters() with (name=\"m\");\nx = m.new Meter();\n", "setup").Succeeded);
        var meter = (ConceptInstance)runner.Variables["x"]!;
        var counter = new CountingObserver();
        using var watch = meter.ModelInstance.ObserveAll(counter);
        var text = string.Concat(Enumerable.Repeat("y = x.total + 1;\nx.tally();\n", 100));
        Assert.True(runner.Run(text, "loop").Succeeded);
        Assert.Equal(100 * 28, runner.Host.Get(meter, "total"));
        Assert.Equal(0, meter.ModelInstance.InstancesOf(meter.Concept).Count - 1);
        Assert.Equal(100, counter.Changes);
    }

    [Fact]
    public void Exit_stops_the_script_successfully()
    {
        var (runner, _) = Runner();
        var result = runner.Run("x = 1;\nexit;\nassert false;\n", "t.fmlscript");
        Assert.True(result.Succeeded);
        Assert.Equal(2, result.CommandsRun);
    }

    [Fact]
    public void Context_prints_the_variables()
    {
        var (runner, output) = Runner();
        Assert.True(runner.Run("a = 1;\nb = \"two\";\ncontext;\n", "t.fmlscript").Succeeded);
        Assert.Contains("a = 1\nb = two", output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Open_is_reported_as_unsupported()
    {
        var (runner, _) = Runner();
        var result = runner.Run("open project.prj;\n", "t.fmlscript");
        Assert.Equal(ScriptRunErrors.DirectiveUnsupported, result.Failure!.Code);
    }

    private sealed class CountingObserver : IInstanceObserver
    {
        public int Changes { get; private set; }

        public void OnChange(InstanceChange change) => Changes++;
    }
}
