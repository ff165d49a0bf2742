using Flexo.Cli.Files;
using Flexo.Fml.Syntax;

namespace Flexo.Cli.Tests;

/// <summary>
/// The mechanics of <c>flexo fmt</c>. Most tests replace the formatter by a simple text transformation so that they
/// do not depend on the normalized layout, which has tests of its own in Flexo.Fml.Tests.
/// </summary>
public sealed class FormatCommandTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A stand-in formatter: spaces around '=' collapse, so "a  =  b" changes and "a = b" does not.</summary>
    private static string Squeeze(SyntaxTree tree) => tree.ToFullString().Replace("  =  ", " = ", StringComparison.Ordinal);

    private const string Unformatted = "model Hello {\n\tString greeting  =  \"hello\";\n}\n";

    private string WriteOld(string relative, string text)
    {
        var path = _temp.Write(relative, text);
        File.SetLastWriteTimeUtc(path, LongAgo);
        return path;
    }

    [Fact]
    public void Changed_file_is_rewritten()
    {
        var file = WriteOld("Hello.fml", Unformatted);

        var result = CliRun.RunWithFormatter(Squeeze, "fmt", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Fml.Valid, File.ReadAllText(file));
        Assert.Equal([$"Formatted {file}", "Formatted 1 of 1 file."], result.OutLines);
    }

    [Fact]
    public void Unchanged_file_keeps_its_bytes_and_its_modification_time()
    {
        var file = WriteOld("Hello.fml", Fml.Valid);

        var result = CliRun.RunWithFormatter(Squeeze, "fmt", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Fml.Valid, File.ReadAllText(file));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(file));
        Assert.Equal(["Formatted 0 of 1 file."], result.OutLines);
    }

    [Fact]
    public void Real_formatter_leaves_a_formatted_file_untouched()
    {
        var file = WriteOld("Hello.fml", Fml.Valid);
        var first = CliRun.Run("fmt", file);
        Assert.Equal(0, first.ExitCode);
        var formatted = File.ReadAllBytes(file);
        File.SetLastWriteTimeUtc(file, LongAgo);

        var second = CliRun.Run("fmt", file);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(formatted, File.ReadAllBytes(file));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(file));
        Assert.Equal(0, CliRun.Run("fmt", "--check", file).ExitCode);
    }

    [Fact]
    public void Check_exits_1_and_lists_the_files_that_would_change_without_writing()
    {
        var bad = WriteOld("a/Bad.fml", Unformatted);
        var good = WriteOld("a/Good.fml", Fml.Valid);

        var result = CliRun.RunWithFormatter(Squeeze, "fmt", "--check", _temp["a"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"Would reformat {bad}", "1 of 2 files would be reformatted."], result.OutLines);
        Assert.Equal(Unformatted, File.ReadAllText(bad));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(bad));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(good));
    }

    [Fact]
    public void Check_exits_0_when_everything_is_formatted()
    {
        var file = WriteOld("Good.fml", Fml.Valid);

        var result = CliRun.RunWithFormatter(Squeeze, "fmt", "--check", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["0 of 1 file would be reformatted."], result.OutLines);
    }

    [Fact]
    public void File_with_syntax_errors_is_never_formatted()
    {
        var text = "model Bad {\n\tString greeting  =  ;\n}\n";
        var file = WriteOld("Bad.fml", text);

        var result = CliRun.RunWithFormatter(Squeeze, "fmt", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(text, File.ReadAllText(file));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(file));
        Assert.Contains($"{file}(2,22): error FML1012: ", result.Error);
        Assert.Contains($"{file}: not formatted: the file has errors.", result.Error);
        Assert.Equal(["Formatted 0 of 1 file; 1 file skipped because of errors."], result.OutLines);
    }

    [Fact]
    public void Files_with_errors_do_not_stop_the_others_from_being_formatted()
    {
        WriteOld("a/Bad.fml", Fml.OneError);
        var good = WriteOld("a/Good.fml", Unformatted);

        var result = CliRun.RunWithFormatter(Squeeze, "fmt", _temp["a"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(Fml.Valid, File.ReadAllText(good));
    }

    [Fact]
    public void Check_also_fails_on_files_with_errors()
    {
        var file = WriteOld("Bad.fml", Fml.OneError);

        var result = CliRun.RunWithFormatter(Squeeze, "fmt", "--check", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FML1012", result.Error);
    }

    [Fact]
    public void Atomic_write_leaves_no_temporary_file_behind()
    {
        WriteOld("m/A.fml", Unformatted);
        WriteOld("m/B.fml", Unformatted);
        WriteOld("m/C.fml", Fml.Valid);

        var result = CliRun.RunWithFormatter(Squeeze, "fmt", _temp.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["m/A.fml", "m/B.fml", "m/C.fml"], _temp.AllFiles());
    }

    [Fact]
    public void Failed_write_is_reported_and_leaves_no_temporary_file()
    {
        var file = WriteOld("gone/A.fml", Unformatted);

        // The folder disappears between reading and writing: the write must fail cleanly.
        var result = CliRun.RunWithFormatter(
            tree =>
            {
                Directory.Delete(_temp["gone"], recursive: true);
                return Squeeze(tree);
            },
            "fmt",
            file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}(1,1): error FML0003: Cannot write the formatted file: ", result.Error);
        Assert.Empty(_temp.AllFiles());
    }

    [Fact]
    public void Formatter_output_that_does_not_parse_is_refused()
    {
        var file = WriteOld("A.fml", Unformatted);

        var result = CliRun.RunWithFormatter(tree => tree.ToFullString() + "}", "fmt", file);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(Unformatted, File.ReadAllText(file));
        Assert.Contains("error FML0004: Internal formatter error: the formatted text does not parse", result.Error);
    }

    [Fact]
    public void Formatter_exception_is_reported_and_the_file_kept()
    {
        var file = WriteOld("A.fml", Unformatted);

        var result = CliRun.RunWithFormatter(_ => throw new NotSupportedException("no way"), "fmt", file);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(Unformatted, File.ReadAllText(file));
        Assert.Contains("error FML0004: Internal formatter error: NotSupportedException: no way;", result.Error);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdout_prints_the_formatted_text_and_writes_nothing()
    {
        var file = WriteOld("A.fml", Unformatted);

        var result = CliRun.RunWithFormatter(Squeeze, "fmt", "--stdout", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Fml.Valid, result.Out);
        Assert.Equal(Unformatted, File.ReadAllText(file));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(file));
    }

    [Fact]
    public void Stdout_prints_nothing_for_a_file_with_errors()
    {
        var file = WriteOld("A.fml", Fml.OneError);

        var result = CliRun.RunWithFormatter(Squeeze, "fmt", "--stdout", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("FML1012", result.Error);
    }

    [Fact]
    public void Stdout_needs_exactly_one_file()
    {
        WriteOld("A.fml", Fml.Valid);
        WriteOld("B.fml", Fml.Valid);

        var result = CliRun.RunWithFormatter(Squeeze, "fmt", "--stdout", _temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--stdout needs exactly one file", result.Error);
    }

    [Fact]
    public void Check_and_stdout_cannot_be_combined()
    {
        var file = WriteOld("A.fml", Fml.Valid);

        var result = CliRun.Run("fmt", "--check", "--stdout", file);

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Standard_input_is_formatted_to_standard_output()
    {
        var result = CliRun.Run(["fmt", "-"], "model Hello {\n\tString greeting  =  \"hello\";\n}\n"u8.ToArray(), Squeeze);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Fml.Valid, result.Out);
    }

    [Fact]
    public void Byte_order_mark_is_kept()
    {
        var file = _temp.WriteBytes("Bom.fml", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Unformatted)]);

        var result = CliRun.RunWithFormatter(Squeeze, "fmt", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Fml.Valid)], File.ReadAllBytes(file));
    }

    [Fact]
    public void Unix_permissions_are_kept()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var file = WriteOld("A.fml", Unformatted);
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(file, mode);

        var result = CliRun.RunWithFormatter(Squeeze, "fmt", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(mode, File.GetUnixFileMode(file));
    }

    [Fact]
    public void Symbolic_link_stays_a_link_and_its_target_is_formatted()
    {
        var target = WriteOld("real/A.fml", Unformatted);
        var link = _temp["Link.fml"];
        File.CreateSymbolicLink(link, target);

        var result = CliRun.RunWithFormatter(Squeeze, "fmt", link);

        Assert.Equal(0, result.ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(Fml.Valid, File.ReadAllText(target));
    }

    [Fact]
    public void Atomic_file_replaces_content_in_place()
    {
        var file = _temp.Write("A.fml", "old");

        AtomicFile.WriteAllText(file, "new", byteOrderMark: false);

        Assert.Equal("new"u8.ToArray(), File.ReadAllBytes(file));
        Assert.Equal(["A.fml"], _temp.AllFiles());
    }
}
