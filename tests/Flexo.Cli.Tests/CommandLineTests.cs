using System.Text;

namespace Flexo.Cli.Tests;

public sealed class CommandLineTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("check", "--bogus")]
    [InlineData("fmt", "--bogus")]
    [InlineData("parse", "--bogus")]
    [InlineData("check", "-x")]
    public void Unknown_option_is_a_usage_error(string command, string option)
    {
        var file = _temp.Write("a.fml", Fml.Valid);

        var result = CliRun.Run(command, option, file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"flexo {command}: error: unknown option '{option}'.", result.Error);
        Assert.Contains($"Run 'flexo {command} --help' for usage.", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Unknown_command_is_a_usage_error()
    {
        var result = CliRun.Run("frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("flexo: error:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        var result = CliRun.Run();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Run 'flexo --help' for usage.", result.Error);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("fmt")]
    [InlineData("parse")]
    public void Missing_path_argument_is_a_usage_error(string command)
    {
        var result = CliRun.Run(command);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"flexo {command}: error:", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("fmt")]
    [InlineData("parse")]
    public void Path_that_does_not_exist_is_a_usage_error(string command)
    {
        var missing = _temp["nope/missing.fml"];

        var result = CliRun.Run(command, missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"flexo {command}: error: no such file or folder: '{missing}'.", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Invalid_format_value_is_a_usage_error()
    {
        var result = CliRun.Run("check", "--format", "xml", _temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("xml", result.Error);
    }

    [Fact]
    public void Argument_starting_with_a_dash_is_a_path_after_double_dash()
    {
        var result = CliRun.Run("check", "--", "-odd.fml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file or folder: '-odd.fml'", result.Error);
        Assert.DoesNotContain("unknown option", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    [InlineData("fmt", "--help")]
    [InlineData("parse", "-h")]
    public void Help_is_available_on_every_command(params string[] args)
    {
        var result = CliRun.Run(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Root_help_lists_the_commands()
    {
        var result = CliRun.Run("--help");

        Assert.Contains("check", result.Out);
        Assert.Contains("fmt", result.Out);
        Assert.Contains("parse", result.Out);
    }

    [Fact]
    public void Version_prints_a_version_number()
    {
        var result = CliRun.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out);
    }

    [Fact]
    public void Unexpected_exception_is_an_internal_error_without_stack_trace()
    {
        var file = _temp.Write("a.fml", Fml.Valid);
        using var error = new StringWriter();
        using var output = new ThrowingWriter();

        var code = FlexoApp.Run(["check", file], new CliConsole(output, error));

        Assert.Equal(3, code);
        Assert.StartsWith("flexo: internal error: broken output", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Internal_error_shows_the_exception_in_debug_mode()
    {
        var file = _temp.Write("a.fml", Fml.Valid);
        using var error = new StringWriter();
        using var output = new ThrowingWriter();

        var code = FlexoApp.Run(["check", file], new CliConsole(output, error, debug: true));

        Assert.Equal(3, code);
        Assert.Contains("System.InvalidOperationException: broken output", error.ToString());
        Assert.Contains("   at ", error.ToString());
    }

    private sealed class ThrowingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new InvalidOperationException("broken output");

        public override void Write(string? value) => throw new InvalidOperationException("broken output");
    }
}
