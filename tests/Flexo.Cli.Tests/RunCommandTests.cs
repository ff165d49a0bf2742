namespace Flexo.Cli.Tests;

/// <summary>flexo run, script, repl and validate.</summary>
public sealed class RunCommandTests
{
    private const string Counter = """
        @URI("http://test/Counter.fml")
        model Counter {
          int count;
          String owner;
          create(String o = "nobody") { owner = parameters.o; }
          public concept Tick { int n; assert n >= 0; }
          public int add(int k) { count = count + parameters.k; return count; }
          public String who() { return owner; }
          public int broken() { String s = null; return s.length(); }
          public int spin() { int i = 0; while (true) { i++; } return i; }
          public Tick tick(int n) { Tick t = new Tick(); t.n = parameters.n; return t; }
        }
        """;

    private static TempFolder Center(string? script = null)
    {
        var folder = new TempFolder();
        folder.Write("Counter.fml", Counter);
        if (script is not null)
        {
            folder.Write("main.fmlscript", script);
        }

        return folder;
    }

    [Fact]
    public void Run_calls_a_behaviour_and_prints_its_result()
    {
        using var folder = Center();
        var result = CliRun.Run("run", folder.Path, "--call", "add(5)");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["5"], result.OutLines);
    }

    [Fact]
    public void Run_passes_creation_arguments()
    {
        using var folder = Center();
        var result = CliRun.Run("run", folder.Path, "--args", "\"Ann, the first\"", "--call", "who()");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Ann, the first"], result.OutLines);
    }

    [Fact]
    public void Run_json_prints_one_document()
    {
        using var folder = Center();
        var result = CliRun.Run("run", folder.Path, "--call", "add(2)", "--json");
        Assert.Equal(0, result.ExitCode);
        using var document = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.Equal(2, document.RootElement.GetProperty("result").GetInt32());
        Assert.Equal("http://test/Counter.fml", document.RootElement.GetProperty("model").GetString());
    }

    [Fact]
    public void Run_error_prints_the_fml_stack_and_fails()
    {
        using var folder = Center();
        var result = CliRun.Run("run", folder.Path, "--call", "broken()");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error FML5001: cannot call 'length' on null", result.Error, StringComparison.Ordinal);
        Assert.Contains("at Counter.broken() in ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at Flexo.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_budget_stops_an_endless_loop()
    {
        using var folder = Center();
        var result = CliRun.Run("run", folder.Path, "--call", "spin()", "--max-steps", "5000");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FML5002", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_bad_call_expression_is_reported()
    {
        using var folder = Center();
        var result = CliRun.Run("run", folder.Path, "--call", "nothing()");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--call(1,1): error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_save_writes_the_instance_and_validate_reads_it()
    {
        using var folder = Center();
        var result = CliRun.Run("run", folder.Path, "--call", "tick(-1)", "--save", folder["saved"]);
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(folder["saved/Counter.fml.rt/Counter.fml.rt.xml"]));
        var validation = CliRun.Run("validate", folder.Path, folder["saved/Counter.fml.rt"]);
        Assert.Equal(1, validation.ExitCode);
        Assert.Contains("FML5009", validation.Out, StringComparison.Ordinal);
        Assert.Contains("n >= 0", validation.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_without_call_runs_main_script()
    {
        using var folder = Center("c = new Counter(\"Zoe\") with (name=\"c\");\nc.add(3);\nlog c.who() + \" \" + c.count;\nassert c.count == 3;\n");
        var result = CliRun.Run("run", folder.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Zoe 3"], result.OutLines);
    }

    [Fact]
    public void Run_without_call_nor_script_is_a_usage_error()
    {
        using var folder = Center();
        var result = CliRun.Run("run", folder.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("main.fmlscript", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_refuses_models_with_errors()
    {
        using var folder = new TempFolder();
        folder.Write("Bad.fml", "model Bad { Missing m; }");
        var result = CliRun.Run("run", folder.Path, "--call", "x()");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Bad.fml(1,13): error FML2001", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was run", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_failure_gives_position_and_exit_code()
    {
        using var folder = Center();
        var script = folder.Write("t.fmlscript", "c = new Counter() with (name=\"c\");\nassert c.add(1) == 2;\n");
        var result = CliRun.Run("script", script);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("t.fmlscript(2,1): error FML6050: assertion failed: c.add(1) == 2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_with_rc_option()
    {
        using var center = Center();
        using var scripts = new TempFolder();
        var script = scripts.Write("s.fmlscript", "c = new Counter() with (name=\"c\");\nassert c.add(4) == 4;\n");
        var result = CliRun.Run("script", script, "--rc", center.Path);
        Assert.True(result.ExitCode == 0, result.Error);
    }

    [Fact]
    public void Repl_runs_commands_from_input_and_keeps_going_after_an_error()
    {
        using var folder = Center();
        var result = CliRun.RunWithInput("c = new Counter() with (name=\"c\");\nc.add(\n2);\nnope;\nc.count;\nexit;\nc.count;\n", "repl", "--rc", folder.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["2", "2"], result.OutLines);
        Assert.Contains("error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_without_instances_says_so()
    {
        using var folder = Center();
        var result = CliRun.Run("validate", folder.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["No model instance to validate."], result.OutLines);
    }
}
