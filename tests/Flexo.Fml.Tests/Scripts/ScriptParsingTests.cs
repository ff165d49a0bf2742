using Flexo.Fml.Scripts;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Tests.Scripts;

/// <summary>Every command kind of the script language (FML.md §8.5, docs/scripts.md), parsed from small scripts.</summary>
public sealed class ScriptParsingTests
{
    private static ScriptSyntax ParseClean(string text)
    {
        var script = ScriptSyntax.Parse(text, "test.fmlscript");
        Assert.True(script.Diagnostics.IsEmpty, ScriptDump.Write(script));
        return script;
    }

    private static T Single<T>(string text)
        where T : ScriptCommand => Assert.IsType<T>(Assert.Single(ParseClean(text).Commands));

    [Fact]
    public void An_assignment_of_a_new_model_instance_is_an_expression_command_naming_its_variable()
    {
        var command = Single<ScriptExpressionCommand>("myVMI = new HelloWorld() with (name=\"test1\");");
        Assert.Equal("myVMI", command.AssignedVariable);
        var assignment = Assert.IsType<AssignmentExpressionSyntax>(command.Expression);
        var creation = Assert.IsType<ObjectCreationExpressionSyntax>(assignment.Right);
        Assert.NotNull(creation.WithArguments);
    }

    [Fact]
    public void A_creation_in_an_instance_with_a_named_scheme_is_an_assignment()
    {
        var command = Single<ScriptExpressionCommand>("a = myVMI.new ConceptA::init();");
        var creation = Assert.IsType<ObjectCreationExpressionSyntax>(Assert.IsType<AssignmentExpressionSyntax>(command.Expression).Right);
        Assert.Equal("myVMI", creation.Receiver!.ToString());
        Assert.Equal("init", creation.Constructor!.Identifier.Text);
    }

    [Fact]
    public void A_call_is_an_expression_command_without_variable()
    {
        var command = Single<ScriptExpressionCommand>("myVMI.printHello();");
        Assert.Null(command.AssignedVariable);
        Assert.IsType<InvocationExpressionSyntax>(command.Expression);
    }

    [Fact]
    public void A_bare_expression_is_a_command()
    {
        var command = Single<ScriptExpressionCommand>("x.name;");
        Assert.IsType<MemberAccessExpressionSyntax>(command.Expression);
    }

    [Fact]
    public void A_compound_assignment_names_no_new_variable()
    {
        var command = Single<ScriptExpressionCommand>("total += 2;");
        Assert.Null(command.AssignedVariable);
    }

    [Theory]
    [InlineData("x = select unique A from vmi where (selected.n == 2);", SyntaxKind.SelectExpression)]
    [InlineData("log x.n;", SyntaxKind.LogExpression)]
    [InlineData("log(\"done\");", SyntaxKind.LogExpression)]
    [InlineData("delete a;", SyntaxKind.DeleteExpression)]
    [InlineData("fire new Ping(1);", SyntaxKind.FireExpression)]
    [InlineData("s = begin match A from vmi;", SyntaxKind.BeginMatchExpression)]
    [InlineData("match A in s from vmi where (n = 1) create::init(1);", SyntaxKind.MatchExpression)]
    [InlineData("end match A in s delete::d();", SyntaxKind.EndMatchExpression)]
    [InlineData("FMLRT::NewInstance(conceptType=c, container=vmi);", SyntaxKind.TechnologyActionExpression)]
    [InlineData("notify \"n\" in a;", SyntaxKind.NotifyExpression)]
    public void FML_actions_are_expression_commands(string text, SyntaxKind kind)
    {
        var command = Single<ScriptExpressionCommand>(text);
        var expression = command.Expression is AssignmentExpressionSyntax assignment ? assignment.Right : command.Expression;
        Assert.Equal(kind, expression.Kind);
    }

    [Fact]
    public void An_assertion_has_a_condition()
    {
        var command = Single<ScriptAssertCommand>("assert total == 12;");
        Assert.Equal("total == 12", command.Condition.ToString());
        Assert.Null(command.Message);
    }

    [Fact]
    public void An_assertion_may_have_a_message_after_a_colon()
    {
        var command = Single<ScriptAssertCommand>("assert a.n > 1 ? true : false : \"n is \" + a.n;");
        Assert.Equal(SyntaxKind.ConditionalExpression, command.Condition.Kind);
        Assert.Equal("\"n is \" + a.n", command.Message!.ToString());
    }

    [Fact]
    public void An_assertion_condition_may_be_parenthesised_right_after_the_word()
    {
        var command = Single<ScriptAssertCommand>("assert(x != null);");
        Assert.Equal("(x != null)", command.Condition.ToString());
    }

    [Fact]
    public void Context_is_a_command_of_its_own()
    {
        Single<ScriptContextCommand>("context;");
    }

    [Theory]
    [InlineData("help;", ScriptDirectiveKind.Help, "")]
    [InlineData("history;", ScriptDirectiveKind.History, "")]
    [InlineData("pwd;", ScriptDirectiveKind.Pwd, "")]
    [InlineData("ls;", ScriptDirectiveKind.Ls, "")]
    [InlineData("ls models/*.fml;", ScriptDirectiveKind.Ls, "models/*.fml")]
    [InlineData("cd ..;", ScriptDirectiveKind.Cd, "..")]
    [InlineData("cd /tmp/rc;", ScriptDirectiveKind.Cd, "/tmp/rc")]
    [InlineData("execute other.fmlscript;", ScriptDirectiveKind.Execute, "other.fmlscript")]
    [InlineData("services;", ScriptDirectiveKind.Services, "")]
    [InlineData("service ResourceCenterService add_temp_rc;", ScriptDirectiveKind.Service, "ResourceCenterService|add_temp_rc")]
    [InlineData("service ResourceCenterService add_rc -d /tmp/rc;", ScriptDirectiveKind.Service, "ResourceCenterService|add_rc|-d|/tmp/rc")]
    [InlineData("service ResourceManager status;", ScriptDirectiveKind.Service, "ResourceManager|status")]
    [InlineData("activate FMLRTTechnologyAdapter;", ScriptDirectiveKind.Activate, "FMLRTTechnologyAdapter")]
    [InlineData("resources;", ScriptDirectiveKind.Resources, "")]
    [InlineData("resources FML *;", ScriptDirectiveKind.Resources, "FML|*")]
    [InlineData("load Models/Hello.fml;", ScriptDirectiveKind.Load, "Models/Hello.fml")]
    [InlineData("load -r;", ScriptDirectiveKind.Load, "-r")]
    [InlineData("load -r http://www.openflexo.org/test/Hello.fml;", ScriptDirectiveKind.Load, "-r|http://www.openflexo.org/test/Hello.fml")]
    [InlineData("open Project.prj;", ScriptDirectiveKind.Open, "Project.prj")]
    [InlineData("open -r http://a.b/p.prj;", ScriptDirectiveKind.Open, "-r|http://a.b/p.prj")]
    [InlineData("more;", ScriptDirectiveKind.More, "")]
    [InlineData("more -r http://a.b/c.fml;", ScriptDirectiveKind.More, "-r|http://a.b/c.fml")]
    [InlineData("more -f Models/Hello.fml;", ScriptDirectiveKind.More, "-f|Models/Hello.fml")]
    [InlineData("enter -f Models/Hello.fml;", ScriptDirectiveKind.Enter, "-f|Models/Hello.fml")]
    [InlineData("exit;", ScriptDirectiveKind.Exit, "")]
    [InlineData("quit;", ScriptDirectiveKind.Quit, "")]
    public void Directives_keep_their_raw_arguments(string text, ScriptDirectiveKind kind, string arguments)
    {
        var directive = Single<ScriptDirective>(text);
        Assert.Equal(kind, directive.Kind);
        Assert.Equal(arguments, string.Join("|", directive.Arguments.Select(a => a.Value)));
        Assert.Null(directive.Expression);
        Assert.Null(directive.AssignedVariable);
        Assert.Equal(text.Split(' ', ';')[0], text[directive.NameSpan.Start..directive.NameSpan.End]);
    }

    [Fact]
    public void A_url_argument_keeps_its_double_slash()
    {
        var directive = Single<ScriptDirective>("load -r http://a.b/c.fml; // the model");
        Assert.Equal("http://a.b/c.fml", directive.Arguments[1].Value);
        Assert.False(directive.Arguments[1].IsQuoted);
        Assert.True(directive.Arguments[0].IsOption);
        Assert.False(directive.Arguments[1].IsOption);
    }

    [Fact]
    public void A_quoted_argument_may_hold_spaces_semicolons_and_escaped_quotes()
    {
        var directive = Single<ScriptDirective>("cd \"My Models; \\\"v2\\\"\";");
        var argument = Assert.Single(directive.Arguments);
        Assert.True(argument.IsQuoted);
        Assert.Equal("My Models; \"v2\"", argument.Value);
        Assert.Equal(3, argument.Span.Start);
    }

    [Fact]
    public void A_single_quoted_argument_keeps_backslashes_of_windows_paths()
    {
        var directive = Single<ScriptDirective>(@"cd 'C:\models\rc';");
        Assert.Equal(@"C:\models\rc", Assert.Single(directive.Arguments).Value);
    }

    [Fact]
    public void A_quoted_option_is_not_an_option()
    {
        var directive = Single<ScriptDirective>("load \"-r\";");
        Assert.False(Assert.Single(directive.Arguments).IsOption);
    }

    [Theory]
    [InlineData("m = load -r http://a.b/c.fml;", ScriptDirectiveKind.Load)]
    [InlineData("m = load Models/Hello.fml;", ScriptDirectiveKind.Load)]
    [InlineData("p = open Project.prj;", ScriptDirectiveKind.Open)]
    [InlineData("v = enter -r http://a.b/c.fml;", ScriptDirectiveKind.Enter)]
    public void Load_open_and_enter_can_be_assigned(string text, ScriptDirectiveKind kind)
    {
        var directive = Single<ScriptDirective>(text);
        Assert.Equal(kind, directive.Kind);
        Assert.Equal(text[..1], directive.AssignedVariable);
        Assert.Equal(0, directive.Span.Start);
    }

    [Fact]
    public void More_and_enter_followed_by_an_expression_parse_it()
    {
        var script = ParseClean("more vmi.conceptType.name;\nx = enter a.b(1) + \"//\";");
        var more = Assert.IsType<ScriptDirective>(script.Commands[0]);
        Assert.Equal(ScriptDirectiveKind.More, more.Kind);
        Assert.Empty(more.Arguments);
        Assert.Equal("vmi.conceptType.name", more.Expression!.ToString());
        var enter = Assert.IsType<ScriptDirective>(script.Commands[1]);
        Assert.Equal("x", enter.AssignedVariable);
        Assert.Equal(SyntaxKind.BinaryExpression, enter.Expression!.Kind);
    }

    [Theory]
    [InlineData("ls = 3;")]
    [InlineData("cd += 1;")]
    [InlineData("help++;")]
    [InlineData("load.size();")]
    [InlineData("pwd == x;")]
    [InlineData("x = ls;")]
    [InlineData("context = 2;")]
    [InlineData("services(3);")]
    public void A_directive_word_used_as_a_variable_is_an_expression(string text)
    {
        Single<ScriptExpressionCommand>(text);
    }

    [Fact]
    public void Commands_may_share_a_line_span_several_lines_and_be_separated_by_comments()
    {
        var script = ParseClean("""
            // set up
            a = 1; b = 2; /* two at once */
            c = a
              + b; // spread
            ;;
            assert c == 3;
            """);
        Assert.Equal(4, script.Commands.Length);
        Assert.Equal(new Text.LinePosition(2, 8), script.Commands[1].Position);
        Assert.Equal("c = a\n  + b;", script.Text.ToString(script.Commands[2].Span).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_semicolon_inside_a_string_or_a_comment_does_not_end_a_command()
    {
        var script = ParseClean("log \"a;b\" /* ; */ + ';' // ;\n + 'c';");
        var command = Assert.IsType<ScriptExpressionCommand>(Assert.Single(script.Commands));
        Assert.Equal(SyntaxKind.LogExpression, command.Expression.Kind);
    }

    [Fact]
    public void Positions_of_expressions_are_offsets_in_the_script()
    {
        var script = ParseClean("cd x;\n  y = a.b;");
        var command = Assert.IsType<ScriptExpressionCommand>(script.Commands[1]);
        var right = ((AssignmentExpressionSyntax)command.Expression).Right;
        Assert.Equal("a.b", script.Text.ToString(right.Span));
        Assert.Equal(new Text.LinePosition(2, 3), command.Position);
    }

    [Fact]
    public void An_empty_script_or_one_of_comments_has_no_command()
    {
        Assert.Empty(ParseClean(string.Empty).Commands);
        Assert.Empty(ParseClean("// nothing\n/* at all */\n").Commands);
    }
}
