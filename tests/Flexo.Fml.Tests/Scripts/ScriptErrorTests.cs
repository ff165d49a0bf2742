using Flexo.Fml.Scripts;

namespace Flexo.Fml.Tests.Scripts;

/// <summary>Script syntax errors: their codes, their positions, and how the parser goes on after them.</summary>
public sealed class ScriptErrorTests
{
    /// <summary>The diagnostics as <c>(line,col) CODE</c>, in order.</summary>
    private static string Errors(string text)
    {
        var script = ScriptSyntax.Parse(text);
        return string.Join(" ", script.Diagnostics.Select(d => $"({script.Text.GetLinePosition(d.Span.Start)}) {d.Code}"));
    }

    [Theory]
    [InlineData("lss \"/tmp\";", "(1,1) FML6001")]
    [InlineData("servce ResourceCenterService status;", "(1,1) FML6001")]
    [InlineData("a = 1;\n  foo bar;", "(2,3) FML6001")]
    public void An_unknown_directive_is_FML6001(string text, string expected) => Assert.Equal(expected, Errors(text));

    [Fact]
    public void The_message_of_an_unknown_directive_lists_the_directives()
    {
        var diagnostic = Assert.Single(ScriptSyntax.Parse("lss \"x\";").Diagnostics);
        Assert.Equal("Unknown directive 'lss'; the directives are " + string.Join(", ", "help history pwd ls cd execute services service activate resources load open more enter save exit".Split(' ')) + " and quit.", diagnostic.Message);
    }

    [Theory]
    [InlineData("a = 1\nb = 2;", "(1,6) FML6002")]
    [InlineData("myVMI.printHello()", "(1,19) FML6002")]
    [InlineData("cd ..\nls;", "(1,6) FML6002")]
    [InlineData("exit", "(1,5) FML6002")]
    [InlineData("context", "(1,8) FML6002")]
    [InlineData("assert x\nlog x;", "(1,9) FML6002")]
    [InlineData("a = 1 2;", "(1,7) FML6002")]
    public void A_missing_semicolon_is_FML6002_at_the_end_of_the_command(string text, string expected) => Assert.Equal(expected, Errors(text));

    [Fact]
    public void After_a_missing_semicolon_at_a_line_end_the_next_line_is_the_next_command()
    {
        var script = ScriptSyntax.Parse("a = 1\nb = 2;\ncd x\nexit;");
        Assert.Equal(["a = 1", "b = 2;", "cd x", "exit;"], script.Commands.Select(c => script.Text.ToString(c.Span)));
    }

    [Fact]
    public void A_line_read_again_as_the_next_command_is_reported_as_that_command()
    {
        // Lexed as FML with the first command, the second line would be an unterminated string (FML1002).
        Assert.Equal("(1,2) FML6002 (2,4) FML6005", Errors("a\ncd \"x // y\nexit;"));
    }

    [Fact]
    public void What_is_left_on_the_line_after_a_command_is_skipped_up_to_its_semicolon()
    {
        var script = ScriptSyntax.Parse("a = 1 2 3; b = 2;");
        Assert.Equal(["a = 1 2 3;", "b = 2;"], script.Commands.Select(c => script.Text.ToString(c.Span)));
        Assert.Equal("';' expected after the command, found 2.", Assert.Single(script.Diagnostics).Message);
    }

    [Theory]
    [InlineData("cd;", "(1,1) FML6003")]
    [InlineData("execute;", "(1,1) FML6003")]
    [InlineData("service ResourceCenterService;", "(1,9) FML6003")]
    [InlineData("activate;", "(1,1) FML6003")]
    [InlineData("load;", "(1,1) FML6003")]
    [InlineData("x = open;", "(1,5) FML6003")]
    [InlineData("enter;", "(1,1) FML6003")]
    [InlineData("more -f;", "(1,6) FML6003")]
    public void A_missing_directive_argument_is_FML6003(string text, string expected) => Assert.Equal(expected, Errors(text));

    [Theory]
    [InlineData("pwd /tmp;", "(1,5) FML6004")]
    [InlineData("ls a b;", "(1,6) FML6004")]
    [InlineData("cd a b;", "(1,6) FML6004")]
    [InlineData("load a.fml b.fml;", "(1,12) FML6004")]
    [InlineData("load -r u1 u2;", "(1,12) FML6004")]
    [InlineData("exit now;", "(1,6) FML6004")]
    [InlineData("context x;", "(1,9) FML6004")]
    public void An_extra_directive_argument_is_FML6004(string text, string expected) => Assert.Equal(expected, Errors(text));

    [Fact]
    public void The_messages_of_argument_errors_show_the_usage()
    {
        Assert.Equal("'cd' needs more arguments: cd <path>;", Assert.Single(ScriptSyntax.Parse("cd;").Diagnostics).Message);
        Assert.Equal("Too many arguments for 'pwd': pwd;", Assert.Single(ScriptSyntax.Parse("pwd x;").Diagnostics).Message);
    }

    [Theory]
    [InlineData("cd \"My Models;\nls;", "(1,4) FML6005")]
    [InlineData("cd 'x", "(1,4) FML6005")]
    public void An_unterminated_quoted_argument_is_FML6005(string text, string expected) => Assert.Equal(expected, Errors(text));

    [Theory]
    [InlineData("if (x) { log x; }\nexit;", "(1,1) FML6006")]
    [InlineData("while (true) log 1;", "(1,1) FML6006")]
    [InlineData("for(a : b) {}", "(1,1) FML6006")]
    [InlineData("return 3;", "(1,1) FML6006")]
    [InlineData("{ a = 1; b = 2; }", "(1,1) FML6006")]
    public void A_statement_is_FML6006(string text, string expected) => Assert.Equal(expected, Errors(text));

    [Fact]
    public void A_block_statement_is_skipped_whole()
    {
        var script = ScriptSyntax.Parse("if (x) { a = 1; b = 2; }\nc = 3;");
        Assert.Equal("c = 3;", script.Text.ToString(Assert.Single(script.Commands).Span));
    }

    [Theory]
    [InlineData("String s = \"a\";", "(1,1) FML6007")]
    [InlineData("int n;", "(1,1) FML6007")]
    [InlineData("Book b = vmi.new Book();", "(1,1) FML6007")]
    [InlineData("model M { }", "(1,1) FML6007")]
    [InlineData("import [\"http://a.b/c.fml\"];", "(1,1) FML6007")]
    public void A_declaration_is_FML6007(string text, string expected) => Assert.Equal(expected, Errors(text));

    [Fact]
    public void A_local_declaration_suggests_an_assignment()
    {
        Assert.Equal("Declarations are not script commands; write 's = value;' to create a script variable.",
            Assert.Single(ScriptSyntax.Parse("String s = \"a\";").Diagnostics).Message);
    }

    [Theory]
    [InlineData("x = cd ..;", "(1,5) FML6008")]
    [InlineData("x = service ResourceManager status;", "(1,5) FML6008")]
    public void Assigning_a_directive_without_value_is_FML6008(string text, string expected) => Assert.Equal(expected, Errors(text));

    [Theory]
    [InlineData("x = ;", "(1,5) FML1012")]
    [InlineData("assert;", "(1,7) FML1012")]
    [InlineData(") x;", "(1,1) FML1012")]
    [InlineData("a = b.;", "(1,7) FML1011")]
    [InlineData("log \"abc;\nexit;", "(1,5) FML1002")]
    [InlineData("a = (1 + 2;", "(1,11) FML1010")]
    public void Errors_inside_an_FML_command_are_the_parser_s_own(string text, string expected) => Assert.Equal(expected, Errors(text));

    [Theory]
    [InlineData("/* never closed\nexit;", "(1,1) FML1004")]
    [InlineData("ls /* never closed", "(1,4) FML1004")]
    public void An_unterminated_comment_is_FML1004(string text, string expected) => Assert.Equal(expected, Errors(text));

    [Fact]
    public void An_error_does_not_hide_the_commands_that_follow()
    {
        var script = ScriptSyntax.Parse("lss \"a\";\nString s = 1;\ncd;\nx = 1;\nexit;");
        Assert.Equal("FML6001 FML6007 FML6003", string.Join(" ", script.Diagnostics.Select(d => d.Code)));
        Assert.Equal(3, script.Commands.Length);
        Assert.True(script.HasErrors);
    }
}
