namespace Flexo.Cli.Tests;

public sealed class ParseCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Tree_is_printed_with_positions()
    {
        var file = _temp.Write("Hello.fml", Fml.Valid);

        var result = CliRun.Run("parse", file, "--tree");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("CompilationUnit [1:1-4:1]\n  ModelDeclaration [1:1-3:2]\n    ModelKeyword \"model\" [1:1]\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("IdentifierToken \"greeting\" [2:9]", result.Out);
    }

    [Fact]
    public void Tree_is_the_default()
    {
        var file = _temp.Write("Hello.fml", Fml.Valid);

        Assert.Equal(CliRun.Run("parse", file, "--tree").Out, CliRun.Run("parse", file).Out);
    }

    [Fact]
    public void Tokens_are_printed_with_their_trivia()
    {
        var file = _temp.Write("Hello.fml", Fml.Valid);

        var result = CliRun.Run("parse", file, "--tokens");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("ModelKeyword \"model\" [1:1]", result.OutLines[0]);
        Assert.Equal("  trailing WhitespaceTrivia \" \" [1:6]", result.OutLines[1]);
        Assert.Contains("  leading WhitespaceTrivia \"\\t\" [2:1]", result.OutLines);
        Assert.Contains("StringLiteralToken \"\\\"hello\\\"\" [2:20]", result.OutLines);
        Assert.DoesNotContain(result.OutLines, l => l.StartsWith("CompilationUnit", StringComparison.Ordinal));
    }

    [Fact]
    public void Diagnostics_follow_the_tree_and_set_the_exit_code()
    {
        var file = _temp.Write("Bad.fml", Fml.OneError);

        var result = CliRun.Run("parse", file, "--tree");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("SemicolonToken \";\" [2:20]", result.Out);
        Assert.Equal($"{file}(2,20): error FML1012: Expression expected, found ';'.", result.OutLines[^1]);
    }

    [Fact]
    public void Resource_folder_with_one_file_is_accepted()
    {
        _temp.Write("Hello.fml/Hello.fml", Fml.Valid);

        var result = CliRun.Run("parse", _temp["Hello.fml"]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("CompilationUnit", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_with_several_files_is_a_usage_error()
    {
        _temp.Write("A.fml", Fml.Valid);
        _temp.Write("B.fml", Fml.Valid);

        var result = CliRun.Run("parse", _temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a folder holding 2 .fml files", result.Error);
    }

    [Fact]
    public void Only_one_file_is_accepted()
    {
        var a = _temp.Write("A.fml", Fml.Valid);
        var b = _temp.Write("B.fml", Fml.Valid);

        var result = CliRun.Run("parse", a, b);

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Invalid_utf8_prints_the_diagnostic_without_a_tree()
    {
        var file = _temp.WriteBytes("E.fml", [0x6D, 0xFF]);

        var result = CliRun.Run("parse", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"{file}(1,2): error FML0002: The file is not valid UTF-8: invalid byte 0xFF at byte offset 1; FML files must be saved as UTF-8."], result.OutLines);
    }
}
