using System.Text.Json;
using Flexo.Cli.Commands;
using Flexo.Resources;

namespace Flexo.Cli.Tests;

public sealed class CheckResourceCenterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private void Marker(string root, string baseUri) => _temp.Write(root + "/" + ResourceNames.MarkerFile, baseUri + "\n");

    private static string Model(string name) => $"model {name} {{\n}}\n";

    [Fact]
    public void Several_resource_centers_are_checked_together()
    {
        Marker("stock", "http://example.org/stock");
        _temp.Write("stock/Stock.fml/Stock.fml", Model("Stock"));
        Marker("shop", "http://example.org/shop");
        _temp.Write("shop/Shop.fml/Shop.fml", "import [\"http://example.org/stock/Stock.fml\"];\nmodel Shop {\n\tStock stock with ModelInstance();\n}\n");
        _temp.Write("shop/Bad.fml", Fml.OneError);

        var result = CliRun.Run("check", _temp["shop"], _temp["stock"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                _temp["shop/Bad.fml"] + "(2,20): error FML1012: Expression expected, found ';'.",
                "Checked 3 files: 1 error, 0 warnings.",
            ],
            result.OutLines);
    }

    [Fact]
    public void Json_lists_files_with_their_uris_the_resource_centers_and_the_instances()
    {
        Marker("stock", "http://example.org/stock");
        _temp.Write("stock/Stock.fml/Stock.fml", Model("Stock"));
        _temp.Write("stock/Stock.fml/Depot.fml/Depot.fml", Fml.OneError);
        _temp.Write("stock/Runs/Demo.fml.rt/Demo.fml.rt.xml", "<FMLRTVirtualModelInstance/>");
        _temp.Write("loose/W.fml", Fml.TwoWarnings);

        var result = CliRun.Run("check", "--format", "json", _temp["stock"], _temp["loose/W.fml"]);

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(
            [_temp["stock/Stock.fml/Stock.fml"], _temp["stock/Stock.fml/Depot.fml/Depot.fml"], _temp["loose/W.fml"]],
            files.Select(f => f.GetProperty("path").GetString()));
        Assert.Equal(
            [
                "http://example.org/stock/Stock.fml",
                "http://example.org/stock/Stock.fml/Depot.fml",
                ResourceUris.DefaultBaseUri(_temp["loose"]) + "/W.fml",
            ],
            files.Select(f => f.GetProperty("uri").GetString()));
        Assert.Equal([0, 1, 0], files.Select(f => f.GetProperty("errors").GetInt32()));

        var summary = root.GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("files").GetInt32());
        Assert.Equal(1, summary.GetProperty("filesWithErrors").GetInt32());
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
        Assert.Equal(2, summary.GetProperty("warnings").GetInt32());

        var centers = root.GetProperty("resourceCenters").EnumerateArray().ToList();
        Assert.Equal(["http://example.org/stock", ResourceUris.DefaultBaseUri(_temp["loose"])],
            centers.Select(c => c.GetProperty("baseUri").GetString()));
        Assert.Equal(["marker", "default"], centers.Select(c => c.GetProperty("baseUriFrom").GetString()));

        var instance = Assert.Single(root.GetProperty("instances").EnumerateArray().ToList());
        Assert.Equal(_temp["stock/Runs/Demo.fml.rt"], instance.GetProperty("path").GetString());
        Assert.Equal("http://example.org/stock/Runs/Demo.fml.rt", instance.GetProperty("uri").GetString());
    }

    [Fact]
    public void Model_folder_without_its_source_is_fml0005()
    {
        _temp.Write("rc/Broken.fml/.metadata", "x=y\n");
        _temp.Write("rc/Good.fml/Good.fml", Model("Good"));

        var result = CliRun.Run("check", _temp["rc"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                _temp["rc/Broken.fml"] + "(1,1): error FML0005: Incomplete resource folder: the model folder has no source file 'Broken.fml'.",
                "Checked 2 files: 1 error, 0 warnings.",
            ],
            result.OutLines);
    }

    [Fact]
    public void Instance_folder_without_its_data_file_is_fml0005()
    {
        _temp.Write("rc/Run.fml.rt/notes.txt", "x");

        var result = CliRun.Run("check", _temp["rc"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(_temp["rc/Run.fml.rt"] + "(1,1): error FML0005: Incomplete resource folder: the instance folder has no data file 'Run.fml.rt.xml'.",
            result.OutLines[0]);
    }

    [Fact]
    public void Stray_fml_file_in_a_model_folder_is_a_warning_fml0006()
    {
        _temp.Write("rc/A.fml/A.fml", Model("A"));
        _temp.Write("rc/A.fml/Old.fml", Model("Old"));

        var lenient = CliRun.Run("check", _temp["rc"]);
        var strict = CliRun.Run("check", "--warnaserror", _temp["rc"]);

        Assert.Equal(0, lenient.ExitCode);
        Assert.StartsWith(_temp["rc/A.fml/Old.fml"] + "(1,1): warning FML0006: File ignored: ", lenient.OutLines[0], StringComparison.Ordinal);
        Assert.Equal("Checked 2 files: 0 errors, 1 warning.", lenient.OutLines[^1]);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains(": error FML0006: ", strict.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_link_is_an_info_fml0007_that_never_fails()
    {
        _temp.Write("rc/real/A.fml", Model("A"));
        Directory.CreateSymbolicLink(_temp["rc/alias"], _temp["rc/real"]);

        var result = CliRun.Run("check", "--strict", _temp["rc"]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(_temp["rc/alias"] + "(1,1): info FML0007: Folder not scanned: ", result.OutLines[0], StringComparison.Ordinal);
        Assert.Equal("Checked 2 files: 0 errors, 0 warnings, 1 info.", result.OutLines[^1]);
    }

    [Fact]
    public void Empty_marker_file_is_a_warning_fml0008()
    {
        _temp.Write("rc/" + ResourceNames.MarkerFile, "\n");
        _temp.Write("rc/A.fml", Model("A"));

        var result = CliRun.Run("check", _temp["rc"]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(_temp["rc/" + ResourceNames.MarkerFile] + "(1,1): warning FML0008: Marker file ignored: ",
            result.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_folder_is_fml0001_unless_running_as_superuser()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _temp.Write("rc/locked/A.fml", Model("A"));
        var locked = _temp["rc/locked"];
        CliResult result;
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            result = CliRun.Run("check", _temp["rc"]);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        if (Environment.IsPrivilegedProcess)
        {
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(["Checked 1 file: 0 errors, 0 warnings."], result.OutLines);
        }
        else
        {
            Assert.Equal(1, result.ExitCode);
            Assert.Equal(locked + "(1,1): error FML0001: Cannot read the folder: permission denied.", result.OutLines[0]);
        }
    }

    [Fact]
    public void Contained_model_checked_alone_sees_its_containers_names_and_is_the_only_file_reported()
    {
        _temp.Write("rc/Library.fml/Library.fml", "model Library {\n\tint max;\n\tconcept Book {\n\t}\n\tWarehouse broken;\n}\n");
        _temp.Write("rc/Library.fml/Loans.fml/Loans.fml", "model Loans {\n\tconcept Loan {\n\t\tBook book;\n\t}\n}\n");

        var alone = CliRun.Run("check", _temp["rc/Library.fml/Loans.fml"]);
        var whole = CliRun.Run("check", _temp["rc"]);

        Assert.Equal(0, alone.ExitCode);
        Assert.Equal(["Checked 1 file: 0 errors, 0 warnings."], alone.OutLines);
        Assert.Equal(1, whole.ExitCode);
        Assert.Equal("Checked 2 files: 1 error, 0 warnings.", whole.OutLines[^1]);
    }

    [Fact]
    public void Syntax_only_reports_syntax_errors_and_file_problems_but_not_semantic_errors()
    {
        _temp.Write("rc/Bad.fml", Fml.OneError);
        _temp.Write("rc/Empty.fml/readme.txt", "x");
        _temp.Write("rc/Shop.fml", Fml.UnknownType);

        var full = CliRun.Run("check", _temp["rc"]);
        var syntaxOnly = CliRun.Run("check", "--syntax-only", _temp["rc"]);

        Assert.Contains(_temp["rc/Shop.fml"] + "(2,2): error FML2001: Unknown type 'Warehouse': no concept, enum, model, imported type or Java type has this name.",
            full.OutLines);
        Assert.Equal("Checked 3 files: 3 errors, 0 warnings.", full.OutLines[^1]);
        Assert.Equal(1, syntaxOnly.ExitCode);
        Assert.Contains(": error FML1012: ", syntaxOnly.OutLines[0], StringComparison.Ordinal);
        Assert.Contains(": error FML0005: ", syntaxOnly.OutLines[1], StringComparison.Ordinal);
        Assert.Equal("Checked 3 files: 2 errors, 0 warnings.", syntaxOnly.OutLines[^1]);
    }

    [Fact]
    public void Import_of_a_model_in_another_resource_center_resolves_only_when_that_center_is_checked_too()
    {
        Marker("stock", "http://example.org/stock/");
        _temp.Write("stock/Stock.fml/Stock.fml", "public model Stock {\n\tint units;\n}\n");
        Marker("shop", "http://example.org/shop");
        _temp.Write("shop/Shop.fml/Shop.fml",
            "import [\"http://example.org/stock/Stock.fml\"] as S;\nmodel Shop {\n\tStock stock;\n}\n");

        var together = CliRun.Run("check", _temp["shop"], _temp["stock"]);
        var alone = CliRun.Run("check", _temp["shop"]);

        Assert.Equal(["Checked 2 files: 0 errors, 0 warnings."], together.OutLines);
        Assert.Equal(1, alone.ExitCode);
        Assert.Contains(alone.OutLines, l => l.StartsWith(_temp["shop/Shop.fml/Shop.fml"] + "(1,9): error FML2018: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, false, false, false)]
    [InlineData(true, false, true, false)]
    [InlineData(false, true, false, true)]
    public void Options_reach_the_compilation(bool syntaxOnly, bool strict, bool expectedSyntaxOnly, bool expectedStrict)
    {
        var options = new CheckOptions(SyntaxOnly: syntaxOnly, Strict: strict).ToCompilationOptions();

        Assert.Equal((expectedSyntaxOnly, expectedStrict), (options.SyntaxOnly, options.Strict));
    }

    [Fact]
    public void Standard_input_and_folders_are_checked_together()
    {
        _temp.Write("rc/A.fml", Fml.OneError);

        var result = CliRun.RunWithInput(Fml.OneError, "check", "-", _temp["rc"]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("<stdin>(2,20): error FML1012: ", result.OutLines[0], StringComparison.Ordinal);
        Assert.StartsWith(_temp["rc/A.fml"] + "(2,20): error FML1012: ", result.OutLines[1], StringComparison.Ordinal);
        Assert.Equal("Checked 2 files: 2 errors, 0 warnings.", result.OutLines[^1]);
    }

    [Fact]
    public void Package_folders_are_skipped()
    {
        _temp.Write("rc/node_modules/x/A.fml", Fml.OneError);
        _temp.Write("rc/B.fml", Model("B"));

        var result = CliRun.Run("check", _temp["rc"]);

        Assert.Equal(["Checked 1 file: 0 errors, 0 warnings."], result.OutLines);
    }
}
