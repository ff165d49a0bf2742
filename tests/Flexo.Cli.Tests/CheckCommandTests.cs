using System.Text.RegularExpressions;

namespace Flexo.Cli.Tests;

public sealed partial class CheckCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [GeneratedRegex(@"^(?<path>.+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info) (?<code>FML\d{4}): (?<message>.+)$")]
    private static partial Regex DiagnosticLine();

    [Fact]
    public void Valid_file_exits_0_with_a_summary()
    {
        var file = _temp.Write("Hello.fml", Fml.Valid);

        var result = CliRun.Run("check", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Checked 1 file: 0 errors, 0 warnings."], result.OutLines);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void File_with_an_error_exits_1_and_prints_the_diagnostic_in_msbuild_shape()
    {
        var file = _temp.Write("Bad.fml", Fml.OneError);

        var result = CliRun.Run("check", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.OutLines.Count);
        var match = DiagnosticLine().Match(result.OutLines[0]);
        Assert.True(match.Success, result.OutLines[0]);
        Assert.Equal(file, match.Groups["path"].Value);
        Assert.Equal("2", match.Groups["line"].Value);
        Assert.Equal("20", match.Groups["column"].Value);
        Assert.Equal("error", match.Groups["severity"].Value);
        Assert.Equal("FML1012", match.Groups["code"].Value);
        Assert.Equal("Checked 1 file: 1 error, 0 warnings.", result.OutLines[1]);
    }

    [Fact]
    public void Path_is_printed_as_given()
    {
        _temp.Write("models/Bad.fml", Fml.OneError);
        var given = _temp.Path + Path.DirectorySeparatorChar + "models";

        var result = CliRun.Run("check", given);

        Assert.StartsWith(Path.Join(given, "Bad.fml") + "(2,20): error FML1012: ", result.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_do_not_fail_the_check()
    {
        var file = _temp.Write("W.fml", Fml.TwoWarnings);

        var result = CliRun.Run("check", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.OutLines.Count(l => l.Contains(": warning FML1032: ", StringComparison.Ordinal)));
        Assert.Equal("Checked 1 file: 0 errors, 2 warnings.", result.OutLines[^1]);
    }

    [Theory]
    [InlineData("--warnaserror")]
    [InlineData("--strict")]
    public void Warnings_fail_the_check_when_treated_as_errors(string option)
    {
        var file = _temp.Write("W.fml", Fml.TwoWarnings);

        var result = CliRun.Run("check", option, file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.OutLines.Count(l => l.Contains(": error FML1032: ", StringComparison.Ordinal)));
        Assert.Equal("Checked 1 file: 2 errors, 0 warnings.", result.OutLines[^1]);
    }

    [Fact]
    public void Several_files_are_summed_up()
    {
        _temp.Write("a/One.fml", Fml.Valid);
        _temp.Write("a/Two.fml", Fml.OneError);
        _temp.Write("b/Three.fml", Fml.OneError);
        _temp.Write("b/W.fml", Fml.TwoWarnings);

        var result = CliRun.Run("check", _temp["a"], _temp["b"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Checked 4 files: 2 errors, 2 warnings.", result.OutLines[^1]);
    }

    [Fact]
    public void Diagnostics_come_in_path_order()
    {
        _temp.Write("z.fml", Fml.OneError);
        _temp.Write("a.fml", Fml.OneError);
        _temp.Write("m/b.fml", Fml.OneError);

        var result = CliRun.Run("check", _temp.Path);

        var paths = result.OutLines.SkipLast(1).Select(l => DiagnosticLine().Match(l).Groups["path"].Value).ToList();
        Assert.Equal([_temp["a.fml"], _temp["m/b.fml"], _temp["z.fml"]], paths);
    }

    [Fact]
    public void Empty_folder_checks_zero_files_with_a_note()
    {
        var result = CliRun.Run("check", _temp.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Checked 0 files: 0 errors, 0 warnings.", result.OutLines[^1]);
        Assert.Contains("no .fml files found", result.Error);
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        var result = CliRun.RunWithInput(Fml.OneError, "check", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("<stdin>(2,20): error FML1012: ", result.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_a_diagnostic_with_its_position()
    {
        var file = _temp.WriteBytes("Enc.fml", [.. "model M {\n\tString s = \""u8, 0xFF, .. "\";\n}\n"u8]);

        var result = CliRun.Run("check", file);

        Assert.Equal(1, result.ExitCode);
        var match = DiagnosticLine().Match(result.OutLines[0]);
        Assert.True(match.Success, result.OutLines[0]);
        Assert.Equal("FML0002", match.Groups["code"].Value);
        Assert.Equal("2", match.Groups["line"].Value);
        Assert.Equal("14", match.Groups["column"].Value);
        Assert.Contains("0xFF", match.Groups["message"].Value);
        Assert.Equal("Checked 1 file: 1 error, 0 warnings.", result.OutLines[^1]);
    }

    [Fact]
    public void Byte_order_mark_is_accepted()
    {
        var file = _temp.WriteBytes("Bom.fml", [0xEF, 0xBB, 0xBF, .. "model M {\n}\n"u8]);

        var result = CliRun.Run("check", file);

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Bad_files_do_not_stop_the_others_from_being_checked()
    {
        _temp.WriteBytes("a.fml", [0xC3]);
        _temp.Write("b.fml", Fml.OneError);

        var result = CliRun.Run("check", _temp.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.Contains("FML0002", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.Contains("FML1012", StringComparison.Ordinal));
        Assert.Equal("Checked 2 files: 2 errors, 0 warnings.", result.OutLines[^1]);
    }
}
