using System.Text.Json;

namespace Flexo.Cli.Tests;

public sealed class JsonOutputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Json_output_is_one_document_with_files_diagnostics_and_totals()
    {
        _temp.Write("a/Good.fml", Fml.Valid);
        _temp.Write("a/Bad.fml", Fml.OneError);
        _temp.Write("a/W.fml", Fml.TwoWarnings);

        var result = CliRun.Run("check", "--format", "json", _temp["a"]);

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());

        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal([_temp["a/Bad.fml"], _temp["a/Good.fml"], _temp["a/W.fml"]], files.Select(f => f.GetProperty("path").GetString()));
        Assert.Equal([1, 0, 0], files.Select(f => f.GetProperty("errors").GetInt32()));
        Assert.Equal([0, 0, 2], files.Select(f => f.GetProperty("warnings").GetInt32()));

        var summary = root.GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("files").GetInt32());
        Assert.Equal(1, summary.GetProperty("filesWithErrors").GetInt32());
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
        Assert.Equal(2, summary.GetProperty("warnings").GetInt32());
        Assert.Equal(0, summary.GetProperty("infos").GetInt32());
        Assert.Equal(3, root.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Json_diagnostic_has_code_severity_message_and_range()
    {
        var file = _temp.Write("Bad.fml", Fml.OneError);

        var result = CliRun.Run("check", file, "--format", "json");

        using var document = JsonDocument.Parse(result.Out);
        var diagnostic = Assert.Single(document.RootElement.GetProperty("diagnostics").EnumerateArray().ToList());
        Assert.Equal(file, diagnostic.GetProperty("path").GetString());
        Assert.Equal("FML1012", diagnostic.GetProperty("code").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("Expression expected, found ';'.", diagnostic.GetProperty("message").GetString());
        Assert.Equal(2, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(20, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal(2, diagnostic.GetProperty("endLine").GetInt32());
        Assert.Equal(21, diagnostic.GetProperty("endColumn").GetInt32());
    }

    [Fact]
    public void Json_output_of_a_valid_file_exits_0_and_prints_nothing_else()
    {
        var file = _temp.Write("Good.fml", Fml.Valid);

        var result = CliRun.Run("check", "--format", "json", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal(0, document.RootElement.GetProperty("diagnostics").GetArrayLength());
        Assert.Equal(1, document.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
    }

    [Fact]
    public void Json_output_escapes_what_must_be_escaped()
    {
        var file = _temp.Write("Quote\"d.fml", Fml.OneError);

        var result = CliRun.Run("check", "--format", "json", file);

        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal(file, document.RootElement.GetProperty("files")[0].GetProperty("path").GetString());
    }
}
